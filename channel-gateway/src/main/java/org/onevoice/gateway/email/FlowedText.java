package org.onevoice.gateway.email;

/**
 * RFC 3676 format=flowed: clients wrap long paragraphs with a trailing space at each soft break.
 * Joining them back gives the customer's paragraphs, and lets quote and signature detection see
 * whole lines.
 */
final class FlowedText {
    private FlowedText() {
    }

    static String unflow(String text, boolean delSp) {
        String[] lines = text.replace("\r\n", "\n").split("\n", -1);
        StringBuilder out = new StringBuilder();
        int paragraphDepth = -1;
        for (String raw : lines) {
            int depth = quoteDepth(raw);
            String content = raw.substring(depth);
            if (content.startsWith(" ")) {
                content = content.substring(1);
            }
            if (paragraphDepth >= 0 && depth != paragraphDepth) {
                out.append('\n');
                paragraphDepth = -1;
            }
            if (paragraphDepth < 0) {
                out.append(">".repeat(depth)).append(depth > 0 ? " " : "");
            }
            boolean soft = content.endsWith(" ") && !content.equals("-- ");
            if (soft) {
                out.append(delSp ? content.substring(0, content.length() - 1) : content);
                paragraphDepth = depth;
            } else {
                out.append(content).append('\n');
                paragraphDepth = -1;
            }
        }
        return out.toString();
    }

    private static int quoteDepth(String line) {
        int depth = 0;
        while (depth < line.length() && line.charAt(depth) == '>') {
            depth++;
        }
        return depth;
    }
}

package org.onevoice.gateway.email;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** Plain text of HTML mail bodies, with line breaks where the reader sees them. */
final class HtmlText {
    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6",
            "blockquote", "pre", "table", "ul", "ol", "hr", "dd", "dt", "address", "section", "article", "header", "footer");
    private static final Set<String> INVISIBLE = Set.of("head", "script", "style", "title", "template");
    /** Where mail clients put the message being replied to. */
    private static final String QUOTE_CONTAINERS = "blockquote, .gmail_quote, .moz-cite-prefix, #divRplyFwdMsg, "
            + ".yahoo_quoted, #appendonsend, .OutlookMessageHeader, [type=cite], hr#stopSpelling";

    private HtmlText() {
    }

    static String toText(String html) {
        return render(Jsoup.parse(html));
    }

    /** The text without the quoted earlier message; the quote container and everything after it go. */
    static String toTextWithoutQuotes(String html) {
        Document doc = Jsoup.parse(html);
        Element quote = doc.selectFirst(QUOTE_CONTAINERS);
        if (quote != null) {
            removeFrom(quote);
        }
        return render(doc);
    }

    private static void removeFrom(Element start) {
        Element current = start;
        while (current != null && current.parent() != null && !current.tagName().equals("body")) {
            Node next = current.nextSibling();
            while (next != null) {
                Node following = next.nextSibling();
                next.remove();
                next = following;
            }
            Element parent = current.parent();
            current.remove();
            current = parent;
            if (current.hasText()) {
                break;
            }
        }
    }

    private static String render(Document doc) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text && !insideInvisible(text)) {
                    out.append(insidePre(text) ? text.getWholeText() : collapsed(text, out));
                } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    out.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName()) && !e.normalName().equals("br")) {
                    out.append('\n');
                }
            }
        }, doc);
        return PlainText.tidy(out.toString());
    }

    /** Browsers drop the white space a line starts with, and so does the text. */
    private static String collapsed(TextNode text, StringBuilder before) {
        boolean lineStart = before.length() == 0 || before.charAt(before.length() - 1) == '\n';
        return lineStart ? text.text().stripLeading() : text.text();
    }

    private static boolean insideInvisible(Node node) {
        for (Node n = node.parent(); n != null; n = n.parent()) {
            if (n instanceof Element e && INVISIBLE.contains(e.normalName())) {
                return true;
            }
        }
        return false;
    }

    private static boolean insidePre(Node node) {
        for (Node n = node.parent(); n != null; n = n.parent()) {
            if (n instanceof Element e && e.normalName().equals("pre")) {
                return true;
            }
        }
        return false;
    }
}

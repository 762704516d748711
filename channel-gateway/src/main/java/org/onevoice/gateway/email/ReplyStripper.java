package org.onevoice.gateway.email;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Removes what the customer quoted from earlier mails and their signature, so the body holds what
 * they wrote now. Clients mark quotes differently: an attribution line ("On ... wrote:", also
 * wrapped over several lines) before "&gt;" lines, an Outlook header block (From/Sent), an
 * "Original Message" separator. Text below "&gt;" quotes (bottom posting) is kept; below an
 * unmarked quote (Outlook style) everything is the earlier mail. A forwarded mail is kept: it is
 * what the customer asks about.
 */
final class ReplyStripper {
    private static final int ATTRIBUTION_MAX_LINES = 3;
    private static final int HEADER_BLOCK_LINES = 5;
    private static final String VERBS = "wrote|schreef|schrieb|a écrit|escribió|ha scritto|skrev|escreveu|написал|napisał";
    private static final Pattern ATTRIBUTION = Pattern.compile(
            "^[\\s*_-]*(on|op|am|le|el|il|den|em|at)\\s.{0,300}(" + VERBS + ")\\s*:\\s*$"
                    + "|^[\\s*_-]*(on|op|am|le|el)\\s.{0,100},\\s*(" + VERBS + ")\\s.{0,200}:\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern SEPARATOR = Pattern.compile(
            "^\\s*[-_]{2,}\\s*(original message|oorspronkelijk bericht|origineel bericht|ursprüngliche nachricht|message d'origine|mensaje original|reply message)\\s*[-_]{2,}\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern HEADER_FROM = Pattern.compile("^\\s*\\*?(from|van|von|de|od|от)\\s*:\\*?\\s*\\S.*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern HEADER_OTHER = Pattern.compile(
            "^\\s*\\*?(sent|date|to|cc|subject|verzonden|datum|aan|onderwerp|gesendet|an|betreff|envoyé|à|objet|enviado|para|asunto"
                    + "|отправлено|кому|тема|дата)\\s*:\\*?.*$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern DATE_OR_ADDRESS = Pattern.compile("\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}|@");
    /** What a customer forwards is part of their question, headers included. */
    private static final Pattern FORWARD_MARKER = Pattern.compile(
            "^[\\s>*_-]*(forwarded message|begin forwarded message|doorgestuurd bericht|weitergeleitete nachricht|message transféré)[\\s:*_-]*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern RULE = Pattern.compile("^\\s*_{10,}\\s*$");
    private static final Pattern SIGNATURE_DELIMITER = Pattern.compile("^-- ?$");
    private static final Pattern MOBILE_SIGNATURE = Pattern.compile(
            "^\\s*(sent from|sent with|get outlook for|verzonden (vanaf|met|from)|verstuurd (vanaf|met)|gesendet (von|mit)|envoyé de|enviado desde)\\b.{0,60}$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private ReplyStripper() {
    }

    /** The new text of a reply; empty when all of it is quote or signature. */
    static String strip(String text) {
        List<String> lines = List.of(text.replace("\r\n", "\n").split("\n", -1));
        List<String> fresh = new ArrayList<>();
        boolean forwarding = false;
        for (int i = 0; i < lines.size(); i++) {
            forwarding |= FORWARD_MARKER.matcher(lines.get(i)).matches();
            int afterAttribution = attributionEnd(lines, i);
            if (afterAttribution > i) {
                if (!quotedLineFollows(lines, afterAttribution)) {
                    break;
                }
                i = afterAttribution - 1;
            } else if (!forwarding && startsUnmarkedQuote(lines, i)) {
                break;
            } else {
                fresh.add(lines.get(i));
            }
        }
        return PlainText.tidy(String.join("\n", withoutSignature(withoutQuotedLines(fresh))));
    }

    /** Index after the attribution line(s) starting at {@code i}, or -1 when there is none. */
    private static int attributionEnd(List<String> lines, int i) {
        StringBuilder joined = new StringBuilder();
        for (int k = i; k < Math.min(lines.size(), i + ATTRIBUTION_MAX_LINES); k++) {
            if (k > i && lines.get(k).isBlank() || isQuoted(lines.get(k))) {
                break;
            }
            joined.append(k > i ? " " : "").append(lines.get(k).strip());
            if (ATTRIBUTION.matcher(joined).matches() || introducesQuote(joined, lines, i, k)) {
                return k + 1;
            }
        }
        return -1;
    }

    /**
     * Attributions in any language: a line ending in a colon right before "&gt;" lines; when wrapped,
     * its first line carries the date or address of the quoted mail.
     */
    private static boolean introducesQuote(CharSequence joined, List<String> lines, int first, int last) {
        if (!joined.toString().endsWith(":")) {
            return false;
        }
        boolean datedOrAddressed = DATE_OR_ADDRESS.matcher(lines.get(first)).find();
        boolean lastLine = nextNonBlank(lines, last + 1) < 0;
        return (last == first || datedOrAddressed) && quotedLineFollows(lines, last + 1) || datedOrAddressed && lastLine;
    }

    private static boolean startsUnmarkedQuote(List<String> lines, int i) {
        String line = lines.get(i);
        if (SEPARATOR.matcher(line).matches()) {
            return true;
        }
        if (RULE.matcher(line).matches()) {
            int next = nextNonBlank(lines, i + 1);
            return next >= 0 && HEADER_FROM.matcher(lines.get(next)).matches();
        }
        return startsHeaderBlock(lines, i);
    }

    /** A quoted mail's header block: a From line and another header line within its first lines. */
    private static boolean startsHeaderBlock(List<String> lines, int i) {
        boolean from = false;
        boolean other = false;
        for (int k = i; k < Math.min(lines.size(), i + HEADER_BLOCK_LINES); k++) {
            String line = lines.get(k);
            if (HEADER_FROM.matcher(line).matches()) {
                from = true;
            } else if (HEADER_OTHER.matcher(line).matches()) {
                other = true;
            } else if (k == i || !line.isBlank()) {
                break;
            }
        }
        return from && other;
    }

    private static boolean quotedLineFollows(List<String> lines, int from) {
        int next = nextNonBlank(lines, from);
        return next >= 0 && isQuoted(lines.get(next));
    }

    private static boolean isQuoted(String line) {
        return line.stripLeading().startsWith(">");
    }

    private static int nextNonBlank(List<String> lines, int from) {
        for (int k = from; k < lines.size(); k++) {
            if (!lines.get(k).isBlank()) {
                return k;
            }
        }
        return -1;
    }

    private static List<String> withoutQuotedLines(List<String> lines) {
        return lines.stream().filter(l -> !isQuoted(l)).toList();
    }

    private static List<String> withoutSignature(List<String> lines) {
        List<String> kept = new ArrayList<>();
        for (String line : lines) {
            if (SIGNATURE_DELIMITER.matcher(line).matches()) {
                break;
            }
            if (!MOBILE_SIGNATURE.matcher(line).matches()) {
                kept.add(line);
            }
        }
        return kept;
    }
}

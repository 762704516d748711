package org.onevoice.gateway.email;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimePart;
import jakarta.mail.internet.MimePartDataSource;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Walks a mail's MIME tree: the text the customer wrote (preferring text/plain over HTML within
 * multipart/alternative), the attachments as metadata, and the text of forwarded messages.
 */
final class MimeContent {
    private static final Pattern FLOWED = Pattern.compile("format\\s*=\\s*\"?flowed", Pattern.CASE_INSENSITIVE);
    private static final Pattern DELSP = Pattern.compile("delsp\\s*=\\s*\"?yes", Pattern.CASE_INSENSITIVE);
    private static final Pattern CHARSET = Pattern.compile("charset\\s*=\\s*[\"']?([^\"';\\s]+)", Pattern.CASE_INSENSITIVE);

    /** One piece of text of the mail; {@code html} is set when it came from an HTML part. */
    record TextPart(String text, String html) {
        String stripped() {
            return ReplyStripper.strip(html == null ? text : HtmlText.toTextWithoutQuotes(html));
        }
    }

    private final Session session;
    private final EmailRules rules;
    private final List<TextPart> texts = new ArrayList<>();
    private final List<TextPart> forwarded = new ArrayList<>();
    private final List<Attachment> attachments = new ArrayList<>();
    private int parts;
    private int unreadableParts;

    private MimeContent(Session session, EmailRules rules) {
        this.session = session;
        this.rules = rules;
    }

    /** @throws MimeLimitExceeded when the mail nests deeper or has more parts than {@code rules} allow */
    static MimeContent of(MimeMessage message, Session session, EmailRules rules) throws MessagingException, MimeLimitExceeded {
        MimeContent content = new MimeContent(session, rules);
        content.walk(message, 0, content.texts);
        return content;
    }

    List<TextPart> texts() {
        return texts;
    }

    List<TextPart> forwarded() {
        return forwarded;
    }

    List<Attachment> attachments() {
        return attachments;
    }

    int unreadableParts() {
        return unreadableParts;
    }

    private void walk(MimePart part, int depth, List<TextPart> into) throws MessagingException, MimeLimitExceeded {
        if (++parts > rules.maxMimeParts()) {
            throw new MimeLimitExceeded(RejectionReason.TOO_MANY_PARTS, "more than " + rules.maxMimeParts() + " (gateway.email.max-mime-parts)");
        }
        if (depth > rules.maxMimeDepth()) {
            throw new MimeLimitExceeded(RejectionReason.MIME_TOO_DEEP, "deeper than " + rules.maxMimeDepth() + " levels (gateway.email.max-mime-depth)");
        }
        String type = baseType(part);
        try {
            if (type.startsWith("multipart/")) {
                walkMultipart(part, type, depth, into);
            } else if (type.equals("message/rfc822") && !isAttachment(part)) {
                walkNestedMessage(part, depth);
            } else if ((type.equals("text/plain") || type.equals("text/html")) && !isAttachment(part)) {
                addText(part, type, into);
            } else if (!type.endsWith("-signature")) {
                attachments.add(new Attachment(fileName(part, type), type, decodedSize(part)));
            }
        } catch (IOException | MessagingException | RuntimeException e) {
            unreadableParts++;
        }
    }

    private void walkMultipart(MimePart part, String type, int depth, List<TextPart> into) throws MessagingException, MimeLimitExceeded {
        MimeMultipart multipart = new MimeMultipart(new MimePartDataSource(part));
        List<MimePart> children = new ArrayList<>();
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart child = multipart.getBodyPart(i);
            if (child instanceof MimePart mimeChild) {
                children.add(mimeChild);
            }
        }
        if (type.equals("multipart/alternative")) {
            MimePart best = preferred(children);
            if (best != null) {
                walk(best, depth + 1, into);
            }
            return;
        }
        for (MimePart child : children) {
            walk(child, depth + 1, into);
        }
    }

    /** text/plain, else HTML, else the richest nested alternative. */
    private static MimePart preferred(List<MimePart> alternatives) {
        MimePart html = null;
        MimePart nested = null;
        for (MimePart alternative : alternatives) {
            String type = baseType(alternative);
            if (type.equals("text/plain")) {
                return alternative;
            }
            if (type.equals("text/html")) {
                html = alternative;
            } else if (type.startsWith("multipart/")) {
                nested = alternative;
            }
        }
        return html != null ? html : nested;
    }

    private void walkNestedMessage(MimePart part, int depth) throws MessagingException, IOException, MimeLimitExceeded {
        MimeMessage nested;
        try (InputStream in = decodedStream(part)) {
            nested = new MimeMessage(session, in);
        }
        String subject = nested.getHeader("Subject", null);
        String name = subject == null ? "forwarded-message.eml" : HeaderText.decode(subject) + ".eml";
        attachments.add(new Attachment(name, "message/rfc822", nested.getSize() < 0 ? 0 : nested.getSize()));
        walk(nested, depth + 1, forwarded);
    }

    private void addText(MimePart part, String type, List<TextPart> into) throws MessagingException, IOException {
        String decoded;
        try (InputStream in = decodedStream(part)) {
            decoded = TextDecoding.decode(in.readAllBytes(), charsetOf(part));
        }
        if (type.equals("text/html")) {
            addUnlessRepeated(new TextPart(HtmlText.toText(decoded), decoded), into);
            return;
        }
        String contentType = part.getHeader("Content-Type", null);
        if (contentType != null && FLOWED.matcher(contentType).find()) {
            decoded = FlowedText.unflow(decoded, DELSP.matcher(contentType).find());
        }
        UuencodedBlocks.Split split = UuencodedBlocks.split(decoded);
        attachments.addAll(split.attachments());
        addUnlessRepeated(new TextPart(PlainText.tidy(split.text()), null), into);
    }

    /** Clients put the same text inline twice, as text/plain and text/html, outside multipart/alternative. */
    private static void addUnlessRepeated(TextPart part, List<TextPart> into) {
        String words = part.text().replaceAll("\\s+", " ");
        if (into.stream().noneMatch(earlier -> earlier.text().replaceAll("\\s+", " ").equals(words))) {
            into.add(part);
        }
    }

    /** The content with its transfer encoding undone; unknown encodings are read as they are. */
    private static InputStream decodedStream(MimePart part) throws MessagingException {
        String encoding = part.getEncoding();
        InputStream raw = rawStream(part);
        if (encoding == null) {
            return raw;
        }
        try {
            return MimeUtility.decode(raw, encoding.strip().toLowerCase(Locale.ROOT));
        } catch (MessagingException unknownEncoding) {
            return rawStream(part);
        }
    }

    private static InputStream rawStream(MimePart part) throws MessagingException {
        if (part instanceof MimeMessage message) {
            return message.getRawInputStream();
        }
        if (part instanceof MimeBodyPart bodyPart) {
            return bodyPart.getRawInputStream();
        }
        return new ByteArrayInputStream(new byte[0]);
    }

    private static long decodedSize(MimePart part) throws MessagingException, IOException {
        try (InputStream in = decodedStream(part)) {
            return in.transferTo(OutputStream.nullOutputStream());
        }
    }

    private static boolean isAttachment(MimePart part) throws MessagingException {
        String disposition = part.getHeader("Content-Disposition", null);
        return disposition != null && disposition.strip().toLowerCase(Locale.ROOT).startsWith("attachment");
    }

    private static String fileName(MimePart part, String type) {
        try {
            String name = part.getFileName();
            if (name != null && !name.isBlank()) {
                return HeaderText.decode(name);
            }
        } catch (MessagingException | RuntimeException e) {
            // a malformed Content-Disposition still leaves the part's type as a name
        }
        return "unnamed." + type.substring(type.indexOf('/') + 1);
    }

    static String baseType(Part part) {
        try {
            String header = part instanceof MimePart mp ? mp.getHeader("Content-Type", null) : null;
            if (header == null || header.isBlank()) {
                return "text/plain";
            }
            return new ContentType(header).getBaseType().toLowerCase(Locale.ROOT);
        } catch (MessagingException e) {
            return fallbackBaseType(part);
        }
    }

    private static String fallbackBaseType(Part part) {
        try {
            String header = ((MimePart) part).getHeader("Content-Type", null);
            String base = header.split(";")[0].strip().toLowerCase(Locale.ROOT);
            return base.matches("[a-z0-9.+-]+/[a-z0-9.+-]+") ? base : "application/octet-stream";
        } catch (MessagingException | RuntimeException e) {
            return "application/octet-stream";
        }
    }

    private static String charsetOf(MimePart part) throws MessagingException {
        String header = part.getHeader("Content-Type", null);
        Matcher charset = header == null ? null : CHARSET.matcher(header);
        return charset != null && charset.find() ? charset.group(1) : null;
    }
}

package org.onevoice.gateway.email;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MailDateFormat;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.text.ParsePosition;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.onevoice.events.v1.Channel;
import org.onevoice.events.v1.ContactReceived;
import org.onevoice.events.v1.CustomerIdentity;
import org.onevoice.events.v1.EventIds;
import org.onevoice.events.v1.IdentityKind;
import org.onevoice.events.v1.Threading;

/**
 * Turns one raw RFC 5322 mail into a {@link ContactReceived}, or says why it is not a customer
 * question. Pure: no I/O besides reading the given bytes, safe to call from any thread.
 */
public final class EmailParser {
    static {
        // Real clients put encoded words inside other words and send broken base64; read them anyway.
        System.setProperty("mail.mime.decodetext.strict", "false");
        System.setProperty("mail.mime.base64.ignoreerrors", "true");
    }

    private static final Pattern HEADER_LINE = Pattern.compile("^[\\x21-\\x39\\x3B-\\x7E]+[ \\t]*:.*");
    private static final Pattern MBOX_FROM_LINE = Pattern.compile("^From \\S+.*");
    private static final Pattern TICKET_TAG = Pattern.compile("\\[\\s*(OV-\\d+)\\s*]", Pattern.CASE_INSENSITIVE);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String UNDETERMINED = "und";

    private final EmailRules rules;
    private final Function<String, String> languageOf;
    private final Session session;

    /** @param languageOf ISO 639-1 code of a text's language, or {@code und} */
    public EmailParser(EmailRules rules, Function<String, String> languageOf) {
        this.rules = rules;
        this.languageOf = languageOf;
        Properties props = new Properties();
        props.setProperty("mail.mime.address.strict", "false");
        props.setProperty("mail.mime.parameters.strict", "false");
        props.setProperty("mail.mime.multipart.allowempty", "true");
        this.session = Session.getInstance(props);
    }

    public EmailVerdict parse(byte[] raw, Instant receivedAt) {
        byte[] message = withoutMboxFromLine(raw);
        if (!startsWithHeader(message)) {
            return EmailVerdict.rejected(RejectionReason.NOT_AN_EMAIL, null);
        }
        Optional<EmailVerdict.Rejected> headersOverLimit = HeaderSection.check(message, rules);
        if (headersOverLimit.isPresent()) {
            return headersOverLimit.get();
        }
        try {
            return parse(new MimeMessage(session, new ByteArrayInputStream(message)), message, receivedAt);
        } catch (MimeLimitExceeded e) {
            return e.verdict();
        } catch (MessagingException | RuntimeException e) {
            return EmailVerdict.rejected(RejectionReason.UNPARSEABLE, e.getClass().getSimpleName());
        }
    }

    private EmailVerdict parse(MimeMessage message, byte[] raw, Instant receivedAt) throws MessagingException, MimeLimitExceeded {
        String fromHeader = message.getHeader("From", ",");
        if (fromHeader == null || fromHeader.isBlank()) {
            return EmailVerdict.rejected(RejectionReason.NO_SENDER, null);
        }
        Optional<InternetAddress> sender = mailbox(fromHeader);
        if (sender.isEmpty()) {
            return EmailVerdict.rejected(RejectionReason.INVALID_SENDER, null);
        }
        String address = sender.get().getAddress().toLowerCase(Locale.ROOT);
        Optional<EmailVerdict.Rejected> automated = AutomatedMailDetector.check(message, address);
        if (automated.isPresent()) {
            return automated.get();
        }
        if (rules.isSupportAddress(address)) {
            return EmailVerdict.rejected(RejectionReason.MAIL_LOOP, null);
        }
        MimeContent content = MimeContent.of(message, session, rules);
        Optional<EmailVerdict.Rejected> overLimit = attachmentLimits(content.attachments());
        if (overLimit.isPresent()) {
            return overLimit.get();
        }
        List<MimeContent.TextPart> texts = hasText(content.texts()) ? content.texts() : content.forwarded();
        String fullText = joined(texts, MimeContent.TextPart::text);
        if (fullText.isEmpty()) {
            return EmailVerdict.rejected(RejectionReason.EMPTY_BODY,
                    content.unreadableParts() > 0 ? content.unreadableParts() + " unreadable MIME part(s)" : null);
        }
        return new EmailVerdict.Accepted(contact(message, raw, receivedAt, sender.get(), address, texts, fullText, content));
    }

    private ContactReceived contact(MimeMessage message, byte[] raw, Instant receivedAt, InternetAddress sender, String address,
                                    List<MimeContent.TextPart> texts, String fullText, MimeContent content) throws MessagingException {
        Map<String, String> facts = new LinkedHashMap<>();
        String messageId = MessageIds.first(message.getHeader("Message-ID", null));
        if (messageId == null) {
            messageId = MessageIds.derived(originHeaders(message), bodyOf(raw));
            facts.put(EmailFacts.DERIVED_MESSAGE_ID, "true");
        }
        String subject = HeaderText.decode(message.getHeader("Subject", null));
        String stripped = joined(texts, MimeContent.TextPart::stripped);
        String body = stripped.isEmpty() ? fullText : stripped;
        if (body.length() > rules.maxTextChars() || fullText.length() > rules.maxTextChars()) {
            facts.put(EmailFacts.TRUNCATED, "true");
        }
        body = PlainText.truncate(body, rules.maxTextChars());
        if (!fullText.equals(body)) {
            facts.put(EmailFacts.FULL_TEXT, PlainText.truncate(fullText, rules.maxTextChars()));
        }
        if (!content.attachments().isEmpty()) {
            facts.put(EmailFacts.ATTACHMENTS, json(content.attachments()));
        }
        String displayName = sender.getPersonal() == null || sender.getPersonal().isBlank() ? null : sender.getPersonal().strip();
        return new ContactReceived(
                EventIds.forChannelMessage(Channel.EMAIL, messageId, ContactReceived.TYPE),
                Channel.EMAIL,
                messageId,
                threading(message, subject),
                new CustomerIdentity(IdentityKind.EMAIL, address, null, displayName),
                sentAt(message).orElse(receivedAt),
                receivedAt,
                language(body, message.getHeader("Content-Language", null)),
                subject == null || subject.isBlank() ? null : subject,
                body,
                facts);
    }

    /** Detected from the text; the sender's Content-Language only when the text does not tell. */
    private String language(String body, String contentLanguage) {
        String detected = languageOf.apply(body);
        if (!UNDETERMINED.equals(detected) || contentLanguage == null) {
            return detected;
        }
        String primary = contentLanguage.strip().toLowerCase(Locale.ROOT).split("[-_,;\\s]")[0];
        return primary.matches("[a-z]{2}") ? primary : UNDETERMINED;
    }

    private static Threading threading(MimeMessage message, String subject) throws MessagingException {
        String inReplyTo = MessageIds.first(message.getHeader("In-Reply-To", " "));
        List<String> references = MessageIds.all(message.getHeader("References", " "));
        String ticketTag = null;
        if (subject != null) {
            Matcher tag = TICKET_TAG.matcher(subject);
            ticketTag = tag.find() ? tag.group(1).toUpperCase(Locale.ROOT) : null;
        }
        return new Threading(null, inReplyTo, references, ticketTag);
    }

    private Optional<EmailVerdict.Rejected> attachmentLimits(List<Attachment> attachments) {
        if (attachments.size() > rules.maxAttachments()) {
            return Optional.of(EmailVerdict.rejected(RejectionReason.TOO_MANY_ATTACHMENTS,
                    attachments.size() + " > " + rules.maxAttachments() + " (gateway.email.max-attachments)"));
        }
        return attachments.stream().filter(a -> a.sizeBytes() > rules.maxAttachmentBytes()).findFirst()
                .map(a -> EmailVerdict.rejected(RejectionReason.ATTACHMENT_TOO_LARGE,
                        a.sizeBytes() + " bytes > " + rules.maxAttachmentBytes() + " (gateway.email.max-attachment-size)"));
    }

    private static Optional<InternetAddress> mailbox(String fromHeader) {
        String repaired = TextDecoding.repairRawHeader(fromHeader);
        try {
            InternetAddress[] parsed = InternetAddress.parseHeader(repaired, false);
            for (InternetAddress candidate : parsed) {
                String address = candidate.getAddress();
                if (address != null && address.indexOf('@') > 0 && address.indexOf('@') < address.length() - 1
                        && !address.contains(" ")) {
                    return Optional.of(candidate);
                }
            }
        } catch (AddressException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static Optional<Instant> sentAt(MimeMessage message) throws MessagingException {
        String date = message.getHeader("Date", null);
        if (date == null) {
            return Optional.empty();
        }
        Date parsed = new MailDateFormat().parse(date.strip(), new ParsePosition(0));
        return Optional.ofNullable(parsed).map(Date::toInstant);
    }

    private static List<String> originHeaders(MimeMessage message) throws MessagingException {
        List<String> values = new ArrayList<>();
        for (String name : List.of("From", "To", "Cc", "Date", "Subject")) {
            values.add(message.getHeader(name, ","));
        }
        return values;
    }

    private static boolean hasText(List<MimeContent.TextPart> texts) {
        return texts.stream().anyMatch(t -> !t.text().isBlank());
    }

    private static String joined(List<MimeContent.TextPart> texts, Function<MimeContent.TextPart, String> view) {
        return PlainText.tidy(texts.stream().map(view).filter(t -> !t.isBlank()).collect(Collectors.joining("\n\n")));
    }

    private static String json(List<Attachment> attachments) {
        try {
            return JSON.writeValueAsString(attachments);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("attachment metadata is plain strings and numbers", e);
        }
    }

    private static boolean startsWithHeader(byte[] message) {
        int end = 0;
        while (end < message.length && end < 1000 && message[end] != '\n') {
            end++;
        }
        return HEADER_LINE.matcher(new String(message, 0, end, StandardCharsets.ISO_8859_1).stripTrailing()).matches();
    }

    /** mbox files start with a "From sender date" separator line that is not part of the mail. */
    private static byte[] withoutMboxFromLine(byte[] raw) {
        int end = 0;
        while (end < raw.length && raw[end] != '\n') {
            end++;
        }
        if (end < raw.length && MBOX_FROM_LINE.matcher(new String(raw, 0, end, StandardCharsets.ISO_8859_1).stripTrailing()).matches()) {
            return Arrays.copyOfRange(raw, end + 1, raw.length);
        }
        return raw;
    }

    private static byte[] bodyOf(byte[] raw) {
        for (int i = 0; i + 1 < raw.length; i++) {
            if (raw[i] == '\n' && (raw[i + 1] == '\n' || raw[i + 1] == '\r' && i + 2 < raw.length && raw[i + 2] == '\n')) {
                return Arrays.copyOfRange(raw, i + 1, raw.length);
            }
        }
        return new byte[0];
    }
}

package org.onevoice.gateway.email;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.net.NetSocket;
import io.vertx.core.parsetools.RecordParser;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;
import org.onevoice.events.v1.Channel;
import org.onevoice.gateway.admission.IntakeCapacity;
import org.onevoice.gateway.messaging.PublishFailedException;
import org.onevoice.support.db.DatabaseFailures;

/**
 * One SMTP conversation. Runs entirely on the connection's event-loop context; the mail is parsed
 * and published by {@link EmailIntake} elsewhere, and the final reply to DATA is only written
 * once that finished: 250 after Kafka's acknowledgement, 451 when Kafka did not take it or the
 * gateway is at capacity (the sending server retries), 5xx when the mail is not a customer question.
 */
final class SmtpSession {
    private static final Logger LOG = Logger.getLogger(SmtpSession.class);
    /** RFC 5321 4.5.3.1.4: command lines are at most 512 octets. */
    private static final int MAX_COMMAND_LINE = 512;
    /** RFC 5321 allows 1000 octets per text line; real senders exceed it, so be lenient up to this. */
    private static final int MAX_TEXT_LINE = 64 * 1024;
    private static final int MAX_BAD_COMMANDS = 10;
    private static final Pattern PATH_COMMAND = Pattern.compile("^(MAIL FROM|RCPT TO):\\s*<([^<>]*)>(.*)$", Pattern.CASE_INSENSITIVE);
    /** RFC 5321 4.2.2 / RFC 3463 X.3.2: a transient refusal the sending server retries later. */
    private static final String BUSY = "451 4.3.2 The gateway is at capacity, try again later";
    private static final String BUSY_GREETING = "421 4.3.2 The gateway is at capacity, try again later";
    private static final Pattern SIZE_PARAM = Pattern.compile("(?:^|\\s)SIZE=(\\d+)", Pattern.CASE_INSENSITIVE);

    private final NetSocket socket;
    private final SmtpListenerConfig config;
    private final EmailRules rules;
    private final long maxSize;
    private final EmailIntake intake;
    private final IntakeCapacity capacity;
    private final Context context;
    private final RecordParser lines;

    private String clientName;
    private String reversePath;
    private final List<String> recipients = new ArrayList<>();
    private boolean readingData;
    private Buffer data;
    private boolean dataTooBig;
    private int badCommands;

    SmtpSession(NetSocket socket, SmtpListenerConfig config, EmailRules rules, long maxSize, EmailIntake intake,
                IntakeCapacity capacity) {
        this.socket = socket;
        this.config = config;
        this.rules = rules;
        this.maxSize = maxSize;
        this.intake = intake;
        this.capacity = capacity;
        this.context = Vertx.currentContext();
        this.lines = RecordParser.newDelimited("\n", socket).maxRecordSize(MAX_TEXT_LINE);
    }

    void start() {
        if (!capacity.accepting(Channel.EMAIL)) {
            closeWith(BUSY_GREETING);
            return;
        }
        lines.handler(this::onLine);
        lines.exceptionHandler(e -> closeWith("500 5.5.2 Line too long"));
        reply("220 " + config.hostname() + " ESMTP OneVoice");
    }

    private void onLine(Buffer raw) {
        int length = raw.length() > 0 && raw.getByte(raw.length() - 1) == '\r' ? raw.length() - 1 : raw.length();
        Buffer line = raw.getBuffer(0, length);
        if (readingData) {
            onDataLine(line);
        } else if (line.length() > MAX_COMMAND_LINE) {
            badCommand("500 5.5.2 Line too long");
        } else {
            onCommand(line.toString(StandardCharsets.ISO_8859_1));
        }
    }

    private void onCommand(String line) {
        String verb = (line.length() >= 4 ? line.substring(0, 4) : line).toUpperCase(Locale.ROOT);
        String argument = line.length() > 4 ? line.substring(4).strip() : "";
        switch (verb) {
            case "EHLO" -> hello(argument, true);
            case "HELO" -> hello(argument, false);
            case "MAIL" -> mail(line);
            case "RCPT" -> recipient(line);
            case "DATA" -> data();
            case "RSET" -> {
                resetTransaction();
                reply("250 2.0.0 OK");
            }
            case "NOOP" -> reply("250 2.0.0 OK");
            case "QUIT" -> closeWith("221 2.0.0 " + config.hostname() + " closing connection");
            case "VRFY" -> reply("252 2.5.2 Cannot VRFY user, but will accept message for delivery");
            case "HELP" -> reply("214 2.0.0 Commands: EHLO HELO MAIL RCPT DATA RSET NOOP QUIT");
            case "STAR", "AUTH", "EXPN", "TURN", "BDAT" -> badCommand("502 5.5.1 Command not implemented");
            default -> badCommand("500 5.5.2 Command not recognized");
        }
    }

    private void hello(String domain, boolean extended) {
        if (domain.isBlank()) {
            badCommand("501 5.5.4 Syntax: " + (extended ? "EHLO" : "HELO") + " <domain>");
            return;
        }
        clientName = domain;
        resetTransaction();
        if (extended) {
            reply("250-" + config.hostname() + " greets " + printable(domain) + "\r\n250-SIZE " + maxSize
                    + "\r\n250-8BITMIME\r\n250 ENHANCEDSTATUSCODES");
        } else {
            reply("250 " + config.hostname());
        }
    }

    private void mail(String line) {
        Matcher path = PATH_COMMAND.matcher(line);
        if (clientName == null) {
            badCommand("503 5.5.1 Send EHLO or HELO first");
        } else if (reversePath != null) {
            badCommand("503 5.5.1 Nested MAIL command");
        } else if (!path.matches() || !path.group(1).equalsIgnoreCase("MAIL FROM")) {
            badCommand("501 5.5.4 Syntax: MAIL FROM:<address> [SIZE=n]");
        } else {
            Matcher size = SIZE_PARAM.matcher(path.group(3));
            if (size.find() && exceedsMaxSize(size.group(1))) {
                reply("552 5.3.4 Message size exceeds fixed maximum message size of " + maxSize + " bytes");
                return;
            }
            reversePath = path.group(2).strip();
            reply("250 2.1.0 OK");
        }
    }

    private boolean exceedsMaxSize(String declared) {
        return declared.length() > 18 || Long.parseLong(declared) > maxSize;
    }

    private void recipient(String line) {
        Matcher path = PATH_COMMAND.matcher(line);
        if (reversePath == null) {
            badCommand("503 5.5.1 Need MAIL before RCPT");
        } else if (!path.matches() || !path.group(1).equalsIgnoreCase("RCPT TO")) {
            badCommand("501 5.5.4 Syntax: RCPT TO:<address>");
        } else if (recipients.size() >= config.maxRecipients()) {
            reply("452 4.5.3 Too many recipients");
        } else if (!rules.isSupportAddress(path.group(2).strip())) {
            reply("550 5.1.1 <" + printable(path.group(2)) + ">: no such mailbox here; this server only receives mail for "
                    + String.join(", ", rules.supportAddresses()));
        } else {
            recipients.add(path.group(2).strip());
            reply("250 2.1.5 OK");
        }
    }

    private void data() {
        if (reversePath == null || recipients.isEmpty()) {
            badCommand("503 5.5.1 Need MAIL and a valid RCPT before DATA");
            return;
        }
        readingData = true;
        dataTooBig = false;
        data = Buffer.buffer().appendString("Return-Path: <" + reversePath + ">\r\n", "ISO-8859-1");
        reply("354 End data with <CR><LF>.<CR><LF>");
    }

    private void onDataLine(Buffer line) {
        if (line.length() == 1 && line.getByte(0) == '.') {
            readingData = false;
            endOfData();
            return;
        }
        Buffer unstuffed = line.length() > 0 && line.getByte(0) == '.' ? line.getBuffer(1, line.length()) : line;
        if (dataTooBig || data.length() + unstuffed.length() + 2 > maxSize) {
            dataTooBig = true;
            data = Buffer.buffer();
            return;
        }
        data.appendBuffer(unstuffed).appendString("\r\n");
    }

    private void endOfData() {
        if (dataTooBig) {
            resetTransaction();
            reply("552 5.3.4 Message size exceeds fixed maximum message size of " + maxSize + " bytes");
            return;
        }
        byte[] raw = data.getBytes();
        resetTransaction();
        Optional<IntakeCapacity.Permit> permit = capacity.tryAcquire(Channel.EMAIL, raw.length);
        if (permit.isEmpty()) {
            reply(BUSY);
            return;
        }
        lines.pause();
        intake.receive(raw).eventually(permit.get()::close).subscribe().with(
                verdict -> context.runOnContext(v -> replyAndResume(replyTo(verdict))),
                failure -> context.runOnContext(v -> replyAndResume(replyTo(failure))));
    }

    private static String replyTo(EmailVerdict verdict) {
        if (verdict instanceof EmailVerdict.Accepted accepted) {
            return "250 2.0.0 OK queued as " + accepted.contact().eventId();
        }
        EmailVerdict.Rejected rejected = (EmailVerdict.Rejected) verdict;
        String code = switch (rejected.reason()) {
            case DELIVERY_REPORT, AUTO_REPLY, BULK, MAIL_LOOP -> "554 5.7.1 ";
            default -> rejected.reason().limit() ? "552 5.3.4 " : "554 5.6.0 ";
        };
        return code + "Rejected " + rejected.reason() + ": " + printable(rejected.explanation());
    }

    private static String replyTo(Throwable failure) {
        if (failure instanceof PublishFailedException) {
            LOG.warnf("answering 451, Kafka did not acknowledge: %s", failure.getMessage());
        } else if (DatabaseFailures.unreachable(failure)) {
            // A database restart is an outage the sender rides out by retrying, not a bug to page anyone for.
            LOG.warnf("answering 451, the gateway database is unreachable: %s", failure.getMessage());
        } else {
            LOG.errorf(failure, "mail could not be handled");
        }
        return "451 4.3.0 The message could not be stored, try again later";
    }

    private void replyAndResume(String reply) {
        reply(reply);
        lines.resume();
    }

    private void resetTransaction() {
        reversePath = null;
        recipients.clear();
        data = null;
    }

    private void badCommand(String reply) {
        if (++badCommands > MAX_BAD_COMMANDS) {
            closeWith("421 4.7.0 Too many errors, closing connection");
        } else {
            reply(reply);
        }
    }

    private void closeWith(String reply) {
        socket.write(reply + "\r\n").onComplete(done -> socket.close());
    }

    private void reply(String reply) {
        socket.write(reply + "\r\n");
    }

    /** Replies are US-ASCII; what a client or mail sent is echoed only in that form. */
    private static String printable(String text) {
        return text == null ? "" : text.replaceAll("[^\\x20-\\x7E]", "?");
    }
}

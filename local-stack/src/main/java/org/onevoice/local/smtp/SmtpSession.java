package org.onevoice.local.smtp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A mail client's SMTP session (RFC 5321) over a plain socket: one connection, several mails in a
 * row, as a relay delivering to the gateway would do it.
 */
public final class SmtpSession implements AutoCloseable {
    /** The gateway's default support mailbox ({@code gateway.email.support-addresses}). */
    public static final String SUPPORT_ADDRESS = "support@onevoice.local";
    private static final int TIMEOUT_MILLIS = 30_000;

    private final Socket socket;
    private final BufferedReader in;
    private final OutputStream out;

    private SmtpSession(Socket socket) throws IOException {
        this.socket = socket;
        this.in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
        this.out = socket.getOutputStream();
    }

    public static SmtpSession open(String host, int port) throws IOException {
        Socket socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.connect(new InetSocketAddress(host, port), TIMEOUT_MILLIS);
        socket.setSoTimeout(TIMEOUT_MILLIS);
        SmtpSession session = new SmtpSession(socket);
        try {
            expect(session.reply(), 220, "greeting");
            session.command("EHLO bench.onevoice.invalid");
            expect(session.reply(), 250, "EHLO");
            return session;
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw e;
        }
    }

    /**
     * Delivers one mail and returns the server's reply code to the end of DATA (250 = accepted),
     * or the first code that refused it along the way.
     */
    public int send(String from, String mail) throws IOException {
        command("MAIL FROM:<" + from + ">");
        int code = reply();
        if (code != 250) {
            return resetAfter(code);
        }
        command("RCPT TO:<" + SUPPORT_ADDRESS + ">");
        code = reply();
        if (code != 250 && code != 251) {
            return resetAfter(code);
        }
        command("DATA");
        code = reply();
        if (code != 354) {
            return resetAfter(code);
        }
        out.write(dotStuffed(mail).getBytes(StandardCharsets.UTF_8));
        out.write(".\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return reply();
    }

    /** A line that starts with a dot gets a second one, so it cannot end the data early. */
    static String dotStuffed(String mail) {
        String stuffed = mail.replace("\r\n.", "\r\n..");
        stuffed = stuffed.startsWith(".") ? "." + stuffed : stuffed;
        return stuffed.endsWith("\r\n") ? stuffed : stuffed + "\r\n";
    }

    private int resetAfter(int refusal) throws IOException {
        command("RSET");
        reply();
        return refusal;
    }

    private void command(String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /** The code of the next reply, reading all lines of a multi-line one ({@code 250-...}). */
    private int reply() throws IOException {
        while (true) {
            String line = in.readLine();
            if (line == null || line.length() < 3) {
                throw new IOException("SMTP server closed the connection or sent '" + line + "'");
            }
            if (line.length() == 3 || line.charAt(3) != '-') {
                return Integer.parseInt(line.substring(0, 3));
            }
        }
    }

    private static void expect(int code, int wanted, String step) throws IOException {
        if (code != wanted) {
            throw new IOException("SMTP " + step + " answered " + code);
        }
    }

    @Override
    public void close() {
        try (socket) {
            command("QUIT");
        } catch (IOException alreadyGone) {
            // closing either way
        }
    }
}

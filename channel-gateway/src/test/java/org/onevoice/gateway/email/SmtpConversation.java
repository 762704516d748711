package org.onevoice.gateway.email;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** A plain-socket SMTP client, so tests speak the protocol exactly as a sending mail server does. */
public final class SmtpConversation implements AutoCloseable {
    private final Socket socket;
    private final BufferedReader in;
    private final OutputStream out;
    public final String greeting;

    public SmtpConversation(int port) throws IOException {
        socket = new Socket("localhost", port);
        socket.setSoTimeout(30_000);
        in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
        out = socket.getOutputStream();
        greeting = reply();
    }

    /** Sends one command line and returns the whole (possibly multi-line) reply. */
    public String send(String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
        return reply();
    }

    /** DATA, the dot-stuffed mail, the final dot; returns the reply to the final dot. */
    public String data(String mail) throws IOException {
        String go = send("DATA");
        if (!go.startsWith("354")) {
            return go;
        }
        StringBuilder stuffed = new StringBuilder();
        for (String line : mail.split("\r?\n", -1)) {
            stuffed.append(line.startsWith(".") ? "." : "").append(line).append("\r\n");
        }
        return send(stuffed + ".");
    }

    /** EHLO, MAIL FROM, RCPT TO and DATA; returns the final reply. */
    public String deliver(String from, String to, String mail) throws IOException {
        send("EHLO client.example.com");
        send("MAIL FROM:<" + from + ">");
        String rcpt = send("RCPT TO:<" + to + ">");
        return rcpt.startsWith("250") ? data(mail) : rcpt;
    }

    private String reply() throws IOException {
        StringBuilder reply = new StringBuilder();
        String line;
        do {
            line = in.readLine();
            if (line == null) {
                throw new IOException("connection closed after: " + reply);
            }
            reply.append(line).append('\n');
        } while (line.length() > 3 && line.charAt(3) == '-');
        return reply.toString().strip();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}

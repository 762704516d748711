package org.onevoice.local.smtp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A mail server for tests to send to: speaks real SMTP on a local port and keeps what it received.
 * Recipients whose local part starts with {@code refused} are answered 550, as a server does for
 * an unknown mailbox. Clients may keep a connection open for several mails, several clients at
 * once, as with a real relay.
 */
public final class SmtpSink implements AutoCloseable {
    /**
     * @param receivedNanos {@link System#nanoTime()} when the message was complete, to time deliveries in this JVM
     * @param connection    which connection it came over, numbered from 1 in the order they were accepted
     */
    public record Delivery(String from, List<String> to, String raw, long receivedNanos, int connection) {
        /** The Message-ID header's value, which names the message across retransmissions. */
        public String messageId() {
            for (String line : raw.split("\r\n")) {
                if (line.regionMatches(true, 0, "Message-ID:", 0, 11)) {
                    return line.substring(11).strip();
                }
                if (line.isEmpty()) {
                    break;
                }
            }
            return null;
        }
    }

    private final ServerSocket server;
    private final List<Delivery> deliveries = new CopyOnWriteArrayList<>();
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final AtomicInteger accepted = new AtomicInteger();

    public SmtpSink() {
        try {
            server = new ServerSocket(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread acceptor = new Thread(this::acceptLoop, "smtp-sink");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public int port() {
        return server.getLocalPort();
    }

    public List<Delivery> deliveries() {
        return List.copyOf(deliveries);
    }

    public List<Delivery> deliveriesTo(String recipient) {
        return deliveries.stream().filter(d -> d.to().contains(recipient)).toList();
    }

    /** Hangs up on every client connected now, as a relay does with connections idle too long. */
    public void dropConnections() {
        open.forEach(SmtpSink::closeQuietly);
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        dropConnections();
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                int connection = accepted.incrementAndGet();
                open.add(socket);
                Thread conversation = new Thread(() -> converse(socket, connection), "smtp-sink-" + connection);
                conversation.setDaemon(true);
                conversation.start();
            } catch (IOException e) {
                // closed: the loop ends
            }
        }
    }

    private void converse(Socket socket, int connection) {
        try (socket) {
            converse(socket.getInputStream(), socket.getOutputStream(), connection);
        } catch (IOException e) {
            // the client hung up, or was hung up on
        } finally {
            open.remove(socket);
        }
    }

    private void converse(InputStream input, OutputStream out, int connection) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8));
        say(out, "220 sink.test ESMTP");
        String from = null;
        List<String> to = new ArrayList<>();
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String upper = line.toUpperCase(Locale.ROOT);
            if (upper.startsWith("EHLO")) {
                say(out, "250-sink.test\r\n250 8BITMIME");
            } else if (upper.startsWith("MAIL FROM:")) {
                from = address(line);
                to.clear();
                say(out, "250 OK");
            } else if (upper.startsWith("RCPT TO:")) {
                String recipient = address(line);
                if (recipient.startsWith("refused")) {
                    say(out, "550 5.1.1 <" + recipient + ">: no such user");
                } else {
                    to.add(recipient);
                    say(out, "250 OK");
                }
            } else if (upper.equals("DATA")) {
                say(out, "354 go ahead");
                String raw = readData(in);
                deliveries.add(new Delivery(from, List.copyOf(to), raw, System.nanoTime(), connection));
                say(out, "250 OK stored");
            } else if (upper.equals("QUIT")) {
                say(out, "221 bye");
                return;
            } else {
                say(out, "250 OK");
            }
        }
    }

    private static String readData(BufferedReader in) throws IOException {
        StringBuilder raw = new StringBuilder();
        for (String line = in.readLine(); line != null && !line.equals("."); line = in.readLine()) {
            raw.append(line.startsWith(".") ? line.substring(1) : line).append("\r\n");
        }
        return raw.toString();
    }

    private static String address(String line) {
        return line.substring(line.indexOf('<') + 1, line.indexOf('>'));
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // already gone
        }
    }

    private static void say(OutputStream out, String reply) throws IOException {
        out.write((reply + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }
}

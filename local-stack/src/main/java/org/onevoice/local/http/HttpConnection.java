package org.onevoice.local.http;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * One kept-alive HTTP/1.1 connection over a plain socket (RFC 9112), for the load generator: a request is one
 * write and its answer is read with blocking calls, so a request costs a few system calls instead of the
 * {@code java.net.http} client's selector, futures and copies, which took more of this machine's CPU than the
 * Kafka broker did.
 */
final class HttpConnection implements AutoCloseable {
    private static final int TIMEOUT_MILLIS = 30_000;
    private static final int MAX_LINE = 8192;

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private final String host;
    private boolean reusable = true;

    private HttpConnection(Socket socket, String host) throws IOException {
        this.socket = socket;
        this.in = new BufferedInputStream(socket.getInputStream());
        this.out = socket.getOutputStream();
        this.host = host;
    }

    static HttpConnection open(String host, int port) throws IOException {
        Socket socket = new Socket();
        try {
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress(host, port), TIMEOUT_MILLIS);
            socket.setSoTimeout(TIMEOUT_MILLIS);
            return new HttpConnection(socket, host + ":" + port);
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }

    /** Sends the POST and reads the whole answer; returns its status code. */
    int post(String path, List<HttpHeader> headers, byte[] body) throws IOException {
        StringBuilder head = new StringBuilder(256).append("POST ").append(path).append(" HTTP/1.1\r\nHost: ").append(host)
                .append("\r\nContent-Length: ").append(body.length).append("\r\n");
        for (HttpHeader header : headers) {
            head.append(header.name()).append(": ").append(header.value()).append("\r\n");
        }
        byte[] headBytes = head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
        byte[] request = new byte[headBytes.length + body.length];
        System.arraycopy(headBytes, 0, request, 0, headBytes.length);
        System.arraycopy(body, 0, request, headBytes.length, body.length);
        out.write(request);
        out.flush();
        return readResponse();
    }

    /** False once the server said it closes the connection, or an answer could not be read to its end. */
    boolean reusable() {
        return reusable;
    }

    private int readResponse() throws IOException {
        reusable = false;
        while (true) {
            int status = statusOf(line());
            Framing framing = headers();
            // 1xx interim answers come before the real one and have no body
            if (status >= 200) {
                finish(status, framing);
                return status;
            }
        }
    }

    private void finish(int status, Framing framing) throws IOException {
        if (status == 204 || status == 304) {
            reusable = framing.keepAlive();
        } else if (framing.chunked()) {
            skipChunks();
            reusable = framing.keepAlive();
        } else if (framing.contentLength() >= 0) {
            skip(framing.contentLength());
            reusable = framing.keepAlive();
        } else {
            // Neither length nor chunks: the body ends where the server closes the connection.
            while (in.read() >= 0) {
                // discard
            }
        }
    }

    private record Framing(long contentLength, boolean chunked, boolean keepAlive) {
    }

    private Framing headers() throws IOException {
        long contentLength = -1;
        boolean chunked = false;
        boolean keepAlive = true;
        for (String line = line(); !line.isEmpty(); line = line()) {
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new IOException("malformed header line: " + line);
            }
            String name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).trim().toLowerCase(Locale.ROOT);
            switch (name) {
                case "content-length" -> contentLength = Long.parseLong(value);
                case "transfer-encoding" -> chunked = value.endsWith("chunked");
                case "connection" -> keepAlive = !value.contains("close");
                default -> {
                }
            }
        }
        return new Framing(contentLength, chunked, keepAlive);
    }

    private void skipChunks() throws IOException {
        while (true) {
            String sizeLine = line();
            int extension = sizeLine.indexOf(';');
            long size = Long.parseLong((extension < 0 ? sizeLine : sizeLine.substring(0, extension)).trim(), 16);
            if (size == 0) {
                // trailer fields up to an empty line
                for (String trailer = line(); !trailer.isEmpty(); trailer = line()) {
                    // discard
                }
                return;
            }
            skip(size);
            if (!line().isEmpty()) {
                throw new IOException("chunk not followed by CRLF");
            }
        }
    }

    private void skip(long bytes) throws IOException {
        long left = bytes;
        while (left > 0) {
            long skipped = in.skip(left);
            if (skipped <= 0) {
                if (in.read() < 0) {
                    throw new IOException("connection closed " + left + " bytes before the end of the body");
                }
                skipped = 1;
            }
            left -= skipped;
        }
    }

    private static int statusOf(String statusLine) throws IOException {
        if (!statusLine.startsWith("HTTP/1.") || statusLine.length() < 12 || statusLine.charAt(8) != ' ') {
            throw new IOException("not an HTTP/1.x status line: " + statusLine);
        }
        try {
            return Integer.parseInt(statusLine.substring(9, 12));
        } catch (NumberFormatException e) {
            throw new IOException("no status code in: " + statusLine, e);
        }
    }

    /** A line without its CRLF (a bare LF is accepted too, as RFC 9112 allows a recipient to). */
    private String line() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(64);
        while (true) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("connection closed by the server");
            }
            if (b == '\n') {
                byte[] bytes = line.toByteArray();
                int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
            }
            if (line.size() == MAX_LINE) {
                throw new IOException("line longer than " + MAX_LINE + " bytes");
            }
            line.write(b);
        }
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException alreadyGone) {
            // nothing to release
        }
    }
}

package dev.ordo.platform.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A minimal HTTP/1.1 client for the benchmarks: one kept-alive connection, each request written whole, each answer
 * read by its {@code Content-Length} or its chunks. Like load tools such as wrk, it adds next to nothing to a round
 * trip; the JDK's {@code HttpClient} adds about 0.13 ms per request of its own (it hands every exchange between
 * threads), more than a small read costs.
 */
final class KeepAliveClient implements Closeable {

    private final Socket socket;
    private final OutputStream out;
    private final InputStream in;

    KeepAliveClient(int port) throws IOException {
        socket = new Socket("127.0.0.1", port);
        socket.setTcpNoDelay(true);
        out = socket.getOutputStream();
        in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
    }

    /** GETs {@code path} with a bearer token; the answer's body, which must come with status 200. */
    String get(String path, String token) throws IOException {
        return send("GET", path, token, null);
    }

    /** POSTs a JSON body; the answer's body, which must come with status 200. */
    String post(String path, String token, String json) throws IOException {
        return send("POST", path, token, json);
    }

    private String send(String method, String path, String token, String json) throws IOException {
        byte[] body = json == null ? new byte[0] : json.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder(256).append(method).append(' ')
            .append(path.replace("[", "%5B").replace("]", "%5D")).append(" HTTP/1.1\r\nHost: 127.0.0.1\r\n")
            .append("Authorization: Bearer ").append(token).append("\r\n");
        if (json != null) {
            head.append("Content-Type: application/json\r\nContent-Length: ").append(body.length).append("\r\n");
        }
        out.write(head.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
        return read(method + " " + path);
    }

    private String read(String request) throws IOException {
        String status = line();
        int length = -1;
        boolean chunked = false;
        for (String header = line(); !header.isEmpty(); header = line()) {
            String lower = header.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                length = Integer.parseInt(lower.substring("content-length:".length()).trim());
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            }
        }
        String body;
        if (chunked) {
            body = chunks();
        } else if (length >= 0) {
            body = new String(in.readNBytes(length), StandardCharsets.UTF_8);
        } else {
            throw new IOException(request + " answered without a length: " + status);
        }
        if (!status.startsWith("HTTP/1.1 200")) {
            throw new IllegalStateException(request + " answered " + status + ": " + body);
        }
        return body;
    }

    private String chunks() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (int size = Integer.parseInt(line().trim(), 16); size > 0; size = Integer.parseInt(line().trim(), 16)) {
            body.write(in.readNBytes(size));
            line();
        }
        line();
        return body.toString(StandardCharsets.UTF_8);
    }

    private String line() throws IOException {
        StringBuilder line = new StringBuilder(64);
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new EOFException("the server closed the connection");
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}

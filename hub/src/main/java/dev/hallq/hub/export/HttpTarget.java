package dev.hallq.hub.export;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

/**
 * POSTs a batch of records as {@code {"records":[…]}} with a bearer token. Each record's {@code id} is its
 * idempotency key; the {@code Idempotency-Key} header names the batch (SHA-256 of its ids), the same on every resend.
 * 2xx: taken; 408, 429 and 5xx, a refused connection or a timeout: try again later; any other 4xx: refused.
 */
final class HttpTarget implements ExportTarget {
    private static final int KEEP_ANSWER = 2000;
    private final URI uri;
    private final ExportSettings settings;
    private final HttpClient http;

    HttpTarget(ExportSettings settings) {
        this.uri = URI.create(settings.target());
        this.settings = settings;
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public Result send(List<OutboxEntry> batch) {
        String body = batch.stream().map(e -> e.payload().strip()).collect(Collectors.joining(",", "{\"records\":[", "]}"));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(settings.timeout())
                .header("Content-Type", "application/json; charset=utf-8")
                .header("Idempotency-Key", batchKey(batch))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (settings.token() != null) {
            request.header("Authorization", "Bearer " + settings.token());
        }
        HttpResponse<String> answer;
        try {
            answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            return new Failed(uri + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Failed("interrupted while sending to " + uri);
        }
        int status = answer.statusCode();
        String text = shorten(answer.body());
        if (status >= 200 && status < 300) {
            return new Taken();
        }
        if (status >= 400 && status < 500 && status != 408 && status != 429) {
            return new Refused(status, text);
        }
        return new Failed("HTTP " + status + (text.isEmpty() ? "" : ": " + text));
    }

    static String batchKey(List<OutboxEntry> batch) {
        if (batch.size() == 1) {
            return batch.get(0).id();
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            batch.forEach(e -> sha.update((e.id() + "\n").getBytes(StandardCharsets.UTF_8)));
            return "batch:" + HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    private static String shorten(String s) {
        if (s == null) {
            return "";
        }
        return s.length() <= KEEP_ANSWER ? s : s.substring(0, KEEP_ANSWER) + "…";
    }
}

package dev.hallq.kiosk;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hallq.protocol.Json;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

/** What a browser hears on a page's {@code /events} stream: every update, kept in order. */
final class PageEvents implements AutoCloseable {
    private final List<JsonNode> heard = new CopyOnWriteArrayList<>();
    private final CompletableFuture<HttpResponse<Stream<String>>> stream;

    PageEvents(String pageUrl) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(pageUrl + "events")).header("Accept", "text/event-stream").build();
        stream = HttpClient.newHttpClient().sendAsync(request, HttpResponse.BodyHandlers.ofLines());
        stream.thenAccept(res -> res.body().forEach(line -> {
            if (line.startsWith("data:")) {
                try {
                    heard.add(Json.mapper().readTree(line.substring(5).strip()));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        }));
    }

    /** The data of the latest update of this type, or null. */
    JsonNode latest(String type) {
        JsonNode found = null;
        for (JsonNode e : heard) {
            if (type.equals(e.path("type").asText())) {
                found = e.path("data");
            }
        }
        return found;
    }

    @Override
    public void close() {
        stream.cancel(true);
    }
}

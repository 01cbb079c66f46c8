package dev.hallq.hub.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import dev.hallq.protocol.Json;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/** A provincial upload endpoint on a free port (JDK HttpServer): records what it got and answers as told. */
final class FakeProvince implements AutoCloseable {
    /** One request as received. */
    record Received(String idempotencyKey, String authorization, List<String> ids, List<JsonNode> records) {
    }

    /** The answer to a request: status and body. */
    record Answer(int status, String body) {
        static Answer ok() {
            return new Answer(200, "{\"ok\":true}");
        }
    }

    final List<Received> requests = new CopyOnWriteArrayList<>();
    private final List<String> taken = new CopyOnWriteArrayList<>();
    private final HttpServer server;
    private volatile Function<Received, Answer> answers;

    private FakeProvince(int port, Function<Received, Answer> answers) throws IOException {
        this.answers = answers;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/upload", exchange -> {
            JsonNode body = Json.mapper().readTree(exchange.getRequestBody().readAllBytes());
            List<String> ids = new ArrayList<>();
            List<JsonNode> records = new ArrayList<>();
            body.path("records").forEach(r -> {
                ids.add(r.path("id").asText());
                records.add(r);
            });
            Received got = new Received(exchange.getRequestHeaders().getFirst("Idempotency-Key"),
                    exchange.getRequestHeaders().getFirst("Authorization"), ids, records);
            requests.add(got);
            Answer a = this.answers.apply(got);
            if (a.status() / 100 == 2) {
                taken.addAll(ids);
            }
            byte[] bytes = a.body().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(a.status(), bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
    }

    static FakeProvince on(int port, Function<Received, Answer> answers) throws IOException {
        return new FakeProvince(port, answers);
    }

    static FakeProvince accepting() throws IOException {
        return on(0, r -> Answer.ok());
    }

    void answer(Function<Received, Answer> next) {
        answers = next;
    }

    int port() {
        return server.getAddress().getPort();
    }

    String url() {
        return "http://127.0.0.1:" + port() + "/upload";
    }

    /** Every record id of the requests the province took (2xx), in the order they came. */
    List<String> taken() {
        return List.copyOf(taken);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

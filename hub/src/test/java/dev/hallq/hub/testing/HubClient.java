package dev.hallq.hub.testing;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hallq.hub.Hub;
import dev.hallq.protocol.Json;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * A browser-like client of the hub's HTTP side for tests: keeps the session cookie and sends the CSRF token it
 * was given at log-in on every write, as the hub's pages do.
 */
public final class HubClient {
    public static final String ADMIN_PASSWORD = "correct horse battery";

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    private final String base;
    private String csrf;

    public HubClient(Hub hub) {
        this.base = "http://127.0.0.1:" + hub.httpPort();
    }

    /** Creates the first admin through the set-up token and logs in as it. */
    public static HubClient admin(Hub hub) {
        HubClient c = new HubClient(hub);
        String token = hub.setupToken().orElseThrow(() -> new IllegalStateException("the hub has an admin already"));
        HttpResponse<String> res = c.post("/api/setup", "{\"token\":\"" + token + "\",\"username\":\"admin\",\"password\":\""
                + ADMIN_PASSWORD + "\"}");
        if (res.statusCode() != 201) {
            throw new IllegalStateException("set-up failed: " + res.statusCode() + " " + res.body());
        }
        c.logIn("admin", ADMIN_PASSWORD);
        return c;
    }

    /** Logs in; returns the answer (200 with the CSRF token, or the refusal). */
    public HttpResponse<String> logIn(String username, String password) {
        HttpResponse<String> res = post("/api/login", "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
        if (res.statusCode() == 200) {
            csrf = json(res).path("csrfToken").asText();
        }
        return res;
    }

    /** A client of its own (own cookies) logged in as an account this admin creates. */
    public HubClient newAccount(Hub hub, String username, String role, String staffNo) {
        String body = "{\"username\":\"" + username + "\",\"role\":\"" + role + "\",\"password\":\"" + ADMIN_PASSWORD + "\""
                + (staffNo == null ? "" : ",\"staffNo\":\"" + staffNo + "\"") + "}";
        HttpResponse<String> res = post("/api/accounts", body);
        if (res.statusCode() != 201) {
            throw new IllegalStateException("account not created: " + res.statusCode() + " " + res.body());
        }
        HubClient c = new HubClient(hub);
        c.logIn(username, ADMIN_PASSWORD);
        return c;
    }

    public void forgetCsrf() {
        csrf = null;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** A GET whose answer is kept as bytes (a workbook, a PDF). */
    public HttpResponse<byte[]> getBytes(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An event stream ({@code /events}, {@code /office/events}) opened with this client's session, as a page does. */
    public HttpResponse<java.io.InputStream> stream(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/event-stream").GET()
                    .build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> post(String path, String json) {
        return send(write(path).POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public HttpResponse<String> put(String path, String json) {
        return send(write(path).PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public HttpResponse<String> delete(String path) {
        return send(write(path).DELETE());
    }

    private HttpRequest.Builder write(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json");
        if (csrf != null) {
            b.header("X-CSRF-Token", csrf);
        }
        return b;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static JsonNode json(HttpResponse<String> res) {
        try {
            return Json.mapper().readTree(res.body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

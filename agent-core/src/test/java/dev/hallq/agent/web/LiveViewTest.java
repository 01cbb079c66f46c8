package dev.hallq.agent.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class LiveViewTest {
    private static final Pattern COUNTER = Pattern.compile("\"n\":(\\d+)");
    private final LiveView live = new LiveView();
    private WebServer server;
    private Socket stuck;

    @AfterEach
    void stop() throws Exception {
        if (stuck != null) {
            stuck.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aBrowserThatStopsReadingHoldsUpNeitherThePublisherNorTheOtherBrowsers() throws Exception {
        server = WebServer.start("live-test", "/web-common", "127.0.0.1", 0, 16, routes -> routes.sse("/events", live::join));
        stuck = new Socket("127.0.0.1", server.port());
        stuck.setReceiveBufferSize(4096);
        OutputStream request = stuck.getOutputStream();
        request.write(("GET /events HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII)); // and never reads a byte of the answer
        request.flush();
        await().atMost(Duration.ofSeconds(10)).until(() -> live.browsers() == 1);

        AtomicInteger heard = new AtomicInteger();
        HttpClient http = HttpClient.newHttpClient();
        http.sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/events"))
                        .header("Accept", "text/event-stream").build(),
                HttpResponse.BodyHandlers.ofLines()).thenAccept(r -> r.body().forEach(line -> {
                    Matcher n = COUNTER.matcher(line);
                    if (n.find()) {
                        heard.set(Integer.parseInt(n.group(1)));
                    }
                }));
        await().atMost(Duration.ofSeconds(10)).until(() -> live.browsers() == 2);

        String filler = "x".repeat(8_000);
        int updates = LiveView.MAX_BEHIND * 3;
        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            for (int i = 1; i <= updates; i++) {
                live.publish("counter", "c" + (i % 10), Map.of("n", i, "filler", filler));
                if (i % 250 == 0) { // at the pace of the browser that reads, never of the one that does not
                    int sent = i;
                    await().atMost(Duration.ofSeconds(30)).until(() -> heard.get() == sent);
                }
            }
        }, "publishing waited on the browser that stopped reading");

        assertThat(heard.get()).isEqualTo(updates);
        assertThat(live.browsers()).as("the browser that stopped reading was let go").isEqualTo(1);
    }

    @Test
    void aBrowserThatJoinsLateGetsTheLatestOfEveryKeyInOrder() throws Exception {
        server = WebServer.start("live-test", "/web-common", "127.0.0.1", 0, 16, routes -> routes.sse("/events", live::join));
        live.publish("window", "3", Map.of("phase", "IDLE"));
        live.publish("window", "4", Map.of("phase", "CALLING"));
        live.publish("window", "3", Map.of("phase", "SERVING"));
        live.announce("call", Map.of("seq", 7)); // not kept for newcomers

        try (Socket browser = new Socket("127.0.0.1", server.port())) {
            browser.getOutputStream().write(("GET /events HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            browser.setSoTimeout(10_000);
            BufferedReader in = new BufferedReader(new InputStreamReader(browser.getInputStream(), StandardCharsets.UTF_8));
            List<String> data = Stream.generate(() -> readLine(in)).filter(l -> l.startsWith("data:")).limit(2).toList();
            assertThat(data.get(0)).contains("\"key\":\"3\"").contains("SERVING");
            assertThat(data.get(1)).contains("\"key\":\"4\"").contains("CALLING");
        }
    }

    @Test
    void aStatesLastWordReachesOpenPagesButIsNotReplayedToNewcomers() throws Exception {
        server = WebServer.start("live-test", "/web-common", "127.0.0.1", 0, 16, routes -> routes.sse("/events", live::join));
        try (Socket open = eventStream()) {
            BufferedReader early = reader(open);
            await().atMost(Duration.ofSeconds(10)).until(() -> live.browsers() == 1);
            live.publish("ticket", "t1", Map.of("state", "WAITING"));
            live.publish("ticket", "t2", Map.of("state", "WAITING"));
            live.publish("ticket", "t1", Map.of("state", "FINISHED"), true);
            List<String> heard = Stream.generate(() -> readLine(early)).filter(l -> l.startsWith("data:")).limit(3).toList();
            assertThat(heard.get(2)).contains("\"key\":\"t1\"").contains("FINISHED");
        }
        assertThat(live.kept()).isEqualTo(1);

        live.publish("marker", "m", Map.of("end", true));
        try (Socket late = eventStream()) {
            BufferedReader in = reader(late);
            List<String> replayed = Stream.generate(() -> readLine(in)).filter(l -> l.startsWith("data:"))
                    .takeWhile(l -> !l.contains("\"marker\"")).toList();
            assertThat(replayed).hasSize(1).allMatch(l -> l.contains("\"key\":\"t2\""));
        }
    }

    private Socket eventStream() throws java.io.IOException {
        Socket browser = new Socket("127.0.0.1", server.port());
        browser.getOutputStream().write(("GET /events HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        browser.setSoTimeout(10_000);
        return browser;
    }

    private static BufferedReader reader(Socket browser) {
        try {
            return new BufferedReader(new InputStreamReader(browser.getInputStream(), StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String readLine(BufferedReader in) {
        try {
            String line = in.readLine();
            if (line == null) {
                throw new IllegalStateException("the event stream ended");
            }
            return line;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

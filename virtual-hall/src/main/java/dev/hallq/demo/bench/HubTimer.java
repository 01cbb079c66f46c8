package dev.hallq.demo.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One of the hub's own timers on {@code /metrics}: {@value #CALLS} (from the staff key reaching the hub to the first
 * screen's SHOWN ack reaching it) or {@value #STORING} (the desk storing a batch: commit and fsync). Micrometer keeps
 * its percentiles over a decaying window of about two minutes at 1 significant digit of precision, its max over the
 * last minute or two, and its count over the hub's whole life.
 */
record HubTimer(long count, double p50, double p90, double p99, double max) {
    static final String CALLS = "hall_call_latency_seconds";
    static final String STORING = "hall_store_commit_seconds";

    static final HubTimer UNREAD = new HubTimer(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);

    /** Reads the hub's page; milliseconds. */
    static HubTimer scrape(String hubUrl, String timer) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(hubUrl).resolve("/metrics"))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        if (page.statusCode() != 200) {
            throw new IOException("GET /metrics answered " + page.statusCode());
        }
        return parse(page.body(), timer);
    }

    static HubTimer parse(String prometheusText) {
        return parse(prometheusText, CALLS);
    }

    static HubTimer parse(String prometheusText, String timer) {
        Pattern lines = Pattern.compile("^" + Pattern.quote(timer)
                + "(_count|_max|_sum)?(?:\\{quantile=\"([0-9.]+)\",?})? ([0-9.eE+-]+|NaN)$");
        Map<String, Double> values = new HashMap<>();
        for (String line : prometheusText.split("\n")) {
            Matcher m = lines.matcher(line.strip());
            if (m.matches()) {
                String key = m.group(2) != null ? m.group(2) : m.group(1) == null ? "" : m.group(1);
                values.put(key, Double.parseDouble(m.group(3)));
            }
        }
        if (!values.containsKey("_count")) {
            return UNREAD;
        }
        return new HubTimer(values.get("_count").longValue(), ms(values.get("0.5")), ms(values.get("0.9")),
                ms(values.get("0.99")), ms(values.get("_max")));
    }

    private static double ms(Double seconds) {
        return seconds == null ? Double.NaN : seconds * 1000;
    }
}

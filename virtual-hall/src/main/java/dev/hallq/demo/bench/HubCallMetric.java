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
 * The hub's own call-latency timer, {@code hall_call_latency_seconds} on {@code /metrics}: from the staff key
 * reaching the hub to the first screen's SHOWN ack reaching it. Micrometer keeps its percentiles over a decaying
 * window of about two minutes at 1 significant digit of precision, and its count over the hub's whole life.
 */
record HubCallMetric(long count, double p50, double p90, double p99, double max) {
    private static final Pattern LINE = Pattern.compile(
            "^hall_call_latency_seconds(_count|_max|_sum)?(?:\\{quantile=\"([0-9.]+)\",?})? ([0-9.eE+-]+|NaN)$");

    static final HubCallMetric UNREAD = new HubCallMetric(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);

    /** Reads the hub's page; milliseconds. */
    static HubCallMetric scrape(String hubUrl) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(hubUrl).resolve("/metrics"))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        if (page.statusCode() != 200) {
            throw new IOException("GET /metrics answered " + page.statusCode());
        }
        return parse(page.body());
    }

    static HubCallMetric parse(String prometheusText) {
        Map<String, Double> values = new HashMap<>();
        for (String line : prometheusText.split("\n")) {
            Matcher m = LINE.matcher(line.strip());
            if (m.matches()) {
                String key = m.group(2) != null ? m.group(2) : m.group(1) == null ? "" : m.group(1);
                values.put(key, Double.parseDouble(m.group(3)));
            }
        }
        if (!values.containsKey("_count")) {
            return UNREAD;
        }
        return new HubCallMetric(values.get("_count").longValue(), ms(values.get("0.5")), ms(values.get("0.9")),
                ms(values.get("0.99")), ms(values.get("_max")));
    }

    private static double ms(Double seconds) {
        return seconds == null ? Double.NaN : seconds * 1000;
    }
}

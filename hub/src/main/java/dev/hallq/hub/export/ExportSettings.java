package dev.hallq.hub.export;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Where and how the hub exports its ratings (好差评) to the provincial platform.
 *
 * @param target      {@code file:/var/lib/hall/export/} (one JSON Lines file per day) or {@code https://…} (POSTed batches)
 * @param token       bearer token sent with each HTTP batch, or null
 * @param areaCode    行政区划: the hall's 6-digit administrative area code (GB/T 2260)
 * @param channelCode 评价渠道 ({@code pf}): 4 政务大厅平板电脑 for the windows' pads, 5 another hall terminal
 * @param batchSize   how many records one HTTP request carries at most
 * @param firstRetry  the wait after the first failure; each further failure doubles it
 * @param longestWait the cap of the back-off
 * @param timeout     how long one HTTP request may take before it counts as failed
 */
public record ExportSettings(String target, String token, String areaCode, int channelCode, int batchSize,
                             Duration firstRetry, Duration longestWait, Duration timeout) {

    public ExportSettings {
        if (target == null || !(target.startsWith("file:") || target.startsWith("http://") || target.startsWith("https://"))) {
            throw new IllegalArgumentException("--rating-export must be file:DIR/ or http(s)://URL, was '" + target + "'");
        }
        if (token != null && (token.isBlank() || token.chars().anyMatch(c -> c < 0x21 || c > 0x7e))) {
            throw new IllegalArgumentException("the rating export token must be printable ASCII without spaces");
        }
        if (areaCode == null || !areaCode.matches("\\d{6}")) {
            throw new IllegalArgumentException("--rating-area must be a 6-digit area code (行政区划), was '" + areaCode + "'");
        }
        if (channelCode < 1 || channelCode > 9) {
            throw new IllegalArgumentException("--rating-channel must be a channel code 1-9 (4 = hall tablet), was "
                    + channelCode);
        }
        if (batchSize < 1 || batchSize > 500) {
            throw new IllegalArgumentException("rating export batch size must be 1-500, was " + batchSize);
        }
        if (firstRetry == null || firstRetry.isNegative() || firstRetry.isZero() || longestWait == null
                || longestWait.compareTo(firstRetry) < 0 || timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("rating export: first retry > 0, longest wait >= first retry, timeout > 0");
        }
        try {
            URI uri = URI.create(target);
            if (target.startsWith("file:") && (uri.isOpaque() || uri.getPath() == null || !uri.getPath().startsWith("/"))) {
                throw new IllegalArgumentException("a folder needs an absolute path, e.g. file:/var/lib/hall/export/");
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--rating-export '" + target + "': " + e.getMessage());
        }
    }

    /** A target with the defaults: pads (channel 4), batches of 20, retries from 5 s doubling up to 10 min, 30 s timeout. */
    public static ExportSettings of(String target, String token, String areaCode) {
        return new ExportSettings(target, token == null || token.isBlank() ? null : token.strip(), areaCode, 4, 20, Duration.ofSeconds(5), Duration.ofMinutes(10),
                Duration.ofSeconds(30));
    }

    public ExportSettings withChannel(int code) {
        return new ExportSettings(target, token, areaCode, code, batchSize, firstRetry, longestWait, timeout);
    }

    public ExportSettings withBackOff(Duration first, Duration longest) {
        return new ExportSettings(target, token, areaCode, channelCode, batchSize, first, longest, timeout);
    }

    public ExportSettings withBatchSize(int size) {
        return new ExportSettings(target, token, areaCode, channelCode, size, firstRetry, longestWait, timeout);
    }

    public boolean toFiles() {
        return target.startsWith("file:");
    }

    /** The folder of a {@code file:} target. */
    public Path folder() {
        return Path.of(URI.create(target.endsWith("/") ? target : target + "/"));
    }

    @Override
    public String toString() {
        return "ExportSettings[" + target + ", area " + areaCode + ", channel " + channelCode
                + (token == null ? "" : ", token ***") + "]";
    }
}

package dev.hallq.hub.export;

import java.util.List;

/** Where export records go: a folder of JSON Lines files or an HTTP endpoint. Expected failures are results, not exceptions. */
public interface ExportTarget {

    /** Delivers the records, in order, all or none. */
    Result send(List<OutboxEntry> batch);

    /** What became of an attempt. */
    sealed interface Result permits Taken, Failed, Refused {
    }

    /** The target has the records. */
    record Taken() implements Result {
    }

    /** The attempt failed in a way that may pass (connection refused, timeout, 5xx): try again later. */
    record Failed(String why) implements Result {
    }

    /** The target refused the records (4xx): sending them again as they are will not help. */
    record Refused(int status, String answer) implements Result {
    }

    /** The target for the settings: {@code file:} or {@code http(s):}. */
    static ExportTarget of(ExportSettings settings) {
        return settings.toFiles() ? new FileTarget(settings.folder()) : new HttpTarget(settings);
    }
}

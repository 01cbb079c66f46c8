package dev.hallq.protocol;

import java.util.List;

/** Retained list of the latest calls, newest first, so a hall screen that (re)connects resyncs at once. */
public record RecentCalls(int schema, List<CallAnnouncement> calls) {
    public RecentCalls {
        Schema.check(schema);
        calls = calls == null ? List.of() : List.copyOf(calls);
    }

    public RecentCalls(List<CallAnnouncement> calls) {
        this(Schema.VERSION, calls);
    }
}

package dev.hallq.display;

import java.util.LinkedHashMap;
import java.util.Map;

/** Sequence numbers of live calls already handled, so a QoS 1 duplicate is neither shown nor spoken twice. */
final class SeenCalls {
    private final Map<Long, Boolean> seen;

    SeenCalls(int remember) {
        this.seen = new LinkedHashMap<>(remember * 2, 0.75f) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, Boolean> eldest) {
                return size() > remember;
            }
        };
    }

    /** True when {@code seq} is new (and remembers it from now on). */
    synchronized boolean firstTime(long seq) {
        return seen.putIfAbsent(seq, Boolean.TRUE) == null;
    }

    synchronized boolean contains(long seq) {
        return seen.containsKey(seq);
    }
}

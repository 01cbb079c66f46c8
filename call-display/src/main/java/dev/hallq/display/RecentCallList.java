package dev.hallq.display;

import dev.hallq.protocol.CallAnnouncement;

import java.util.ArrayList;
import java.util.List;

/** The hall screen's latest calls, newest first, at most {@code size}. Not thread-safe: its owner locks. */
final class RecentCallList {
    private final int size;
    private final List<CallAnnouncement> calls = new ArrayList<>();

    RecentCallList(int size) {
        this.size = size;
    }

    /** A live call goes to the top; an older entry with the same sequence number is replaced. */
    void add(CallAnnouncement call) {
        calls.removeIf(c -> c.seq() == call.seq());
        calls.add(0, call);
        trim();
    }

    /**
     * The hub's retained list after a (re)connect. It is the truth, except for live calls heard here that
     * are newer than anything in it (the two topics may cross). An empty list clears the screen (new day).
     */
    void resync(List<CallAnnouncement> fromHub) {
        if (fromHub.isEmpty()) {
            calls.clear();
            return;
        }
        long newestInHub = fromHub.stream().mapToLong(CallAnnouncement::seq).max().orElse(0);
        List<CallAnnouncement> merged = new ArrayList<>();
        calls.stream().filter(c -> c.seq() > newestInHub).forEach(merged::add);
        for (CallAnnouncement c : fromHub) {
            if (merged.stream().noneMatch(m -> m.seq() == c.seq())) {
                merged.add(c);
            }
        }
        calls.clear();
        calls.addAll(merged);
        trim();
    }

    List<CallAnnouncement> calls() {
        return List.copyOf(calls);
    }

    private void trim() {
        while (calls.size() > size) {
            calls.remove(calls.size() - 1);
        }
    }
}

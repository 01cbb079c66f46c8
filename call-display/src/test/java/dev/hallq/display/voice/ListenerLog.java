package dev.hallq.display.voice;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Test listener that remembers every outcome, as "A012" / "A012 DUPLICATE" strings. */
final class ListenerLog implements AnnouncementListener {

    final List<String> spoken = new CopyOnWriteArrayList<>();
    final List<String> dropped = new CopyOnWriteArrayList<>();
    final List<String> failed = new CopyOnWriteArrayList<>();
    final List<String> merged = new CopyOnWriteArrayList<>();

    @Override
    public void onMerged(Announcement duplicate, Announcement waiting) {
        merged.add(label(duplicate) + " into " + label(waiting));
    }

    @Override
    public void onSpoken(Announcement a) {
        spoken.add(label(a));
    }

    @Override
    public void onDropped(Announcement a, DropReason reason) {
        dropped.add(label(a) + " " + reason);
    }

    @Override
    public void onFailed(Announcement a, SpeechFault fault) {
        failed.add(label(a) + ": " + fault.getMessage());
    }

    static String label(Announcement a) {
        return a.ticketNumber() + "@" + a.window() + (a.recall() ? "R" : "");
    }
}

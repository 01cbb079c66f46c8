package dev.hallq.display.voice;

/**
 * What happened to each offered announcement. Every offered announcement ends in exactly one of
 * these calls. {@code onSpoken}/{@code onFailed} come from the announcer thread, {@code onDropped}
 * from the announcer thread or from the thread that offered or closed. Keep them short.
 */
public interface AnnouncementListener {

    default void onSpoken(Announcement announcement) {
    }

    default void onDropped(Announcement announcement, DropReason reason) {
    }

    /**
     * A {@link DropReason#DUPLICATE}: {@code duplicate} was not queued because {@code waiting}, the same ticket to the
     * same window, is already waiting; whoever hears {@code waiting} hears it. Called just before the drop.
     */
    default void onMerged(Announcement duplicate, Announcement waiting) {
    }

    default void onFailed(Announcement announcement, SpeechFault fault) {
    }
}

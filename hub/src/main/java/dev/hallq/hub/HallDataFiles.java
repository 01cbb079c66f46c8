package dev.hallq.hub;

import dev.hallq.hub.config.HallConfig;
import dev.hallq.hub.queue.IdHasher;

/** Where a hub keeps the files beside its database: the keys of the ID-number hashes and of the names, the staff photos. */
final class HallDataFiles {
    private HallDataFiles() {
    }

    /**
     * The key of the ID-number hashes lives beside the database ({@code hall.db.idkey}), or where
     * {@code HALLQ_ID_KEY_FILE} says; a hub that keeps nothing uses a key of its own run.
     */
    static IdHasher idHasher(HubSettings settings, HallConfig hall) {
        String given = System.getenv("HALLQ_ID_KEY_FILE");
        if (given != null && !given.isBlank()) {
            return IdHasher.keyIn(java.nio.file.Path.of(given));
        }
        if (settings.database() == null) {
            return IdHasher.ephemeral();
        }
        if (settings.database().startsWith("jdbc:")) {
            return IdHasher.keyIn(java.nio.file.Path.of("hall-data", hall.id() + ".idkey"));
        }
        return IdHasher.keyIn(java.nio.file.Path.of(settings.database() + ".idkey"));
    }

    /**
     * The key that seals citizens' names lives beside the database ({@code hall.db.namekey}), or where
     * {@code HALLQ_NAME_KEY_FILE} says; a hub that keeps nothing uses a key of its own run.
     */
    static dev.hallq.hub.privacy.NameSeal nameSeal(HubSettings settings, HallConfig hall) {
        String given = System.getenv("HALLQ_NAME_KEY_FILE");
        if (given != null && !given.isBlank()) {
            return dev.hallq.hub.privacy.NameSeal.keyIn(java.nio.file.Path.of(given));
        }
        if (settings.database() == null) {
            return dev.hallq.hub.privacy.NameSeal.ephemeral();
        }
        if (settings.database().startsWith("jdbc:")) {
            return dev.hallq.hub.privacy.NameSeal.keyIn(java.nio.file.Path.of("hall-data", hall.id() + ".namekey"));
        }
        return dev.hallq.hub.privacy.NameSeal.keyIn(java.nio.file.Path.of(settings.database() + ".namekey"));
    }

    /**
     * Staff photos ({@code staff[].photo: /photos/0101.jpg}) are served from {@code HALLQ_PHOTOS}, or the
     * {@code photos} folder beside the SQLite file, or {@code hall-data/photos}.
     */
    static java.nio.file.Path photos(HubSettings settings) {
        String given = System.getenv("HALLQ_PHOTOS");
        if (given != null && !given.isBlank()) {
            return java.nio.file.Path.of(given);
        }
        if (settings.database() != null && !settings.database().startsWith("jdbc:")) {
            java.nio.file.Path dir = java.nio.file.Path.of(settings.database()).toAbsolutePath().getParent();
            return dir == null ? null : dir.resolve("photos");
        }
        return java.nio.file.Path.of("hall-data", "photos");
    }
}

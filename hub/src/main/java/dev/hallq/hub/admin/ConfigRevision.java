package dev.hallq.hub.admin;

import java.time.Instant;

/**
 * One stored version of the hall's configuration (services, windows, staff, bundles, calendar, policy) as the
 * JSON document the API serves.
 *
 * @param source   {@code file} (imported from the hall file at start-up) or {@code api} (edited over HTTP)
 * @param fileHash SHA-256 of the hall file it came from or was last checked against, so a restart with an
 *                 unchanged file keeps the edits made over HTTP
 */
public record ConfigRevision(long revision, String document, String source, String fileHash, Instant savedAt,
                             String savedBy) implements AdminRecord {
    public ConfigRevision {
        if (revision < 1) {
            throw new IllegalArgumentException("revision must be at least 1");
        }
        if (document == null || document.isBlank()) {
            throw new IllegalArgumentException("a configuration revision needs its document");
        }
        if (!"file".equals(source) && !"api".equals(source)) {
            throw new IllegalArgumentException("source must be file or api, was " + source);
        }
        if (savedAt == null || savedBy == null || savedBy.isBlank()) {
            throw new IllegalArgumentException("a configuration revision says when and by whom");
        }
    }
}

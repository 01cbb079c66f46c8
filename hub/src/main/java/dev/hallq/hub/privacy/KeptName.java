package dev.hallq.hub.privacy;

import java.time.Instant;

/**
 * A real-name ticket's citizen name as kept: sealed, or gone once purged (the row stays without the name, so the hub
 * can say "purged" rather than "never known").
 *
 * @param sealed   the sealed name ({@link NameSeal}), or null once purged
 * @param purgedAt when the name was purged, or null
 */
public record KeptName(String ticketId, String sealed, Instant keptAt, Instant purgedAt) {
    public boolean purged() {
        return sealed == null;
    }
}

package dev.hallq.hub.access;

import dev.hallq.hub.admin.Role;

import java.time.Instant;

/**
 * A logged-in browser or API client. The {@code csrfToken} must come back in the {@code X-CSRF-Token} header of
 * every write: a page of another site can send the cookie but cannot read the token.
 */
public record Session(String id, String username, Role role, String staffNo, String csrfToken, Instant startedAt,
                      Instant lastSeen) {

    Session seenAt(Instant at) {
        return new Session(id, username, role, staffNo, csrfToken, startedAt, at);
    }
}

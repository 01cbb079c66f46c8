package dev.hallq.hub.access;

import dev.hallq.hub.admin.Account;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The hub's sessions, in memory: a restart logs everyone out. A session ends after {@code idle} without a
 * request or {@code longest} after log-in, whichever comes first; ending an account's sessions is immediate.
 */
public final class Sessions {
    private final Map<String, Session> byId = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;
    private final Duration idle;
    private final Duration longest;

    public Sessions(Clock clock, Duration idle, Duration longest) {
        this.clock = clock;
        this.idle = idle;
        this.longest = longest;
    }

    public Session start(Account account) {
        Instant now = clock.instant();
        Session s = new Session(token(), account.username(), account.role(), account.staffNo(), token(), now, now);
        byId.put(s.id(), s);
        return s;
    }

    /** The live session with this id, touched; an expired one is forgotten. */
    public Optional<Session> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        Session s = byId.get(id);
        if (s == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (now.isAfter(s.lastSeen().plus(idle)) || now.isAfter(s.startedAt().plus(longest))) {
            byId.remove(id);
            return Optional.empty();
        }
        Session touched = s.seenAt(now);
        byId.put(id, touched);
        return Optional.of(touched);
    }

    public void end(String id) {
        if (id != null) {
            byId.remove(id);
        }
    }

    /** Ends every session of an account (disabled, password changed, role changed). */
    public void endAllOf(String username) {
        byId.values().removeIf(s -> s.username().equals(username));
    }

    /** Seconds a session lives at most: the cookie's max-age. */
    public int maxAgeSeconds() {
        return (int) longest.toSeconds();
    }

    private String token() {
        byte[] b = new byte[32];
        random.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}

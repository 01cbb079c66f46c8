package dev.hallq.hub.access;

import dev.hallq.hub.admin.Account;
import dev.hallq.hub.admin.AdminRecord;
import dev.hallq.hub.admin.AuditEntry;
import dev.hallq.hub.admin.HallOffice;
import dev.hallq.hub.admin.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The hub's log-in accounts: checked against bcrypt hashes, stored (with an audit line) before a change counts.
 * There is no default password: while no active admin exists, a one-time set-up token (printed by the hub at
 * start-up as a link) lets the first admin be created. Five failed log-ins lock a user name for five minutes.
 */
public final class Accounts {
    private static final Logger LOG = LoggerFactory.getLogger(Accounts.class);
    static final int MAX_FAILURES = 5;
    static final Duration LOCK = Duration.ofMinutes(5);

    private final Map<String, Account> byName = new ConcurrentHashMap<>();
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final HallOffice office;
    private final Passwords passwords;
    private final Clock clock;
    private final String dummyHash;
    private volatile String setupToken;

    private record Failures(int count, Instant lockedUntil) {
    }

    public Accounts(List<Account> stored, HallOffice office, Passwords passwords, Clock clock) {
        this.office = office;
        this.passwords = passwords;
        this.clock = clock;
        stored.forEach(a -> byName.put(a.username(), a));
        this.dummyHash = passwords.hash("not-a-password-of-anyone");
        if (needsSetup()) {
            byte[] b = new byte[24];
            new SecureRandom().nextBytes(b);
            setupToken = Base64.getUrlEncoder().withoutPadding().encodeToString(b);
        }
    }

    /** True while no active admin account exists. */
    public boolean needsSetup() {
        return byName.values().stream().noneMatch(a -> a.active() && a.role() == Role.ADMIN);
    }

    /** The one-time set-up token while set-up is needed. */
    public Optional<String> setupToken() {
        return Optional.ofNullable(setupToken);
    }

    /** Creates the first admin with the set-up token; the token then stops working. */
    public synchronized Account setUp(String token, String username, String password) {
        String expected = setupToken;
        if (expected == null || !needsSetup()) {
            throw new AccessDenied(409, "ALREADY_SET_UP", "this hub already has an admin; log in instead");
        }
        if (token == null || !java.security.MessageDigest.isEqual(expected.getBytes(), token.getBytes())) {
            throw new AccessDenied(403, "BAD_SETUP_TOKEN", "the set-up link is not valid; use the one the hub printed");
        }
        Account admin = new Account(username, Role.ADMIN, null, passwords.hash(password), true, clock.instant());
        save(admin, "setup", "ACCOUNT_CREATED", "first admin");
        setupToken = null;
        LOG.info("first admin '{}' created; the set-up link no longer works", username);
        return admin;
    }

    /** The account, if the password is right, it is active and not locked; every attempt is audited. */
    public Optional<Account> logIn(String username, String password) {
        Instant now = clock.instant();
        String key = username == null ? "" : username;
        Failures f = failures.get(key);
        if (f != null && f.lockedUntil() != null && now.isBefore(f.lockedUntil())) {
            throw new AccessDenied(429, "LOCKED", "too many failed log-ins for this user; try again after "
                    + f.lockedUntil());
        }
        Account a = byName.get(key);
        boolean ok = passwords.matches(password, a == null ? dummyHash : a.passwordHash()) && a != null && a.active();
        if (!ok) {
            int count = f == null || f.lockedUntil() != null ? 1 : f.count() + 1;
            failures.put(key, new Failures(count, count >= MAX_FAILURES ? now.plus(LOCK) : null));
            office.keep(List.of(new AuditEntry(now, key.isEmpty() ? "?" : key, "LOG_IN_FAILED", null,
                    count >= MAX_FAILURES ? "locked for " + LOCK.toMinutes() + " min" : "attempt " + count)));
            return Optional.empty();
        }
        failures.remove(key);
        office.keep(List.of(new AuditEntry(now, key, "LOGGED_IN", null, a.role().name())));
        return Optional.of(a);
    }

    public List<Account> all() {
        return byName.values().stream().sorted(java.util.Comparator.comparing(Account::username)).toList();
    }

    public Optional<Account> find(String username) {
        return Optional.ofNullable(byName.get(username));
    }

    public synchronized Account create(String actor, String username, Role role, String staffNo, String password) {
        if (byName.containsKey(username)) {
            throw new AccessDenied(409, "ACCOUNT_EXISTS", "account '" + username + "' exists");
        }
        Account a = new Account(username, role, staffNo, passwords.hash(password), true, clock.instant());
        save(a, actor, "ACCOUNT_CREATED", role.name());
        return a;
    }

    /** Changes role, staff number, active flag and/or password; null leaves a field as it is. */
    public synchronized Account update(String actor, String username, Role role, String staffNo, Boolean active,
                                       String password) {
        Account old = byName.get(username);
        if (old == null) {
            throw new AccessDenied(404, "UNKNOWN_ACCOUNT", "no account '" + username + "'");
        }
        Account next = new Account(username, role == null ? old.role() : role,
                role == Role.STAFF || (role == null && old.role() == Role.STAFF) ? (staffNo == null ? old.staffNo() : staffNo)
                        : null,
                password == null ? old.passwordHash() : passwords.hash(password),
                active == null ? old.active() : active, clock.instant());
        if (old.role() == Role.ADMIN && old.active() && (next.role() != Role.ADMIN || !next.active())
                && byName.values().stream().filter(a -> a.active() && a.role() == Role.ADMIN).count() == 1) {
            throw new AccessDenied(409, "LAST_ADMIN", "'" + username + "' is the only admin; make another admin first");
        }
        List<String> what = new ArrayList<>();
        if (next.role() != old.role()) {
            what.add("role " + old.role() + "→" + next.role());
        }
        if (next.active() != old.active()) {
            what.add(next.active() ? "enabled" : "disabled");
        }
        if (password != null) {
            what.add("password changed");
        }
        if (!java.util.Objects.equals(next.staffNo(), old.staffNo())) {
            what.add("staff " + old.staffNo() + "→" + next.staffNo());
        }
        save(next, actor, "ACCOUNT_CHANGED", String.join(", ", what));
        return next;
    }

    private void save(Account a, String actor, String action, String detail) {
        List<AdminRecord> records = List.of(a, new AuditEntry(clock.instant(), actor, action, a.username(), detail));
        office.keep(records);
        byName.put(a.username(), a);
    }
}

package dev.hallq.hub.admin;

import java.time.Instant;

/**
 * A log-in account. Only the password's bcrypt hash is kept. A STAFF account belongs to one staff member (工号)
 * and operates only the windows that staff member works at.
 */
public record Account(String username, Role role, String staffNo, String passwordHash, boolean active,
                      Instant changedAt) implements AdminRecord {
    public Account {
        if (username == null || !username.matches("[A-Za-z0-9._@-]{2,64}")) {
            throw new IllegalArgumentException("username must be 2-64 letters, digits or . _ @ -, was '" + username + "'");
        }
        if (role == null) {
            throw new IllegalArgumentException("role is required: one of ADMIN, MANAGER, DUTY_MANAGER, STAFF");
        }
        if (role == Role.STAFF && (staffNo == null || staffNo.isBlank())) {
            throw new IllegalArgumentException("a STAFF account needs the staffNo (工号) of its staff member");
        }
        if (passwordHash == null || !passwordHash.startsWith("$2")) {
            throw new IllegalArgumentException("an account keeps a bcrypt hash, never a password");
        }
        if (changedAt == null) {
            throw new IllegalArgumentException("changedAt is required");
        }
    }

    public Account withPassword(String hash, Instant at) {
        return new Account(username, role, staffNo, hash, active, at);
    }

    @Override
    public String toString() {
        return "Account[" + username + ", " + role + (staffNo == null ? "" : ", staff " + staffNo)
                + (active ? "" : ", disabled") + "]";
    }
}

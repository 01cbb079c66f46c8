package dev.hallq.hub.config;

/**
 * How long the hub keeps a real-name citizen's full name (encrypted, for the roles that may see it) before only
 * the masked form remains; 0 keeps none.
 */
public record PrivacyRules(Integer keepNamesDays) {
    public static final PrivacyRules DEFAULT = new PrivacyRules(null);

    public PrivacyRules {
        keepNamesDays = keepNamesDays == null ? 30 : keepNamesDays;
        if (keepNamesDays < 0 || keepNamesDays > 3660) {
            throw new IllegalArgumentException("office.privacy.keepNamesDays must be 0-3660, was " + keepNamesDays);
        }
    }
}

package dev.hallq.hub.config;

/**
 * How the hall's office works beyond the queue (the file's {@code office} section): bad-rating cases, alerts on
 * the manager's dashboard, the weights of staff and window rankings, and how long personal data is kept. Every
 * part may be left out for its defaults.
 */
public record OfficeRules(CaseRules cases, AlertRules alerts, RankingWeights ranking, PrivacyRules privacy) {
    public static final OfficeRules DEFAULT = new OfficeRules(null, null, null, null);

    public OfficeRules {
        cases = cases == null ? CaseRules.DEFAULT : cases;
        alerts = alerts == null ? AlertRules.DEFAULT : alerts;
        ranking = ranking == null ? RankingWeights.DEFAULT : ranking;
        privacy = privacy == null ? PrivacyRules.DEFAULT : privacy;
    }
}

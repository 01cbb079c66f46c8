package dev.hallq.hub.config;

/**
 * When the manager's dashboard raises an alert: a ticket waiting longer than {@code waitMinutes}; a window paused
 * longer than {@code pausedMinutes}; a window without staff (空岗) for {@code emptyPostMinutes} while the hall is
 * open; staff logging in more than {@code lateMinutes} after opening or out more than {@code earlyMinutes} before
 * closing.
 */
public record AlertRules(Integer waitMinutes, Integer pausedMinutes, Integer emptyPostMinutes, Integer lateMinutes,
                         Integer earlyMinutes) {
    public static final AlertRules DEFAULT = new AlertRules(null, null, null, null, null);

    public AlertRules {
        waitMinutes = positive("waitMinutes", waitMinutes, 30);
        pausedMinutes = positive("pausedMinutes", pausedMinutes, 15);
        emptyPostMinutes = positive("emptyPostMinutes", emptyPostMinutes, 10);
        lateMinutes = positive("lateMinutes", lateMinutes, 10);
        earlyMinutes = positive("earlyMinutes", earlyMinutes, 10);
    }

    private static int positive(String key, Integer given, int otherwise) {
        int v = given == null ? otherwise : given;
        if (v < 1 || v > 24 * 60) {
            throw new IllegalArgumentException("office.alerts." + key + " must be 1-1440 minutes, was " + v);
        }
        return v;
    }
}

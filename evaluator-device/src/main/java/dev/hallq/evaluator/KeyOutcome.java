package dev.hallq.evaluator;

import java.util.LinkedHashMap;
import java.util.Map;

/** Whether a key press counted; {@code why} says why not. */
record KeyOutcome(boolean accepted, String why) {
    private static final KeyOutcome ACCEPTED = new KeyOutcome(true, null);

    static KeyOutcome yes() {
        return ACCEPTED;
    }

    static KeyOutcome ignored(String why) {
        return new KeyOutcome(false, why);
    }

    Map<String, Object> json() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("accepted", accepted);
        if (!accepted) {
            json.put("why", why);
        }
        return json;
    }
}

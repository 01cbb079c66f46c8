package dev.hallq.hub.cases;

/**
 * 申诉: a request to withdraw a case whose rating was mistaken or malicious, by one person, decided by another.
 *
 * @param from      the state the case was in when the appeal was requested, where a rejection takes it back
 * @param decision  null while pending
 * @param decidedBy null while pending
 */
public record Appeal(String requestedBy, String reason, CaseState from, Decision decision, String decidedBy) {

    public enum Decision { UPHELD, REJECTED }

    public boolean pending() {
        return decision == null;
    }
}

package dev.hallq.hub.cases;

/** No case with that id (404). */
public final class UnknownCase extends RuntimeException {
    public UnknownCase(long id) {
        super("no case " + id);
    }
}

package dev.hallq.hub.cases;

/**
 * A step the case does not allow: its state forbids it (409, e.g. closing a case that was never rectified), or the
 * person may not take it (403, e.g. deciding an appeal one requested oneself).
 */
public final class CaseConflict extends RuntimeException {
    private final int status;
    private final String code;

    public CaseConflict(String code, String message) {
        this(409, code, message);
    }

    public CaseConflict(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}

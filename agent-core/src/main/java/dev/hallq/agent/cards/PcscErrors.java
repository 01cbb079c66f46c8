package dev.hallq.agent.cards;

/**
 * Reads the PC/SC error code out of what {@code javax.smartcardio} throws. The JDK wraps pcsc-lite's codes
 * in exceptions whose message is the code's name ({@code SCARD_E_NO_SERVICE}), so the name is what counts.
 */
final class PcscErrors {
    private PcscErrors() {
    }

    /** pcscd stopped, or restarted under a context that is now dead. */
    static boolean serviceLost(Throwable e) {
        return mentions(e, "SCARD_E_NO_SERVICE") || mentions(e, "SCARD_E_SERVICE_STOPPED");
    }

    /** pcscd runs but has no reader at all: an empty list, not a failure. */
    static boolean noReaders(Throwable e) {
        return mentions(e, "SCARD_E_NO_READERS_AVAILABLE");
    }

    /** The reader being talked to is gone. */
    static boolean readerGone(Throwable e) {
        return mentions(e, "SCARD_E_UNKNOWN_READER") || mentions(e, "SCARD_E_READER_UNAVAILABLE");
    }

    /** The innermost message, which is where pcsc-lite's code name is. */
    static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null ? root.getClass().getSimpleName() : message;
    }

    private static boolean mentions(Throwable e, String text) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains(text)) {
                return true;
            }
        }
        return false;
    }
}

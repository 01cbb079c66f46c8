package dev.hallq.protocol;

/**
 * The hub's answer to a {@link Request}: ok with what the request produced, or an error code and a
 * message a person can read.
 *
 * @param requestId null when the request was too malformed to read its id
 * @param ticket    the ticket issued, called or rated, when there is one
 * @param window    the window's new state, for staff commands
 */
public record Reply(int schema, String requestId, boolean ok, ErrorCode error, String message, TicketInfo ticket,
                    WindowState window) {

    public Reply {
        Schema.check(schema);
        if (!ok && error == null) {
            throw new IllegalArgumentException("an error reply needs an error code");
        }
    }

    public static Reply ok(String requestId, TicketInfo ticket, WindowState window) {
        return new Reply(Schema.VERSION, requestId, true, null, null, ticket, window);
    }

    public static Reply error(String requestId, ErrorCode error, String message) {
        return new Reply(Schema.VERSION, requestId, false, error, message, null, null);
    }
}

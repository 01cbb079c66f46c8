package dev.hallq.protocol;

/** A staff key pressed on a window's pad (or the web caller). */
public record StaffCommand(int schema, String requestId, String replyTo, int window, StaffAction action,
                           String reason) implements Request {

    public StaffCommand {
        Schema.check(schema);
        Request.requestId(requestId);
        Checks.window("window", window);
        Checks.present("action", action);
    }

    public StaffCommand(String requestId, String replyTo, int window, StaffAction action, String reason) {
        this(Schema.VERSION, requestId, replyTo, window, action, reason);
    }
}

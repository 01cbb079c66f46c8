package dev.hallq.protocol;

/**
 * A kiosk asks for a service's guide (办事指南, 一次性告知) on paper: the hub answers with a {@link Reply} and sends
 * the named printer a {@link PrintJob} carrying the guide. Nothing changes in the queue.
 *
 * @param printerId the printer agent that should print it (the kiosk's own)
 * @param serviceId the service whose guide is printed
 */
public record PrintRequest(int schema, String requestId, String replyTo, String printerId, String serviceId)
        implements Request {

    public PrintRequest {
        Schema.check(schema);
        Request.requestId(requestId);
        Checks.id("printerId", printerId);
        Checks.id("serviceId", serviceId);
    }

    public PrintRequest(String requestId, String replyTo, String printerId, String serviceId) {
        this(Schema.VERSION, requestId, replyTo, printerId, serviceId);
    }
}

package dev.hallq.protocol;

/**
 * Kiosk asks for a ticket (取号).
 *
 * @param printerId the printer agent that should print it; null for no paper ticket
 * @param priority  绿色通道 (disabled, military, pregnant, ...) as marked at the kiosk; elderly citizens get it
 *                  from their card's birth date
 * @param citizen   the ID card read at the kiosk, for real-name tickets; null without a card
 * @param appointmentCode the booking code scanned from the confirmation's QR code (预约签到); null otherwise
 */
public record TicketRequest(int schema, String requestId, String replyTo, String serviceId, String printerId,
                            boolean priority, Citizen citizen, String appointmentCode) implements Request {

    public TicketRequest {
        Schema.check(schema);
        Request.requestId(requestId);
        if (serviceId != null || appointmentCode == null) {
            Checks.id("serviceId", serviceId); // a booking code alone names its service
        }
        if (printerId != null) {
            Checks.id("printerId", printerId);
        }
        if (appointmentCode != null) {
            Checks.id("appointmentCode", appointmentCode);
        }
    }

    public TicketRequest(String requestId, String replyTo, String serviceId, String printerId, boolean priority) {
        this(Schema.VERSION, requestId, replyTo, serviceId, printerId, priority, null, null);
    }

    public TicketRequest(String requestId, String replyTo, String serviceId, String printerId, boolean priority,
                         Citizen citizen) {
        this(Schema.VERSION, requestId, replyTo, serviceId, printerId, priority, citizen, null);
    }
}

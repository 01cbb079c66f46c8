package dev.hallq.protocol;

import java.util.Map;

/**
 * Every MQTT topic of the product. The tree is shaped so access rules are simple to state:
 * a device writes only {@code hall/{hall}/dev/{its id}/up/...}; it reads its own
 * {@code .../down/...}, its window's topics and the hall-wide topics the hub writes.
 */
public enum Topic {
    HUB_STATUS("hall/{hall}/hub/status", HubStatus.class, Writer.HUB, true),
    HUB_BEAT("hall/{hall}/hub/beat/{slot}", HubStatus.class, Writer.HUB, false),
    SERVICES("hall/{hall}/services", ServiceBoard.class, Writer.HUB, true),
    GUIDES("hall/{hall}/guides", ServiceGuides.class, Writer.HUB, true),
    WINDOW_STATE("hall/{hall}/window/{window}/state", WindowState.class, Writer.HUB, true),
    CALLS("hall/{hall}/calls", CallAnnouncement.class, Writer.HUB, false),
    RECENT_CALLS("hall/{hall}/recent-calls", RecentCalls.class, Writer.HUB, true),
    DEVICE_STATUS("hall/{hall}/dev/{device}/up/status", DeviceStatus.class, Writer.DEVICE, true),
    TICKET_REQUEST("hall/{hall}/dev/{device}/up/ticket-request", TicketRequest.class, Writer.DEVICE, false),
    STAFF_COMMAND("hall/{hall}/dev/{device}/up/staff-command", StaffCommand.class, Writer.DEVICE, false),
    RATING("hall/{hall}/dev/{device}/up/rating", RatingSubmission.class, Writer.DEVICE, false),
    PRINT_REQUEST("hall/{hall}/dev/{device}/up/print-request", PrintRequest.class, Writer.DEVICE, false),
    PRINT_RESULT("hall/{hall}/dev/{device}/up/print-result", PrintResult.class, Writer.DEVICE, false),
    CALL_ACK("hall/{hall}/dev/{device}/up/call-ack", CallAck.class, Writer.DEVICE, false),
    REPLY("hall/{hall}/dev/{device}/down/reply", Reply.class, Writer.HUB, false),
    PRINT_JOB("hall/{hall}/dev/{device}/down/print-job", PrintJob.class, Writer.HUB, false);

    /** Who may publish on a topic. */
    public enum Writer { HUB, DEVICE }

    /** Every topic is published with QoS 1: at least once, receivers are idempotent. */
    public static final int QOS = 1;

    private final String pattern;
    private final Class<?> payload;
    private final Writer writer;
    private final boolean retained;

    Topic(String pattern, Class<?> payload, Writer writer, boolean retained) {
        this.pattern = pattern;
        this.payload = payload;
        this.writer = writer;
        this.retained = retained;
    }

    public String pattern() {
        return pattern;
    }

    public Class<?> payload() {
        return payload;
    }

    public Writer writer() {
        return writer;
    }

    public boolean retained() {
        return retained;
    }

    /** The last level of a device topic ({@code status}, {@code reply}, ...). */
    public String leaf() {
        return pattern.substring(pattern.lastIndexOf('/') + 1);
    }

    boolean isDeviceTopic() {
        return pattern.contains("{device}");
    }

    String format(Map<String, String> values) {
        String topic = pattern;
        for (Map.Entry<String, String> e : values.entrySet()) {
            topic = topic.replace("{" + e.getKey() + "}", e.getValue());
        }
        if (topic.contains("{")) {
            throw new IllegalArgumentException("topic " + pattern + " needs more values than " + values.keySet());
        }
        return topic;
    }
}

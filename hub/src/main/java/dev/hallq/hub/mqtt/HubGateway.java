package dev.hallq.hub.mqtt;

import dev.hallq.agent.mqtt.MqttLink;
import dev.hallq.hub.devices.DeviceAdmission;
import dev.hallq.hub.devices.DeviceRegistry;
import dev.hallq.hub.metrics.CallTracker;
import dev.hallq.hub.metrics.HubMetrics;
import dev.hallq.hub.queue.HallDesk;
import dev.hallq.hub.queue.HallEvent;
import dev.hallq.protocol.AckRole;
import dev.hallq.protocol.BadPayload;
import dev.hallq.protocol.CallAck;
import dev.hallq.protocol.DeviceStatus;
import dev.hallq.protocol.ErrorCode;
import dev.hallq.protocol.HallTopics;
import dev.hallq.protocol.Json;
import dev.hallq.protocol.PrintRequest;
import dev.hallq.protocol.PrintResult;
import dev.hallq.protocol.RatingSubmission;
import dev.hallq.protocol.Reply;
import dev.hallq.protocol.StaffCommand;
import dev.hallq.protocol.TicketRequest;
import dev.hallq.protocol.Topic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.List;

/**
 * Everything devices send the hub arrives here: parsed, checked and handed to the desk. A payload that
 * cannot be read is logged with its topic and dropped, and the device is told why on its reply topic;
 * nothing a device sends can stop the hub.
 */
public final class HubGateway {
    private static final Logger LOG = LoggerFactory.getLogger(HubGateway.class);

    private final MqttLink link;
    private final HallTopics topics;
    private final HallDesk desk;
    private final RequestHandlers handlers;
    private final HallNews news;
    private final DeviceRegistry devices;
    private final HubMetrics metrics;
    private final CallTracker calls;
    private final Clock clock;

    public HubGateway(MqttLink link, HallTopics topics, HallDesk desk, RequestHandlers handlers, HallNews news,
                      DeviceRegistry devices, HubMetrics metrics, CallTracker calls, Clock clock) {
        this.link = link;
        this.topics = topics;
        this.desk = desk;
        this.handlers = handlers;
        this.news = news;
        this.devices = devices;
        this.metrics = metrics;
        this.calls = calls;
        this.clock = clock;
    }

    private DeviceAdmission admission;

    /** Refuses every message but its status from a device the admission refuses (revoked, or unregistered). */
    public HubGateway admitting(DeviceAdmission admission) {
        this.admission = admission;
        return this;
    }

    /** Subscribes before the link connects; republishes the retained hall state on every connect. */
    public void attach() {
        link.subscribeQuick(topics.allDeviceUp(), this::onMessage); // parses and hands to the desk: never blocks
        link.addConnectionListener(reconnect -> desk.execute(news::everything));
    }

    void onMessage(String topic, byte[] payload) {
        long arrived = System.nanoTime();
        HallTopics.DeviceTopic from = topics.parseDeviceTopic(topic).orElse(null);
        if (from == null) {
            LOG.warn("dropped a message on {}: not a device topic of hall {}", topic, topics.hallId());
            metrics.rejected("topic");
            return;
        }
        devices.seen(from.deviceId());
        if (!from.known()) {
            refuse(topic, from.deviceId(), payload, ErrorCode.UNKNOWN_MESSAGE,
                    "unknown message '" + topic.substring(topic.lastIndexOf('/') + 1) + "'");
            return;
        }
        var refused = admission == null || from.topic() == Topic.DEVICE_STATUS ? null
                : admission.refusal(from.deviceId()).orElse(null);
        if (refused != null) {
            refuse(topic, from.deviceId(), payload, refused.code(), refused.message());
            return;
        }
        try {
            route(from, payload, arrived);
        } catch (BadPayload e) {
            refuse(topic, from.deviceId(), payload, e.code(), e.getMessage());
        }
    }

    private void route(HallTopics.DeviceTopic from, byte[] payload, long arrived) throws BadPayload {
        String device = from.deviceId();
        switch (from.topic()) {
            case DEVICE_STATUS -> status(device, Json.read(payload, DeviceStatus.class));
            case TICKET_REQUEST -> {
                TicketRequest request = Json.read(payload, TicketRequest.class);
                desk.execute(() -> handlers.ticket(device, request, replyTopic(device, request.replyTo())));
            }
            case STAFF_COMMAND -> {
                StaffCommand command = Json.read(payload, StaffCommand.class);
                desk.execute(() -> handlers.staff(device, command, replyTopic(device, command.replyTo()), arrived));
            }
            case RATING -> {
                RatingSubmission rating = Json.read(payload, RatingSubmission.class);
                desk.execute(() -> handlers.rating(device, rating, replyTopic(device, rating.replyTo())));
            }
            case PRINT_REQUEST -> {
                PrintRequest request = Json.read(payload, PrintRequest.class);
                desk.execute(() -> handlers.guide(device, request, replyTopic(device, request.replyTo())));
            }
            case PRINT_RESULT -> {
                PrintResult result = Json.read(payload, PrintResult.class);
                desk.execute(() -> handlers.printed(device, result));
            }
            case CALL_ACK -> {
                CallAck ack = Json.read(payload, CallAck.class);
                devices.acked(device);
                if (ack.role() == AckRole.SHOWN) {
                    calls.shown(ack.seq(), arrived);
                }
            }
            default -> throw new BadPayload(ErrorCode.UNKNOWN_MESSAGE, from.topic() + " is not sent by devices", null);
        }
    }

    private void status(String device, DeviceStatus status) throws BadPayload {
        if (!status.deviceId().equals(device)) {
            throw new BadPayload(ErrorCode.MALFORMED_PAYLOAD, "status names device '" + status.deviceId()
                    + "' but came on the topic of '" + device + "'", null);
        }
        devices.status(status);
        desk.execute(() -> {
            devices.all().stream().filter(d -> d.id().equals(device)).findFirst().ifPresent(news::device);
            if (!status.online()) {
                handlers.log(List.of(HallEvent.of(clock.instant(), "DEVICE_OFFLINE", null, status.window(), null,
                        device + ": " + status.reason())));
            }
        });
    }

    private void refuse(String topic, String device, byte[] payload, ErrorCode code, String why) {
        LOG.warn("dropped a message on {} from {}: {}", topic, device, why);
        metrics.rejected(code.name());
        RequestEnvelope envelope = RequestEnvelope.peek(payload);
        news.replyNow(replyTopic(device, envelope.replyTo()), Reply.error(envelope.requestId(), code, why));
    }

    /** The request's own reply topic if it lies in the device's down tree, else the device's reply topic. */
    String replyTopic(String device, String requested) {
        String prefix = topics.deviceDownPrefix(device);
        if (requested != null && requested.startsWith(prefix) && requested.length() > prefix.length()
                && !requested.contains("+") && !requested.contains("#")) {
            return requested;
        }
        if (requested != null) {
            LOG.warn("{} asked for replies on {}, outside its own tree; answering on its reply topic", device, requested);
        }
        return topics.device(device, Topic.REPLY);
    }
}

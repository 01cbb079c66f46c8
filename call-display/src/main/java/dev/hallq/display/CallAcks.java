package dev.hallq.display;

import dev.hallq.agent.mqtt.MqttLink;
import dev.hallq.protocol.AckRole;
import dev.hallq.protocol.CallAck;
import dev.hallq.protocol.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;

/** Confirms calls to the hub on this device's call-ack topic; the hub measures call latency from these. */
final class CallAcks {
    private static final Logger LOG = LoggerFactory.getLogger(CallAcks.class);

    private final MqttLink link;
    private final String topic;
    private final Clock clock;

    CallAcks(MqttLink link, String topic, Clock clock) {
        this.link = link;
        this.topic = topic;
        this.clock = clock;
    }

    void shown(long seq) {
        send(seq, AckRole.SHOWN);
    }

    void spoken(long seq) {
        send(seq, AckRole.SPOKEN);
    }

    private void send(long seq, AckRole role) {
        link.publish(topic, Json.write(new CallAck(seq, role, clock.instant())), false);
        LOG.debug("call {} acked {} on {}", seq, role, topic);
    }
}

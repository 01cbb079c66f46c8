package dev.hallq.kiosk;

import dev.hallq.agent.mqtt.MqttLink;
import dev.hallq.agent.web.LiveView;
import dev.hallq.protocol.BadPayload;
import dev.hallq.protocol.DeviceState;
import dev.hallq.protocol.DeviceStatus;
import dev.hallq.protocol.HallTopics;
import dev.hallq.protocol.Json;
import dev.hallq.protocol.Topic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Whether the kiosk's printer can print now, from its retained status: ONLINE and paper not out. When it cannot
 * (offline, paper out, cover open, error) the kiosk asks for tickets without a print job and the page shows the
 * number and a QR code on the screen instead (请拍照或扫码记下号码). Unknown until the printer's status is heard:
 * then the kiosk trusts the printer, as a hall would.
 */
final class PrinterWatch {
    private static final Logger LOG = LoggerFactory.getLogger(PrinterWatch.class);

    private final LiveView page;
    private volatile boolean usable = true;
    private volatile String reason;

    PrinterWatch(MqttLink link, HallTopics topics, String printerId, LiveView page) {
        this.page = page;
        if (printerId == null) {
            usable = false;
            reason = "NO_PRINTER";
            return;
        }
        link.subscribe(topics.device(printerId, Topic.DEVICE_STATUS), (topic, payload) -> heard(printerId, payload));
    }

    private void heard(String printerId, byte[] payload) {
        boolean was = usable;
        try {
            DeviceStatus s = Json.read(payload, DeviceStatus.class);
            String paper = s.hardware() == null ? null : s.hardware().get("paper");
            if (s.state() == DeviceState.OFFLINE) {
                usable = false;
                reason = "OFFLINE";
            } else if ("OUT".equals(paper)) {
                usable = false;
                reason = "PAPER_OUT";
            } else if (s.state() == DeviceState.DEGRADED && s.reason() != null && !"NEAR_END".equals(paper)) {
                usable = false;
                reason = "FAULT";
            } else {
                usable = true;
                reason = "NEAR_END".equals(paper) ? "PAPER_LOW" : null;
            }
        } catch (BadPayload e) {
            LOG.warn("unreadable status of printer {}: {}", printerId, e.getMessage());
            return;
        }
        if (was != usable) {
            LOG.info("printer {} {}", printerId, usable ? "usable again" : "cannot print: " + reason);
        }
        publish();
    }

    void publish() {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("usable", usable);
        if (reason != null) {
            event.put("reason", reason);
        }
        page.publish("printer", "printer", event);
    }

    boolean usable() {
        return usable;
    }

    String reason() {
        return reason;
    }
}

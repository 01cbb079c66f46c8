package dev.hallq.display;

import dev.hallq.agent.mqtt.LinkSettings;
import dev.hallq.agent.mqtt.PahoMqttLink;
import dev.hallq.agent.testing.PlayedHub;
import dev.hallq.display.voice.RecordingSpeech;
import dev.hallq.display.voice.SpeechOutput;
import dev.hallq.protocol.AckRole;
import dev.hallq.protocol.CallAck;
import dev.hallq.protocol.CallAnnouncement;
import dev.hallq.protocol.DeviceState;
import dev.hallq.protocol.HallTopics;
import dev.hallq.protocol.StaffInfo;
import dev.hallq.protocol.TicketInfo;
import dev.hallq.protocol.Topic;
import dev.hallq.protocol.WindowPhase;
import dev.hallq.protocol.WindowState;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.awaitility.Awaitility.await;

/** One test's hall of screens: the screens started in it, their acks, and the hub's payloads for them. */
final class TestHall {
    private static final Instant T0 = PlayedHub.STARTED;

    final PlayedHub hub;
    final HallTopics topics;
    private PahoMqttLink hubLink;

    TestHall(PlayedHub hub) {
        this.hub = hub;
        this.topics = hub.topics();
    }

    /** A hall whose hub has said it is online: screens started in it see the hub at once. */
    static TestHall withHubOnline(PlayedHub hub) {
        hub.isNow(DeviceState.ONLINE);
        return new TestHall(hub);
    }

    /** Starts a screen, closed when the test ends. */
    DisplayAgent start(DisplaySettings settings, SpeechOutput speech, Clock clock) {
        return hub.closeAtEnd(DisplayAgent.start(settings, speech, clock));
    }

    /** Waits until the screen is connected, subscribed and has heard the hub: live messages reach it from now on. */
    static DisplayAgent online(DisplayAgent screen) {
        await().atMost(Duration.ofSeconds(10)).until(screen::hubOnline);
        return screen;
    }

    DisplayAgent windowScreen(String deviceId, int window) {
        return start(DisplaySettings.window(hub.agent(deviceId), window), new RecordingSpeech(), Clock.systemUTC());
    }

    DisplayAgent hallScreen(String deviceId, SpeechOutput speech) {
        return start(DisplaySettings.hall(hub.agent(deviceId), speech != null), speech, Clock.systemUTC());
    }

    DisplayAgent hallScreen(String deviceId, SpeechOutput speech, DisplayConfig config) {
        return start(DisplaySettings.hall(hub.agent(deviceId), speech != null).withConfig(config), speech,
                Clock.systemUTC());
    }

    DisplayAgent windowScreen(String deviceId, int window, DisplayConfig config) {
        return start(DisplaySettings.window(hub.agent(deviceId), window).withConfig(config), new RecordingSpeech(),
                Clock.systemUTC());
    }

    /** Clears a retained topic the way the hub does for a removed window: an empty retained message. */
    synchronized void clearRetained(String topic) {
        if (hubLink == null) {
            hubLink = hub.closeAtEnd(new PahoMqttLink(LinkSettings.of(hub.agent("hub").brokerUri(),
                    hub.hallId() + "-hub-clearing")));
            hubLink.start();
            await().atMost(Duration.ofSeconds(10)).until(hubLink::isConnected);
        }
        hubLink.publish(topic, new byte[0], true);
    }

    String ackTopic(String deviceId) {
        return topics.device(deviceId, Topic.CALL_ACK);
    }

    CallAck awaitAck(String deviceId, long seq, AckRole role) {
        return hub.awaitMessage(ackTopic(deviceId), CallAck.class, a -> a.seq() == seq && a.role() == role);
    }

    List<CallAck> acks(String deviceId) {
        return hub.heard(ackTopic(deviceId), CallAck.class);
    }

    static WindowState calling(int window, String number, long seq) {
        return new WindowState(window, window + "号窗口", WindowPhase.CALLING, ticket(number), staff(), seq, null, Instant.now());
    }

    /** A real-name ticket called by a staff member with a photo and a department. */
    static WindowState callingRealName(int window, String number, long seq, String photo) {
        TicketInfo t = new TicketInfo("20261124-" + number, number, "S1", "社保业务", "Social security", 0, T0, null, null,
                "李*华");
        return new WindowState(window, "社保综合窗口", WindowPhase.CALLING, t,
                new StaffInfo("0701", "张伟", "人力资源和社会保障局", photo), seq, null, Instant.now());
    }

    static WindowState phase(int window, WindowPhase phase, long seq, String pauseReason) {
        return new WindowState(window, window + "号窗口", phase, null, staff(), seq, pauseReason, Instant.now());
    }

    static CallAnnouncement call(long seq, String number, int window, boolean recall) {
        return call(seq, number, window, recall, Instant.now());
    }

    static CallAnnouncement call(long seq, String number, int window, boolean recall, Instant at) {
        return new CallAnnouncement(seq, "20261124-" + number, number, "S1", "社保业务", window, window + "号窗口",
                recall, at);
    }

    static TicketInfo ticket(String number) {
        return new TicketInfo("20261124-" + number, number, "S1", "社保业务", "Social security", 2, T0);
    }

    static StaffInfo staff() {
        return new StaffInfo("1024", "王芳");
    }
}

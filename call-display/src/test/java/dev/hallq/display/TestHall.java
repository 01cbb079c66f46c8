package dev.hallq.display;

import dev.hallq.agent.AgentSettings;
import dev.hallq.agent.testing.MqttProbe;
import dev.hallq.display.voice.RecordingSpeech;
import dev.hallq.display.voice.SpeechOutput;
import dev.hallq.protocol.AckRole;
import dev.hallq.protocol.CallAck;
import dev.hallq.protocol.CallAnnouncement;
import dev.hallq.protocol.DeviceState;
import dev.hallq.protocol.DeviceStatus;
import dev.hallq.protocol.HallTopics;
import dev.hallq.protocol.HubStatus;
import dev.hallq.protocol.Json;
import dev.hallq.protocol.StaffInfo;
import dev.hallq.protocol.TicketInfo;
import dev.hallq.protocol.Topic;
import dev.hallq.protocol.WindowPhase;
import dev.hallq.protocol.WindowState;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.awaitility.Awaitility.await;

/** One hall of a test: its topics, the hub double's moves in it, and the screens started in it. */
final class TestHall implements AutoCloseable {
    static final Instant T0 = Instant.parse("2026-11-24T02:00:00Z");
    private static final AtomicInteger HALLS = new AtomicInteger();

    final String id = "hall" + HALLS.incrementAndGet();
    final HallTopics topics = new HallTopics(id);
    private final HubDouble hub;
    private final List<DisplayAgent> screens = new ArrayList<>();

    TestHall(HubDouble hub) {
        this.hub = hub;
    }

    AgentSettings agent(String deviceId) {
        return new AgentSettings(hub.broker.uri(), id, deviceId, "127.0.0.1", 0, true);
    }

    DisplayAgent start(DisplaySettings settings, SpeechOutput speech, Clock clock) {
        DisplayAgent screen = DisplayAgent.start(settings, speech, clock);
        screens.add(screen);
        return screen;
    }

    /** Waits until the screen is connected, subscribed and has heard the hub: live messages reach it from now on. */
    static DisplayAgent online(DisplayAgent screen) {
        await().atMost(Duration.ofSeconds(10)).until(screen::hubOnline);
        return screen;
    }

    DisplayAgent windowScreen(String deviceId, int window) {
        return start(DisplaySettings.window(agent(deviceId), window), new RecordingSpeech(), Clock.systemUTC());
    }

    DisplayAgent hallScreen(String deviceId, SpeechOutput speech) {
        return start(DisplaySettings.hall(agent(deviceId), speech != null), speech, Clock.systemUTC());
    }

    /** The hub's retained status, as the hub publishes it on connect and in its last will. */
    void hubIs(DeviceState state) {
        retain(topics.hubStatus(), new HubStatus(id, state, "test", T0, Instant.now()));
    }

    void retain(String topic, Object payload) {
        hub.retained.publish(topic, Json.write(payload), true);
    }

    /** Publishes a retained payload and waits until the broker has passed it on, i.e. has stored it. */
    void retainAndConfirm(String topic, Object payload) {
        int before = hub.probe.on(topic).size();
        retain(topic, payload);
        await().atMost(Duration.ofSeconds(10)).until(() -> hub.probe.on(topic).size() > before);
    }

    void send(String topic, Object payload) {
        hub.probe.publish(topic, payload);
    }

    void sendRaw(String topic, String text) {
        hub.probe.publish(topic, text);
    }

    MqttProbe probe() {
        return hub.probe;
    }

    String ackTopic(String deviceId) {
        return topics.device(deviceId, Topic.CALL_ACK);
    }

    CallAck awaitAck(String deviceId, long seq, AckRole role) {
        return hub.probe.awaitMessage(ackTopic(deviceId), CallAck.class, a -> a.seq() == seq && a.role() == role);
    }

    List<CallAck> acks(String deviceId) {
        return hub.probe.on(ackTopic(deviceId)).stream().map(h -> h.as(CallAck.class)).toList();
    }

    List<DeviceStatus> statuses(String deviceId) {
        return hub.probe.on(topics.device(deviceId, Topic.DEVICE_STATUS)).stream().map(h -> h.as(DeviceStatus.class)).toList();
    }

    void dropClient(String deviceId) {
        hub.broker.dropClient(agent(deviceId).clientId());
    }

    static WindowState calling(int window, String number, long seq) {
        return new WindowState(window, window + "号窗口", WindowPhase.CALLING, ticket(number), staff(), seq, null, Instant.now());
    }

    static WindowState phase(int window, WindowPhase phase, long seq, String pauseReason) {
        return new WindowState(window, window + "号窗口", phase, null, staff(), seq, pauseReason, Instant.now());
    }

    static CallAnnouncement call(long seq, String number, int window, boolean recall) {
        return new CallAnnouncement(seq, "20261124-" + number, number, "S1", "社保业务", window, window + "号窗口",
                recall, Instant.now());
    }

    static TicketInfo ticket(String number) {
        return new TicketInfo("20261124-" + number, number, "S1", "社保业务", "Social security", 2, T0);
    }

    static StaffInfo staff() {
        return new StaffInfo("1024", "王芳");
    }

    @Override
    public void close() {
        screens.forEach(DisplayAgent::close);
    }
}

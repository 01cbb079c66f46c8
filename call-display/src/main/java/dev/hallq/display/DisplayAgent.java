package dev.hallq.display;

import dev.hallq.agent.AgentRuntime;
import dev.hallq.agent.HubWatch;
import dev.hallq.agent.mqtt.MqttLink;
import dev.hallq.agent.web.LiveView;
import dev.hallq.display.voice.CallPhrases;
import dev.hallq.display.voice.SpeechOutput;
import dev.hallq.protocol.CallAnnouncement;
import dev.hallq.protocol.DeviceKind;
import dev.hallq.protocol.HallTopics;
import dev.hallq.protocol.ServiceBoard;
import dev.hallq.protocol.Topic;
import dev.hallq.protocol.WindowState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The call-display agent: one process drives a window screen (窗口屏) or the hall screen (综合屏) and, where
 * configured, the hall's announcer (叫号语音). It serves its page, connects in the background, confirms
 * each call it shows (SHOWN) or speaks (SPOKEN), and shows the offline banner whenever the hub cannot be
 * reached or has been silent for too long.
 */
public final class DisplayAgent implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DisplayAgent.class);
    private static final long CHECK_EVERY_MS = 1_000;

    private final DisplaySettings settings;
    private final AgentRuntime runtime;
    private final LiveView live = new LiveView();
    private final Inbound inbound;
    private final HubFreshness freshness;
    private final HubWatch watch;
    private final ScheduledExecutorService scheduler;
    private final WindowScreen windowScreen;
    private final HallScreen hallScreen;
    private final HallAnnouncer announcer;
    private final StaffPhotos photos;
    private final AtomicBoolean closed = new AtomicBoolean();
    private String pageUrl;

    private DisplayAgent(DisplaySettings settings, SpeechOutput speech, Clock clock) {
        this.settings = settings;
        boolean window = settings.role() == ScreenRole.WINDOW;
        this.runtime = new AgentRuntime(settings.agent(), window ? DeviceKind.WINDOW_SCREEN : DeviceKind.HALL_SCREEN,
                settings.window(), clock);
        String id = runtime.deviceId();
        HallTopics topics = runtime.topics();
        MqttLink link = runtime.link();
        this.inbound = new Inbound(id);
        this.freshness = new HubFreshness(id, settings.hubSilence(), clock, view -> live.publish("hub", "hall", view));
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "display-" + id);
            t.setDaemon(true);
            return t;
        });
        CallAcks acks = new CallAcks(link, topics.device(id, Topic.CALL_ACK), clock);
        DisplayConfig config = settings.config();
        // every hub topic counts as hearing from the hub: its status (HubWatch reads it too; hub/+ is another filter
        // than HubWatch's, so both handlers hear it), the heartbeat of this screen's slot, and below, whatever the
        // screen shows
        String hubStatus = topics.hubStatus();
        link.subscribeLatest(hubStatus.substring(0, hubStatus.lastIndexOf('/')) + "/+", (topic, payload) -> freshness.heard());
        link.subscribeLatest(topics.hubBeat(HallTopics.beatSlotOf(id)), (topic, payload) -> freshness.heard());
        this.watch = new HubWatch(link, topics);
        this.photos = new StaffPhotos(config.photos(), watch::publicUrl);
        if (window) {
            windowScreen = new WindowScreen(id, settings.window(), live, acks, inbound, config.citizenName(),
                    photos::url, clock);
            hallScreen = null;
            announcer = null;
            fromHub(topics.windowState(settings.window()), windowScreen::onState);
            link.addConnectionListener(new MqttLink.ConnectionListener() {
                @Override
                public void connected(boolean reconnect) {
                    windowScreen.connected();
                }

                @Override
                public void disconnected(Throwable cause) {
                    windowScreen.disconnected();
                }
            });
        } else {
            CallPhrases phrases = config.voice().phrases();
            announcer = settings.announce()
                    ? new HallAnnouncer(id, speech, phrases, config.voice().maxBacklog(), acks, runtime.status())
                    : null;
            windowScreen = null;
            hallScreen = new HallScreen(id, live, acks, inbound, phrases, announcer, clock);
            fromHub(topics.calls(), hallScreen::onCall);
            fromHub(topics.recentCalls(), hallScreen::onRecentCalls);
            fromHub(topics.services(), hallScreen::onBoard);
        }
    }

    /** Serves the page, starts connecting in the background and returns at once; {@code speech} is used only when announcing. */
    public static DisplayAgent start(DisplaySettings settings, SpeechOutput speech, Clock clock) {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(clock, "clock");
        if (settings.announce()) {
            Objects.requireNonNull(speech, "speech output is required to announce");
        }
        DisplayAgent agent = new DisplayAgent(settings, speech, clock);
        try {
            agent.open();
        } catch (RuntimeException e) {
            agent.close();
            throw e;
        }
        return agent;
    }

    private void open() {
        String id = runtime.deviceId();
        Map<String, Object> screen = new LinkedHashMap<>();
        screen.put("role", settings.role());
        screen.put("deviceId", id);
        if (settings.window() != null) {
            screen.put("window", settings.window());
        }
        live.publish("screen", "this", screen);
        if (hallScreen != null) {
            live.publish("notices", "hall", Map.of("zh", settings.config().notices(), "en", settings.config().noticesEn()));
        }
        freshness.check();
        watch.onChange(freshness::reachable);
        DisplayRoutes routes = new DisplayRoutes(live, this::page, photos);
        pageUrl = runtime.serve(windowScreen != null ? "window-screen" : "hall-screen", routes::register).url();
        scheduler.scheduleAtFixedRate(this::tick, CHECK_EVERY_MS, CHECK_EVERY_MS, TimeUnit.MILLISECONDS);
        runtime.start();
        LOG.info("display {} started as {}{}{}, page {}", id, settings.role(),
                settings.window() != null ? " of window " + settings.window() : "",
                settings.announce() ? " with announcer" : "", pageUrl);
    }

    /** WINDOW role: the latest retained state of its window; empty before it is heard, and for the hall screen. */
    public Optional<WindowState> windowState() {
        return windowScreen == null ? Optional.empty() : windowScreen.state();
    }

    /** WINDOW role: false once the hub has removed the window (or never had it); true for the hall screen. */
    public boolean windowInUse() {
        return windowScreen == null || windowScreen.inUse();
    }

    /** HALL role: the latest calls, newest first, up to 10; empty for a window screen. */
    public List<CallAnnouncement> recentCalls() {
        return hallScreen == null ? List.of() : hallScreen.recentCalls();
    }

    /** Display texts the announcer has spoken, oldest first (e.g. 「请A001号到3号窗口办理」). */
    public List<String> announced() {
        return announcer == null ? List.of() : announcer.announced();
    }

    /** True while the hub is reachable and has been heard from recently: the page shows no offline banner. */
    public boolean hubOnline() {
        return freshness.online();
    }

    public String pageUrl() {
        return pageUrl;
    }

    public AgentRuntime runtime() {
        return runtime;
    }

    /** Re-evaluates the hub's silence and a window's missing state now (the agent also does this every second). */
    void checkSilence() {
        freshness.check();
        if (windowScreen != null) {
            windowScreen.check();
        }
    }

    /** HALL role with announcer: announcements waiting their turn. */
    List<dev.hallq.display.voice.Announcement> announcementsWaiting() {
        return announcer == null ? List.of() : announcer.waiting();
    }

    /** Malformed payloads dropped so far. */
    int malformedDropped() {
        return inbound.dropped();
    }

    /** WINDOW role: states accepted so far (a retained state heard again after a reconnect counts again). */
    int windowStatesHeard() {
        return windowScreen == null ? 0 : windowScreen.statesHeard();
    }

    /**
     * A screen's handlers only read, update what the page shows (pushed to browsers by their own threads) and ack:
     * they never block, so they run as the message arrives (a call is shown and acked a thread hand-off sooner).
     */
    private void fromHub(String topic, MqttLink.MessageHandler handler) {
        runtime.link().subscribeQuick(topic, (t, payload) -> {
            freshness.heard();
            handler.onMessage(t, payload);
        });
    }

    private void tick() {
        try {
            checkSilence();
            if (announcer != null) {
                announcer.checkHealth();
            }
        } catch (RuntimeException e) {
            LOG.error("display {}: periodic check failed", runtime.deviceId(), e);
        }
    }

    private Object page() {
        boolean online = hubOnline();
        if (windowScreen != null) {
            return new DisplayRoutes.WindowPage(ScreenRole.WINDOW, runtime.deviceId(), settings.window(),
                    windowScreen.view().orElse(null), online);
        }
        ServiceBoard board = hallScreen.board().orElse(null);
        return new DisplayRoutes.HallPage(ScreenRole.HALL, runtime.deviceId(), board == null ? null : board.hallName(),
                hallScreen.recentViews(), board, settings.config().notices(), settings.config().noticesEn(), online);
    }

    /** Stops the checks, lets a phrase being spoken finish, says goodbye to the hub and stops the page. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        scheduler.shutdownNow();
        if (announcer != null) {
            announcer.close();
        }
        runtime.close();
        LOG.info("display {} closed", runtime.deviceId());
    }
}

package dev.hallq.evaluator;

import dev.hallq.agent.AgentRuntime;
import dev.hallq.agent.HubWatch;
import dev.hallq.agent.web.LiveView;
import dev.hallq.evaluator.keys.Keypad;
import dev.hallq.protocol.BadPayload;
import dev.hallq.protocol.DeviceKind;
import dev.hallq.protocol.Json;
import dev.hallq.protocol.Reply;
import dev.hallq.protocol.WindowState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * A window's evaluation pad (评价器): staff call numbers with it, citizens rate the service on it (好差评,
 * 一次一评). Physical keys and the page's buttons go through the same handler on the agent's one thread,
 * never on the MQTT delivery thread; timers are measured on the injected clock.
 */
public final class EvaluatorAgent implements AutoCloseable {
    /** How often the agent checks its timers and the keypad's health. */
    static final Duration TICK = Duration.ofMillis(200);
    private static final Logger LOG = LoggerFactory.getLogger(EvaluatorAgent.class);

    private final EvaluatorSettings settings;
    private final Keypad keypad;
    private final AgentRuntime runtime;
    private final ScheduledExecutorService thread;
    private final LiveView live = new LiveView();
    private final PadDesk desk;
    private final HubWatch hub;
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile String pageUrl;
    private dev.hallq.agent.cards.CardReaderWatch<dev.hallq.agent.cards.CardUid> staffCards;

    private EvaluatorAgent(EvaluatorSettings settings, Keypad keypad, Clock clock) {
        this.settings = settings;
        this.keypad = keypad;
        this.runtime = new AgentRuntime(settings.agent(), DeviceKind.EVALUATOR, settings.window(), clock);
        this.thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "pad-" + settings.agent().deviceId());
            t.setDaemon(true);
            return t;
        });
        this.desk = new PadDesk(runtime, settings, keypad, live);
        this.hub = new HubWatch(runtime.link(), runtime.topics());
        runtime.link().subscribe(runtime.topics().windowState(settings.window()), (topic, payload) ->
                read(topic, payload, WindowState.class).ifPresent(state -> onAgentThread("window state", () -> desk.onWindow(state))));
        runtime.link().subscribe(desk.replyTopic(), (topic, payload) ->
                read(topic, payload, Reply.class).ifPresent(reply -> onAgentThread("reply", () -> desk.onReply(reply))));
        runtime.link().addConnectionListener(reconnect -> onAgentThread("resend ratings", desk::resendPending));
    }

    /**
     * Serves the pad page, starts connecting in the background and returns at once. The agent owns the
     * keypad from now on and closes it on {@link #close()}.
     */
    public static EvaluatorAgent start(EvaluatorSettings settings, Keypad keypad, Clock clock) {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(keypad, "keypad");
        Objects.requireNonNull(clock, "clock");
        EvaluatorAgent pad = new EvaluatorAgent(settings, keypad, clock);
        try {
            pad.open();
        } catch (RuntimeException e) {
            pad.close();
            throw e;
        }
        return pad;
    }

    private void open() {
        String id = runtime.deviceId();
        call(() -> {
            desk.open();
            return null;
        }).join();
        hub.showOn(live, "pad " + id);
        keypad.onKey(key -> press(KeyPress.keypad(key)));
        if (settings.staffCards() != null) {
            staffCards = dev.hallq.agent.cards.CardReaders.staffCards(settings.staffCards())
                    .onCard(outcome -> outcome.value().ifPresentOrElse(uid -> logIn(null, null, uid.hex()),
                            () -> LOG.info("pad {}: a card that is no staff card was laid on the reader", id)))
                    .onStatus(st -> {
                        runtime.status().hardware("staffCardReader", st.name());
                        runtime.status().problem("staffCardReader", st.fault() ? st.reason() : null);
                    })
                    .start();
        }
        pageUrl = runtime.serve("pad", new PadRoutes(this, live)::register).url();
        thread.scheduleWithFixedDelay(() -> guarded("tick", desk::tick), TICK.toMillis(), TICK.toMillis(), TimeUnit.MILLISECONDS);
        runtime.start();
        LOG.info("pad {} for window {} started, page {}", id, settings.window(), pageUrl);
    }

    /** The latest retained state of this pad's window; empty until heard. */
    public Optional<WindowState> windowState() {
        return desk.windowState();
    }

    /** What the pad shows now. */
    public PadScreen screen() {
        return desk.screen();
    }

    /** Ratings made here that the hub has not answered yet (kept in the outbox, sent again until it has). */
    public int ratingsWaiting() {
        return desk.ratingsWaiting();
    }

    /** The hub's latest answer to this pad (a staff command or a rating). */
    public Optional<Reply> lastReply() {
        return desk.lastReply();
    }

    public boolean hubOnline() {
        return hub.hubOnline();
    }

    public String pageUrl() {
        return pageUrl;
    }

    public AgentRuntime runtime() {
        return runtime;
    }

    /** A key press from the keypad or the page, handled on the agent thread; completes with whether it counted. */
    CompletableFuture<KeyOutcome> press(KeyPress press) {
        return call(() -> desk.press(press));
    }

    /** 上岗/AB岗 from the page (工号 and PIN) or the staff card reader (UID), on the agent thread. */
    CompletableFuture<KeyOutcome> logIn(String staffNo, String pin, String cardUid) {
        return call(() -> desk.logIn(staffNo, pin, cardUid));
    }

    /** 离岗 from the page, on the agent thread. */
    CompletableFuture<KeyOutcome> logOut() {
        return call(desk::logOut);
    }

    /** Checks the timers now instead of at the next tick (tests moving a clock). */
    CompletableFuture<Void> checkTimers() {
        return call(() -> {
            desk.tick();
            return null;
        });
    }

    /** What the page's {@code GET /api/state} answers, read on the agent thread. */
    CompletableFuture<PadSnapshot> snapshot() {
        return call(() -> new PadSnapshot(settings.window(), runtime.deviceId(), desk.windowState().orElse(null),
                desk.screen(), desk.lastReply().orElse(null), desk.notice().orElse(null), hub.hubOnline(),
                desk.ratingsWaiting()));
    }

    private <T> CompletableFuture<T> call(Supplier<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        try {
            thread.execute(() -> {
                try {
                    result.complete(work.get());
                } catch (RuntimeException e) {
                    LOG.warn("pad {}: work on the agent thread failed", runtime.deviceId(), e);
                    result.completeExceptionally(e);
                }
            });
        } catch (RejectedExecutionException e) {
            result.completeExceptionally(new IllegalStateException("pad " + runtime.deviceId() + " is closed"));
        }
        return result;
    }

    private void onAgentThread(String what, Runnable work) {
        try {
            thread.execute(() -> guarded(what, work));
        } catch (RejectedExecutionException e) {
            LOG.debug("pad {}: {} after close ignored", runtime.deviceId(), what);
        }
    }

    private void guarded(String what, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            LOG.warn("pad {}: handling {} failed", runtime.deviceId(), what, e);
        }
    }

    private <T> Optional<T> read(String topic, byte[] payload, Class<T> type) {
        try {
            return Optional.of(Json.read(payload, type));
        } catch (BadPayload e) {
            LOG.warn("pad {}: unreadable {} on {} ignored: {}", runtime.deviceId(), type.getSimpleName(), topic, e.getMessage());
            return Optional.empty();
        }
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        thread.shutdownNow();
        if (staffCards != null) {
            staffCards.close();
        }
        runtime.close();
        try {
            keypad.close();
        } catch (RuntimeException e) {
            LOG.warn("pad {}: closing the keypad failed: {}", runtime.deviceId(), e.toString());
        }
        LOG.info("pad {} closed", runtime.deviceId());
    }
}

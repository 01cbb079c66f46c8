package dev.hallq.evaluator;

import dev.hallq.agent.AgentRuntime;
import dev.hallq.agent.web.LiveView;
import dev.hallq.evaluator.keys.Keypad;
import dev.hallq.evaluator.keys.KeypadHealth;
import dev.hallq.evaluator.keys.PadKey;
import dev.hallq.protocol.Json;
import dev.hallq.protocol.RatingSubmission;
import dev.hallq.protocol.Reply;
import dev.hallq.protocol.StaffAction;
import dev.hallq.protocol.StaffCommand;
import dev.hallq.protocol.TicketInfo;
import dev.hallq.protocol.Topic;
import dev.hallq.protocol.WindowPhase;
import dev.hallq.protocol.WindowState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The pad's behaviour, run on the agent's one thread only: every key press (physical or from the page),
 * every window state and hub reply, and the timers. Staff keys become {@link StaffCommand}s, rating keys a
 * single {@link RatingSubmission} per ticket while the pad asks for it; the screen, the rating-key LEDs and
 * the page follow. What other threads read is published through volatile fields.
 */
final class PadDesk {
    static final String DEFAULT_PAUSE_REASON = "暂停服务";
    static final String RATING = "RATING";
    private static final Logger LOG = LoggerFactory.getLogger(PadDesk.class);

    private final AgentRuntime runtime;
    private final int window;
    private final Keypad keypad;
    private final LiveView live;
    private final ScreenFlow flow;
    private final HubAnswers answers;
    private final String commandTopic;
    private final String ratingTopic;
    private final String replyTopic;
    private volatile WindowState windowState;
    private volatile PadScreen screen = PadScreen.STAFF;
    private volatile Reply lastReply;
    private volatile PadNotice notice;
    private KeypadHealth keypadHealth;
    private final RatingOutbox outbox;
    private final Map<String, Instant> lastSent = new java.util.HashMap<>();

    PadDesk(AgentRuntime runtime, EvaluatorSettings settings, Keypad keypad, LiveView live) {
        this.runtime = runtime;
        this.window = settings.window();
        this.keypad = keypad;
        this.live = live;
        this.flow = new ScreenFlow(window, settings.ratingTimeout());
        this.answers = new HubAnswers(settings.replyTimeout());
        this.commandTopic = runtime.topics().device(runtime.deviceId(), Topic.STAFF_COMMAND);
        this.ratingTopic = runtime.topics().device(runtime.deviceId(), Topic.RATING);
        this.replyTopic = runtime.topics().device(runtime.deviceId(), Topic.REPLY);
        this.outbox = new RatingOutbox(settings.outbox());
        this.resendAfter = settings.replyTimeout().multipliedBy(2);
    }

    private final java.time.Duration resendAfter;

    /**
     * 上岗 at this pad: with a staff card's UID (tapped on the pad's reader) or a 工号 and PIN (typed on the page).
     * A closed window is logged in; a staffed one is handed over to the card's or number's holder (AB岗). The hub
     * checks who it is; the pad never knows PINs or cards.
     */
    KeyOutcome logIn(String staffNo, String pin, String cardUid) {
        WindowState state = windowState;
        boolean closed = state == null || state.phase() == dev.hallq.protocol.WindowPhase.CLOSED;
        StaffAction action = closed ? StaffAction.LOG_IN : StaffAction.HAND_OVER;
        StaffCommand command;
        try {
            command = new StaffCommand(dev.hallq.protocol.Schema.VERSION, newRequestId(), replyTopic, window, action, null,
                    null, null, null, staffNo, pin, cardUid);
        } catch (IllegalArgumentException e) {
            return KeyOutcome.ignored(e.getMessage());
        }
        runtime.link().publish(commandTopic, Json.write(command), false);
        answers.sent(command.requestId(), action.name(), runtime.clock().instant());
        LOG.info("pad {} window {}: {} by {} request {}", runtime.deviceId(), window, action,
                cardUid != null ? "staff card " + cardUid : "工号 " + staffNo + (pin == null ? "" : " and PIN"),
                command.requestId());
        return KeyOutcome.yes();
    }

    /** 离岗: the staff member logs out at this pad; the window closes (the hub refuses while a ticket is held). */
    KeyOutcome logOut() {
        StaffCommand command = new StaffCommand(newRequestId(), replyTopic, window, StaffAction.LOG_OUT, null);
        runtime.link().publish(commandTopic, Json.write(command), false);
        answers.sent(command.requestId(), StaffAction.LOG_OUT.name(), runtime.clock().instant());
        LOG.info("pad {} window {}: LOG_OUT request {}", runtime.deviceId(), window, command.requestId());
        return KeyOutcome.yes();
    }

    /** Sends every rating the hub has not answered yet: at each (re)connect, and from {@link #tick} while unanswered. */
    void resendPending() {
        Instant now = runtime.clock().instant();
        for (RatingSubmission r : outbox.pending()) {
            publishRating(r, now);
        }
    }

    private void publishRating(RatingSubmission r, Instant now) {
        RatingSubmission toUs = r.replyTo() != null && r.replyTo().equals(replyTopic) ? r
                : new RatingSubmission(r.schema(), r.requestId(), replyTopic, r.ticketId(), r.window(), r.level(),
                r.reasons(), r.comment(), r.ratedAt());
        runtime.link().publish(ratingTopic, Json.write(toUs), false);
        lastSent.put(r.requestId(), now);
    }

    /** Ratings kept for the hub that it has not answered yet. */
    int ratingsWaiting() {
        return outbox.pending().size();
    }

    String replyTopic() {
        return replyTopic;
    }

    /** Shows the staff screen with the LEDs off and reports the keypad's health. */
    void open() {
        showScreen();
        checkKeypad();
    }

    KeyOutcome press(KeyPress press) {
        return press.key().isRatingKey() ? rate(press) : staff(press);
    }

    void onWindow(WindowState state) {
        if (state.window() != window) {
            LOG.warn("pad {}: state of window {} ignored, this pad is window {}", runtime.deviceId(), state.window(), window);
            return;
        }
        windowState = state;
        live.publish("window", Integer.toString(window), state);
        if (flow.onWindow(state, runtime.clock().instant())) {
            showScreen();
        }
    }

    void onReply(Reply reply) {
        lastReply = reply;
        if (outbox.holds(reply.requestId()) && (reply.ok() || reply.error() != dev.hallq.protocol.ErrorCode.INTERNAL_ERROR)) {
            outbox.delivered(reply.requestId());
            lastSent.remove(reply.requestId());
        }
        PadNotice heard = answers.answered(reply, runtime.clock().instant());
        if (reply.ok()) {
            LOG.info("pad {}: hub did {} (request {})", runtime.deviceId(), heard.action(), reply.requestId());
        } else {
            LOG.info("pad {}: hub refused {} (request {}): {} {}", runtime.deviceId(), heard.action(),
                    reply.requestId(), reply.error(), reply.message());
        }
        show(heard);
    }

    /** Ends screens and waits whose time is up, and rechecks the keypad. */
    void tick() {
        Instant now = runtime.clock().instant();
        if (flow.tick(now)) {
            showScreen();
        }
        answers.expired(now).forEach(this::show);
        for (RatingSubmission r : outbox.pending()) {
            Instant sent = lastSent.get(r.requestId());
            if (sent == null || !now.isBefore(sent.plus(resendAfter))) {
                publishRating(r, now);
            }
        }
        checkKeypad();
    }

    Optional<WindowState> windowState() {
        return Optional.ofNullable(windowState);
    }

    PadScreen screen() {
        return screen;
    }

    Optional<Reply> lastReply() {
        return Optional.ofNullable(lastReply);
    }

    Optional<PadNotice> notice() {
        return Optional.ofNullable(notice);
    }

    private KeyOutcome staff(KeyPress press) {
        WindowState state = windowState;
        StaffAction action = switch (press.key()) {
            case NEXT -> StaffAction.NEXT;
            case RECALL -> StaffAction.RECALL;
            case NO_SHOW -> StaffAction.NO_SHOW;
            case FINISH -> StaffAction.FINISH;
            case PAUSE_RESUME -> state != null && state.phase() == WindowPhase.PAUSED ? StaffAction.RESUME : StaffAction.PAUSE;
            default -> throw new IllegalArgumentException(press.key() + " is not a staff key");
        };
        String reason = action == StaffAction.PAUSE
                ? (press.pauseReason() == null ? DEFAULT_PAUSE_REASON : press.pauseReason()) : null;
        StaffCommand command = new StaffCommand(newRequestId(), replyTopic, window, action, reason);
        runtime.link().publish(commandTopic, Json.write(command), false);
        answers.sent(command.requestId(), action.name(), runtime.clock().instant());
        LOG.info("pad {} window {}: {} key ({}) → {}{} request {}", runtime.deviceId(), window, press.key(),
                press.source(), action, reason == null ? "" : " " + reason, command.requestId());
        return KeyOutcome.yes();
    }

    private KeyOutcome rate(KeyPress press) {
        Optional<TicketInfo> asking = flow.asking();
        if (flow.screen() != PadScreen.RATE || asking.isEmpty()) {
            WindowState state = windowState;
            boolean ratedHere = state != null && state.ticket() != null && flow.closed(state.ticket().id());
            String why = ratedHere || flow.screen() == PadScreen.THANKS
                    ? "this service has already been rated or its rating time is over (一次一评)"
                    : "no rating is asked for now (the pad shows " + flow.screen() + ")";
            LOG.info("pad {} window {}: rating key {} ({}) ignored: {}", runtime.deviceId(), window, press.key(),
                    press.source(), why);
            return KeyOutcome.ignored(why);
        }
        TicketInfo ticket = asking.get();
        Instant now = runtime.clock().instant();
        RatingSubmission rating = new RatingSubmission(newRequestId(), replyTopic, ticket.id(), window,
                KeyPress.level(press.key()), press.reasons(), press.comment(), now);
        flow.rated(now);
        showScreen();
        outbox.keep(rating);
        publishRating(rating, now);
        answers.sent(rating.requestId(), RATING, now);
        LOG.info("pad {} window {}: ticket {} rated {} ({}), reasons {}, request {}", runtime.deviceId(), window,
                ticket.number(), rating.level(), press.source(), rating.reasons(), rating.requestId());
        return KeyOutcome.yes();
    }

    private void showScreen() {
        PadScreen now = flow.screen();
        boolean lit = now == PadScreen.RATE;
        if (screen != now) {
            LOG.debug("pad {}: screen {} → {}", runtime.deviceId(), screen, now);
        }
        screen = now;
        for (PadKey key : PadKey.ratingKeys()) {
            try {
                keypad.light(key, lit);
            } catch (RuntimeException e) {
                LOG.warn("pad {}: LED of {} could not be set {}", runtime.deviceId(), key, lit ? "on" : "off", e);
            }
        }
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("screen", now);
        view.put("window", window);
        view.put("deviceId", runtime.deviceId());
        view.put("ticketNumber", flow.asking().map(TicketInfo::number).orElse(null));
        live.publish("screen", "pad", view);
    }

    private void show(PadNotice heard) {
        notice = heard;
        live.publish("reply", "pad", heard.json());
    }

    private void checkKeypad() {
        KeypadHealth health = keypad.health();
        if (health.equals(keypadHealth)) {
            return;
        }
        keypadHealth = health;
        if (health.isOk()) {
            LOG.info("pad {}: keypad OK", runtime.deviceId());
        } else {
            LOG.warn("pad {}: keypad fault: {}", runtime.deviceId(), health.reason());
        }
        runtime.status().hardware("keypad", health.status().name());
        runtime.status().problem("keypad", health.isOk() ? null : health.reason());
    }

    private static String newRequestId() {
        return UUID.randomUUID().toString();
    }
}

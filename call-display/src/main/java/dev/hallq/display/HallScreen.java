package dev.hallq.display;

import dev.hallq.agent.web.LiveView;
import dev.hallq.display.voice.CallPhrases;
import dev.hallq.protocol.CallAnnouncement;
import dev.hallq.protocol.RecentCalls;
import dev.hallq.protocol.ServiceBoard;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The hall screen (综合屏): the latest calls (live calls on top, the hub's retained list as the resync after
 * a (re)connect), the waiting count per service, and each new call handed to the announcer when there is
 * one. A live call is shown, acknowledged and spoken once, however often it is delivered.
 *
 * <p>The first recent-calls list heard is history (up to the first live call, when one came first): shown, never
 * acknowledged or spoken. A later list (the hub sends
 * one after every call, and the broker hands the retained one over after a reconnect) may hold calls this screen
 * never heard live, because its link was down when they were made: those called within {@link #CATCH_UP} are
 * handled as live calls, oldest first (shown, acknowledged SHOWN, spoken); older ones are only listed, since a
 * call announced minutes late would send people to windows that have moved on.
 */
final class HallScreen {
    static final int RECENT = 10;
    static final Duration CATCH_UP = Duration.ofMinutes(2);
    private static final Logger LOG = LoggerFactory.getLogger(HallScreen.class);
    private static final int REMEMBER_SEQS = 1_000;

    private final String deviceId;
    private final LiveView live;
    private final CallAcks acks;
    private final Inbound inbound;
    private final HallAnnouncer announcer;
    private final CallPhrases phrases;
    private final Clock clock;
    private final RecentCallList recent = new RecentCallList(RECENT);
    private final SeenCalls seen = new SeenCalls(REMEMBER_SEQS);
    private ServiceBoard board;
    private Long history; // anything up to this seq was called before this screen was listening
    private Long highestLive; // newest seq heard live

    /** @param announcer null when this screen does not speak */
    HallScreen(String deviceId, LiveView live, CallAcks acks, Inbound inbound, CallPhrases phrases,
               HallAnnouncer announcer, Clock clock) {
        this.deviceId = deviceId;
        this.live = live;
        this.acks = acks;
        this.inbound = inbound;
        this.phrases = phrases;
        this.announcer = announcer;
        this.clock = clock;
    }

    synchronized void onCall(String topic, byte[] payload) {
        Optional<CallAnnouncement> read = inbound.read(topic, payload, CallAnnouncement.class);
        if (read.isEmpty()) {
            return;
        }
        CallAnnouncement call = read.get();
        if (!seen.firstTime(call.seq())) {
            LOG.debug("display {}: call #{} heard again, ignored", deviceId, call.seq());
            return;
        }
        highestLive = highestLive == null ? call.seq() : Math.max(highestLive, call.seq());
        recent.add(call);
        publishRecent();
        handle(call, "shows");
    }

    synchronized void onRecentCalls(String topic, byte[] payload) {
        Optional<RecentCalls> read = inbound.read(topic, payload, RecentCalls.class);
        if (read.isEmpty()) {
            return;
        }
        List<CallAnnouncement> calls = read.get().calls();
        if (history == null) {
            // before any live call, the list is what happened before this screen started; after one, only what
            // came before that call is
            history = highestLive != null ? highestLive : calls.stream().mapToLong(CallAnnouncement::seq).max().orElse(0);
            calls.stream().filter(c -> c.seq() <= history).forEach(c -> seen.firstTime(c.seq()));
        }
        List<CallAnnouncement> missed = calls.stream()
                .filter(c -> c.seq() > history && !seen.contains(c.seq()))
                .sorted(Comparator.comparingLong(CallAnnouncement::seq)).toList();
        for (CallAnnouncement call : missed) {
            seen.firstTime(call.seq());
            if (Duration.between(call.calledAt(), clock.instant()).compareTo(CATCH_UP) <= 0) {
                handle(call, "missed live, catches up on");
            } else {
                LOG.info("display {}: call #{} {} was missed live and is older than {} s: listed, not announced",
                        deviceId, call.seq(), call.ticketNumber(), CATCH_UP.toSeconds());
            }
        }
        recent.resync(calls);
        publishRecent();
        LOG.debug("display {}: resynced {} recent calls from the hub", deviceId, calls.size());
    }

    synchronized void onBoard(String topic, byte[] payload) {
        Optional<ServiceBoard> read = inbound.read(topic, payload, ServiceBoard.class);
        if (read.isEmpty()) {
            return;
        }
        board = read.get();
        live.publish("board", "hall", board);
        LOG.debug("display {}: board of {} services", deviceId, board.services().size());
    }

    synchronized List<CallAnnouncement> recentCalls() {
        return recent.calls();
    }

    synchronized List<CallView> recentViews() {
        return recent.calls().stream().map(c -> CallView.of(c, phrases)).toList();
    }

    synchronized Optional<ServiceBoard> board() {
        return Optional.ofNullable(board);
    }

    private void handle(CallAnnouncement call, String how) {
        live.announce("call", CallView.of(call, phrases));
        acks.shown(call.seq());
        LOG.info("display {}: {} call #{} {} → window {}{}", deviceId, how, call.seq(), call.ticketNumber(),
                call.window(), call.recall() ? " (recall)" : "");
        if (announcer != null) {
            announcer.offer(call);
        }
    }

    private void publishRecent() {
        live.publish("recent", "hall", recent.calls().stream().map(c -> CallView.of(c, phrases)).toList());
    }
}

package dev.hallq.display;

import dev.hallq.agent.web.LiveView;
import dev.hallq.display.voice.CallPhrases;
import dev.hallq.protocol.CallAnnouncement;
import dev.hallq.protocol.RecentCalls;
import dev.hallq.protocol.ServiceBoard;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Optional;

/**
 * The hall screen (综合屏): the latest calls (live calls on top, the hub's retained list as the resync after
 * a (re)connect), the waiting count per service, and each new call handed to the announcer when there is
 * one. A live call is shown, acknowledged and spoken once, however often it is delivered.
 */
final class HallScreen {
    static final int RECENT = 10;
    private static final Logger LOG = LoggerFactory.getLogger(HallScreen.class);
    private static final int REMEMBER_SEQS = 1_000;

    private final String deviceId;
    private final LiveView live;
    private final CallAcks acks;
    private final Inbound inbound;
    private final HallAnnouncer announcer;
    private final CallPhrases phrases;
    private final RecentCallList recent = new RecentCallList(RECENT);
    private final SeenCalls seen = new SeenCalls(REMEMBER_SEQS);
    private ServiceBoard board;

    /** @param announcer null when this screen does not speak */
    HallScreen(String deviceId, LiveView live, CallAcks acks, Inbound inbound, CallPhrases phrases,
               HallAnnouncer announcer) {
        this.deviceId = deviceId;
        this.live = live;
        this.acks = acks;
        this.inbound = inbound;
        this.phrases = phrases;
        this.announcer = announcer;
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
        recent.add(call);
        publishRecent();
        live.announce("call", CallView.of(call, phrases));
        if (board != null) {
            live.publish("board", "hall", board);
        }
        acks.shown(call.seq());
        LOG.info("display {}: shows call #{} {} → window {}{}", deviceId, call.seq(), call.ticketNumber(),
                call.window(), call.recall() ? " (recall)" : "");
        if (announcer != null) {
            announcer.offer(call);
        }
    }

    synchronized void onRecentCalls(String topic, byte[] payload) {
        Optional<RecentCalls> read = inbound.read(topic, payload, RecentCalls.class);
        if (read.isEmpty()) {
            return;
        }
        recent.resync(read.get().calls());
        publishRecent();
        LOG.info("display {}: resynced {} recent calls from the hub", deviceId, read.get().calls().size());
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

    private void publishRecent() {
        live.publish("recent", "hall", recent.calls().stream().map(c -> CallView.of(c, phrases)).toList());
    }
}

package dev.hallq.evaluator;

import dev.hallq.protocol.Reply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pad's requests still waiting for the hub, matched to replies by request id; a request not answered
 * within the reply timeout becomes a {@link PadNotice#NO_ANSWER} notice. Time is the injected clock's.
 * Not thread-safe: the agent thread alone drives it.
 */
final class HubAnswers {
    private static final Logger LOG = LoggerFactory.getLogger(HubAnswers.class);
    private static final int LONGEST_LIST = 256;

    private record Asked(String action, Instant deadline) {
    }

    private final Duration timeout;
    private final Map<String, Asked> waiting = new LinkedHashMap<>();
    private final Map<String, String> givenUp = new LinkedHashMap<>();

    HubAnswers(Duration timeout) {
        this.timeout = timeout;
    }

    void sent(String requestId, String action, Instant now) {
        waiting.put(requestId, new Asked(action, now.plus(timeout)));
        trim(waiting);
    }

    /** The notice for a reply; a reply to a request already given up on still replaces the no-answer notice. */
    PadNotice answered(Reply reply, Instant now) {
        String id = reply.requestId();
        Asked asked = id == null ? null : waiting.remove(id);
        String action = asked != null ? asked.action() : id == null ? null : givenUp.remove(id);
        if (asked == null && action != null) {
            LOG.info("late reply to {} request {}: ok={} {}", action, id, reply.ok(), reply.error());
        } else if (asked == null) {
            LOG.info("reply to a request this pad is not waiting for ({}): ok={} {}", id, reply.ok(), reply.error());
        }
        return PadNotice.of(reply, action, now);
    }

    /** Requests whose time ran out, as no-answer notices, oldest first. */
    List<PadNotice> expired(Instant now) {
        List<PadNotice> notices = new ArrayList<>();
        Iterator<Map.Entry<String, Asked>> it = waiting.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<String, Asked> e = it.next();
            if (!now.isBefore(e.getValue().deadline())) {
                it.remove();
                givenUp.put(e.getKey(), e.getValue().action());
                trim(givenUp);
                LOG.warn("no reply from the hub within {} ms to {} request {}", timeout.toMillis(),
                        e.getValue().action(), e.getKey());
                notices.add(PadNotice.noAnswer(e.getKey(), e.getValue().action(), timeout, now));
            }
        }
        return notices;
    }

    int waiting() {
        return waiting.size();
    }

    private static void trim(Map<String, ?> map) {
        Iterator<String> oldest = map.keySet().iterator();
        while (map.size() > LONGEST_LIST && oldest.hasNext()) {
            oldest.next();
            oldest.remove();
        }
    }
}

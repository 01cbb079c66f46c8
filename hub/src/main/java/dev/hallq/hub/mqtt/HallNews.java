package dev.hallq.hub.mqtt;

import dev.hallq.agent.mqtt.MqttLink;
import dev.hallq.agent.web.LiveView;
import dev.hallq.hub.devices.DeviceRegistry;
import dev.hallq.hub.metrics.HubMetrics;
import dev.hallq.hub.queue.CallRecord;
import dev.hallq.hub.queue.Ticket;
import dev.hallq.hub.queue.TicketState;
import dev.hallq.hub.queue.WindowDesk;
import dev.hallq.protocol.CallAnnouncement;
import dev.hallq.protocol.HallTopics;
import dev.hallq.protocol.Json;
import dev.hallq.protocol.PrintJob;
import dev.hallq.protocol.RecentCalls;
import dev.hallq.protocol.Reply;
import dev.hallq.protocol.ServiceBoard;
import dev.hallq.protocol.ServiceQueue;
import dev.hallq.protocol.Topic;
import dev.hallq.protocol.WindowState;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Tells the hall what changed, after it is stored: retained window states, the call stream and the
 * recent-calls list, the service board, replies and print jobs over MQTT; the same news to the hub's
 * own pages. Each method composes its payload at once, from the state as of that step, and hands the
 * sending to {@code later} (the desk sends it once the batch is stored). Desk thread only.
 */
public final class HallNews {
    static final int RECENT_CALLS = 10;

    private final MqttLink link;
    private final HallTopics topics;
    private final HallViews views;
    private final LiveView web;
    private final HubMetrics metrics;
    private final List<CallAnnouncement> recent = new ArrayList<>();
    private final Consumer<Runnable> later;
    private final Consumer<Runnable> lastly;
    private final Consumer<Runnable> ifNotStored;
    private boolean boardLinedUp;

    public HallNews(MqttLink link, HallTopics topics, HallViews views, LiveView web, HubMetrics metrics,
                    List<CallAnnouncement> recentCalls, Consumer<Runnable> later, Consumer<Runnable> lastly,
                    Consumer<Runnable> ifNotStored) {
        this.later = later;
        this.lastly = lastly;
        this.ifNotStored = ifNotStored;
        this.link = link;
        this.topics = topics;
        this.views = views;
        this.web = web;
        this.metrics = metrics;
        this.recent.addAll(recentCalls);
    }

    /** Publishes everything retained again, e.g. after (re)connecting to the broker. */
    public void everything() {
        views.windows().forEach(this::window);
        board();
        guides();
        byte[] calls = Json.write(new RecentCalls(recent));
        later.accept(() -> link.publish(topics.recentCalls(), calls, true));
    }

    public void window(WindowDesk desk) {
        window(views.window(desk));
    }

    private void window(WindowState state) {
        byte[] json = Json.write(state);
        later.accept(() -> {
            link.publish(topics.windowState(state.window()), json, true);
            web.publish("window", Integer.toString(state.window()), state);
        });
    }

    /** A window removed from the hall: its retained state is cleared, so no screen shows it again. */
    public void windowGone(int number) {
        later.accept(() -> link.publish(topics.windowState(number), new byte[0], true));
    }

    /** A call: on the call stream for announcers and hall screens, and in the retained recent list. */
    public void call(CallRecord call, Ticket ticket) {
        CallAnnouncement announcement = views.call(call, ticket);
        recent.add(0, announcement);
        while (recent.size() > RECENT_CALLS) {
            recent.remove(recent.size() - 1);
        }
        byte[] one = Json.write(announcement);
        byte[] list = Json.write(new RecentCalls(recent));
        later.accept(() -> {
            link.publish(topics.calls(), one, false);
            link.publish(topics.recentCalls(), list, true);
            web.announce("call", announcement);
        });
    }

    /** The services' guides, retained: at start-up and after the configuration changes. */
    public void guides() {
        byte[] json = Json.write(views.guides());
        later.accept(() -> link.publish(topics.guides(), json, true));
    }

    /**
     * The services' board, retained. Made once per stored batch, after all its other announcements (calls, window
     * states, replies), from the hall as the whole batch left it: a batch of ten tickets and two
     * calls computes one board, not twelve, and the call does not wait for any.
     */
    public void board() {
        if (boardLinedUp) {
            return;
        }
        boardLinedUp = true;
        ifNotStored.accept(() -> boardLinedUp = false); // the next batch lines up its own
        lastly.accept(() -> {
            boardLinedUp = false;
            ServiceBoard board = views.board();
            link.publish(topics.services(), Json.write(board), true);
            web.publish("board", "hall", board);
            for (ServiceQueue s : board.services()) {
                metrics.waiting(s.id(), s.waiting());
            }
        });
    }

    /**
     * A ticket row for the live table on the hub's page. An ended ticket's row is its last word: pages showing it
     * hear it, newcomers read today's tickets from {@code /api/tickets} instead of a replay of every ticket since the
     * hub started.
     */
    public void ticket(TicketRow row) {
        boolean ended = TicketState.valueOf(row.state()).isTerminal();
        later.accept(() -> web.publish("ticket", row.id(), row, ended));
    }

    public void device(DeviceRegistry.DeviceView device) {
        web.publish("device", device.id(), device);
    }

    /** A reply once the step it answers is stored. */
    public void reply(String topic, Reply reply) {
        byte[] json = Json.write(reply);
        later.accept(() -> link.publish(topic, json, false));
    }

    /** A reply now: for requests refused before they changed anything, and for failed batches. */
    public void replyNow(String topic, Reply reply) {
        link.publish(topic, Json.write(reply), false);
    }

    private java.util.function.Predicate<String> printers = printer -> true;

    /** Print jobs go only to printers this admits: a revoked printer gets none. */
    public void printOnlyTo(java.util.function.Predicate<String> admitted) {
        this.printers = admitted;
    }

    public void printJob(String printerId, PrintJob job) {
        if (!printers.test(printerId)) {
            org.slf4j.LoggerFactory.getLogger(HallNews.class).warn("print job {} not sent: printer {} is refused",
                    job.jobId(), printerId);
            return;
        }
        byte[] json = Json.write(job);
        later.accept(() -> link.publish(topics.device(printerId, Topic.PRINT_JOB), json, false));
    }
}

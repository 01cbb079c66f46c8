package dev.hallq.hub.mqtt;

import dev.hallq.agent.mqtt.MqttLink;
import dev.hallq.agent.web.LiveView;
import dev.hallq.hub.devices.DeviceRegistry;
import dev.hallq.hub.metrics.HubMetrics;
import dev.hallq.hub.queue.CallRecord;
import dev.hallq.hub.queue.Ticket;
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

/**
 * Tells the hall what changed, after it is stored: retained window states, the call stream and the
 * recent-calls list, the service board, replies and print jobs over MQTT; the same news to the hub's
 * own pages. Desk thread only.
 */
public final class HallNews {
    static final int RECENT_CALLS = 10;

    private final MqttLink link;
    private final HallTopics topics;
    private final HallViews views;
    private final LiveView web;
    private final HubMetrics metrics;
    private final List<CallAnnouncement> recent = new ArrayList<>();

    public HallNews(MqttLink link, HallTopics topics, HallViews views, LiveView web, HubMetrics metrics,
                    List<CallAnnouncement> recentCalls) {
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
        link.publish(topics.recentCalls(), Json.write(new RecentCalls(recent)), true);
    }

    public void window(WindowDesk desk) {
        window(views.window(desk));
    }

    private void window(WindowState state) {
        link.publish(topics.windowState(state.window()), Json.write(state), true);
        web.publish("window", Integer.toString(state.window()), state);
    }

    /** A call: on the call stream for announcers and hall screens, and in the retained recent list. */
    public void call(CallRecord call, Ticket ticket) {
        CallAnnouncement announcement = views.call(call, ticket);
        link.publish(topics.calls(), Json.write(announcement), false);
        recent.add(0, announcement);
        while (recent.size() > RECENT_CALLS) {
            recent.remove(recent.size() - 1);
        }
        link.publish(topics.recentCalls(), Json.write(new RecentCalls(recent)), true);
        web.announce("call", announcement);
    }

    public void board() {
        ServiceBoard board = views.board();
        link.publish(topics.services(), Json.write(board), true);
        web.publish("board", "hall", board);
        for (ServiceQueue s : board.services()) {
            metrics.waiting(s.id(), s.waiting());
        }
    }

    /** A ticket row for the live table on the hub's page. */
    public void ticket(TicketRow row) {
        web.publish("ticket", row.id(), row);
    }

    public void device(DeviceRegistry.DeviceView device) {
        web.publish("device", device.id(), device);
    }

    public void reply(String topic, Reply reply) {
        link.publish(topic, Json.write(reply), false);
    }

    public void printJob(String printerId, PrintJob job) {
        link.publish(topics.device(printerId, Topic.PRINT_JOB), Json.write(job), false);
    }
}

package dev.hallq.hub.store;

import dev.hallq.hub.queue.CallRecord;
import dev.hallq.hub.queue.HallEvent;
import dev.hallq.hub.queue.Ticket;
import dev.hallq.hub.queue.WindowDesk;

import java.util.List;

/** Everything one staff action changes, stored in one transaction. */
public record Change(List<Ticket> tickets, List<WindowDesk> windows, List<CallRecord> calls, List<HallEvent> events) {
    public Change {
        tickets = List.copyOf(tickets);
        windows = List.copyOf(windows);
        calls = List.copyOf(calls);
        events = List.copyOf(events);
    }
}

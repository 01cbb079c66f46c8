package dev.hallq.printer;

import dev.hallq.printer.ticket.PaperWidth;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The tickets this printer printed: the latest {@link #KEPT} with their bytes (and their images,
 * drawn once when first asked for), and the delivery keys of many more jobs, so that a job the
 * broker delivers again is recognised and not printed twice.
 */
final class PrintedTickets {
    static final int KEPT = 50;
    static final int REMEMBERED_JOB_IDS = 2_000;

    private final PaperWidth paper;
    private final Deque<PrintedTicket> latest = new ArrayDeque<>();
    /** By the printed ticket itself: a reprint sent under its first job's id has an image of its own. */
    private final Map<PrintedTicket, byte[]> images = new IdentityHashMap<>();
    private final Map<String, Boolean> jobIds = new LinkedHashMap<>(256, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > REMEMBERED_JOB_IDS;
        }
    };

    PrintedTickets(PaperWidth paper) {
        this.paper = paper;
    }

    /** @param deliveryKey what a delivery of the same job again would carry (see {@link JobTickets#deliveryKey}) */
    synchronized void add(PrintedTicket ticket, String deliveryKey) {
        jobIds.put(deliveryKey, Boolean.TRUE);
        latest.addFirst(ticket);
        while (latest.size() > KEPT) {
            images.remove(latest.removeLast());
        }
    }

    synchronized boolean wasPrinted(String deliveryKey) {
        return jobIds.containsKey(deliveryKey);
    }

    /** Newest first. */
    synchronized List<PrintedTicket> latest() {
        return List.copyOf(latest);
    }

    /** The newest print of that job. */
    synchronized Optional<PrintedTicket> find(String jobId) {
        return latest.stream().filter(t -> t.jobId().equals(jobId)).findFirst();
    }

    synchronized Optional<PrintedTicket> newest() {
        return Optional.ofNullable(latest.peekFirst());
    }

    /** The ticket's paper as PNG, kept while the ticket is among the latest. */
    byte[] image(PrintedTicket ticket) {
        synchronized (this) {
            byte[] drawn = images.get(ticket);
            if (drawn != null) {
                return drawn;
            }
        }
        byte[] png = ticket.png(paper);
        synchronized (this) {
            if (latest.stream().anyMatch(t -> t == ticket)) {
                images.put(ticket, png);
            }
        }
        return png;
    }
}

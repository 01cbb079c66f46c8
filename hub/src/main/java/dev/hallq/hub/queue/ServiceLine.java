package dev.hallq.hub.queue;

import dev.hallq.hub.config.QueuePolicy;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The waiting line of one service, in order of place ({@code queuedAt}, then number), and the rule for
 * who is called next at a window:
 * <ol>
 *   <li>a ticket transferred to that very window;</li>
 *   <li>a checked-in appointment (预约) whose slot has begun, earliest slot first;</li>
 *   <li>a priority ticket (绿色通道) — unless {@code priorityInARow} priority tickets were just called in a
 *       row while normal tickets wait, or the longest-waiting normal ticket has waited
 *       {@code normalMaxWait} or longer: then that normal ticket;</li>
 *   <li>else first come, first served.</li>
 * </ol>
 * Tickets transferred to another window are skipped by everyone else.
 */
final class ServiceLine {
    private static final Comparator<Ticket> PLACE = Comparator.comparing(Ticket::queuedAt)
            .thenComparingInt(Ticket::sequence).thenComparing(Ticket::id);

    private final TreeSet<Ticket> line = new TreeSet<>(PLACE);
    private final Map<String, Ticket> byId = new HashMap<>();
    private int priorityRun;

    void put(Ticket t) {
        remove(t.id());
        line.add(t);
        byId.put(t.id(), t);
    }

    void remove(String ticketId) {
        Ticket old = byId.remove(ticketId);
        if (old != null) {
            line.remove(old);
        }
    }

    boolean contains(String ticketId) {
        return byId.containsKey(ticketId);
    }

    int size() {
        return line.size();
    }

    int countOfBundle(String bundleId) {
        return (int) line.stream().filter(t -> bundleId.equals(t.bundleId())).count();
    }

    /** The ticket of this line that has waited longest since it was issued (a rejoined ticket keeps its issue time). */
    Optional<Ticket> longestWaiting() {
        return line.stream().min(Comparator.comparing(Ticket::issuedAt));
    }

    /** How many wait ahead of a ticket in this line. */
    int ahead(String ticketId) {
        Ticket t = byId.get(ticketId);
        return t == null ? 0 : line.headSet(t).size();
    }

    /** Who {@code window} calls next from this line under {@code policy}, if anyone. */
    Optional<Ticket> next(int window, QueuePolicy policy, Instant now) {
        Ticket reserved = null;
        Ticket appointment = null;
        Ticket priority = null;
        Ticket normal = null;
        for (Ticket t : line) {
            if (t.reservedWindow() != null) {
                if (t.reservedWindow() == window && reserved == null) {
                    reserved = t;
                }
                continue;
            }
            if (t.appointmentAt() != null && !t.appointmentAt().isAfter(now)) {
                if (appointment == null || t.appointmentAt().isBefore(appointment.appointmentAt())) {
                    appointment = t;
                }
                continue;
            }
            if (t.priority() && priority == null) {
                priority = t;
            } else if (!t.priority() && normal == null) {
                normal = t;
            }
        }
        if (reserved != null) {
            return Optional.of(reserved);
        }
        if (appointment != null) {
            return Optional.of(appointment);
        }
        if (priority == null || normal == null) {
            return Optional.ofNullable(priority != null ? priority : normal);
        }
        boolean normalWaitedTooLong = Duration.between(normal.queuedAt(), now).compareTo(policy.normalMaxWait()) >= 0;
        return Optional.of(priorityRun >= policy.priorityInARow() || normalWaitedTooLong ? normal : priority);
    }

    /** Counts priority calls in a row, for the fairness bound. */
    void called(Ticket t) {
        priorityRun = t.priority() ? priorityRun + 1 : 0;
    }

    /** Tickets of days before {@code day} still in line. */
    java.util.List<Ticket> earlierThan(java.time.LocalDate day) {
        return line.stream().filter(t -> t.day().isBefore(day)).toList();
    }

    /** The place just behind the {@code n}-th waiting ticket (or now, if fewer wait): where a returning ticket goes. */
    Instant placeBehind(int n, Instant now) {
        int i = 0;
        for (Ticket t : line) {
            if (++i == n) {
                Instant after = t.queuedAt().plusMillis(1);
                return after.isAfter(now) ? now : after;
            }
        }
        return now;
    }
}

package dev.hallq.protocol;

/**
 * One service (事项) as kiosks and screens show it, with its queue.
 *
 * @param estimatedWaitMinutes how long a ticket taken now would wait, by the hub's estimate; absent when
 *                             no window serving it is open
 * @param remainingToday       tickets still to be had today under the service's daily cap (限号); absent
 *                             when it has none
 */
public record ServiceQueue(String id, String prefix, String name, String nameEn, int waiting, boolean open,
                           Integer estimatedWaitMinutes, Integer remainingToday) {
    public ServiceQueue(String id, String prefix, String name, String nameEn, int waiting, boolean open) {
        this(id, prefix, name, nameEn, waiting, open, null, null);
    }

    public ServiceQueue(String id, String prefix, String name, String nameEn, int waiting, boolean open,
                        Integer estimatedWaitMinutes) {
        this(id, prefix, name, nameEn, waiting, open, estimatedWaitMinutes, null);
    }

    public ServiceQueue {
        Checks.id("service.id", id);
        Checks.text("service.prefix", prefix);
        Checks.text("service.name", name);
        Checks.notNegative("service.waiting", waiting);
    }
}

package dev.hallq.protocol;

/**
 * One service (事项) as kiosks and screens show it, with its queue.
 *
 * @param estimatedWaitMinutes how long a ticket taken now would wait, by the hub's estimate; absent when
 *                             no window serving it is open
 */
public record ServiceQueue(String id, String prefix, String name, String nameEn, int waiting, boolean open,
                           Integer estimatedWaitMinutes) {
    public ServiceQueue(String id, String prefix, String name, String nameEn, int waiting, boolean open) {
        this(id, prefix, name, nameEn, waiting, open, null);
    }

    public ServiceQueue {
        Checks.id("service.id", id);
        Checks.text("service.prefix", prefix);
        Checks.text("service.name", name);
        Checks.notNegative("service.waiting", waiting);
    }
}

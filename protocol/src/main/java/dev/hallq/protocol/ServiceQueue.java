package dev.hallq.protocol;

/** One service (事项) as kiosks and screens show it, with its queue. */
public record ServiceQueue(String id, String prefix, String name, String nameEn, int waiting, boolean open) {
    public ServiceQueue {
        Checks.id("service.id", id);
        Checks.text("service.prefix", prefix);
        Checks.text("service.name", name);
        Checks.notNegative("service.waiting", waiting);
    }
}

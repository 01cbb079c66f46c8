package dev.hallq.protocol;

/**
 * One service (事项) as kiosks and screens show it, with its queue.
 *
 * @param estimatedWaitMinutes how long a ticket taken now would wait, by the hub's estimate; absent when
 *                             no window serving it is open
 * @param remainingToday       tickets still to be had today under the service's daily cap (限号); absent
 *                             when it has none
 * @param department           the department (进驻单位) that runs it, for the kiosk's department pages; optional
 * @param realName             a ticket needs an ID card read at the kiosk (实名取号)
 * @param appointments         it takes bookings (预约), checked in at the kiosk
 * @param hoursToday           when it issues tickets today, e.g. {@code 09:00-17:00}; absent when closed all day
 * @param bundle               true for a 一件事 bundle (one ticket walks several services)
 */
public record ServiceQueue(String id, String prefix, String name, String nameEn, int waiting, boolean open,
                           Integer estimatedWaitMinutes, Integer remainingToday, String department, boolean realName,
                           boolean appointments, String hoursToday, boolean bundle) {
    public ServiceQueue(String id, String prefix, String name, String nameEn, int waiting, boolean open) {
        this(id, prefix, name, nameEn, waiting, open, null, null);
    }

    public ServiceQueue(String id, String prefix, String name, String nameEn, int waiting, boolean open,
                        Integer estimatedWaitMinutes, Integer remainingToday) {
        this(id, prefix, name, nameEn, waiting, open, estimatedWaitMinutes, remainingToday, null, false, false, null,
                false);
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

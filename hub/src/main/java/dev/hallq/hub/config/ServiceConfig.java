package dev.hallq.hub.config;

/**
 * A service (事项) the hall issues tickets for; its tickets are numbered {@code prefix + 001} daily.
 *
 * @param realName     tickets only with an ID card read at the kiosk (实名取号)
 * @param appointments citizens may book a time slot (预约)
 * @param dailyCap     限号: at most this many tickets a day (checked-in bookings not counted), or null
 * @param slotCap      限号: at most this many tickets in each slot of {@code calendar.booking.slotMinutes}, or null
 * @param department   the department (进驻单位) that runs it, for the reports' shares
 * @param guide        一次性告知: basis, time limit, materials, steps, phone; or null
 * @param bookingsPerSlot 预约: at most this many bookings in each slot (beside the walk-ins of {@code slotCap}), or null
 */
public record ServiceConfig(String id, String prefix, String name, String nameEn, boolean realName,
                            boolean appointments, Integer dailyCap, Integer slotCap, String department,
                            ServiceGuide guide, Integer bookingsPerSlot) {
    public ServiceConfig {
        ConfigChecks.id("services[].id", id);
        if (prefix == null || !prefix.matches("[A-Z]{1,2}")) {
            throw new IllegalArgumentException("services[" + id + "].prefix must be 1-2 capital letters, was '" + prefix + "'");
        }
        ConfigChecks.text("services[" + id + "].name", name);
        nameEn = nameEn == null || nameEn.isBlank() ? name : nameEn;
        if ((dailyCap != null && dailyCap < 1) || (slotCap != null && slotCap < 1)
                || (bookingsPerSlot != null && bookingsPerSlot < 1)) {
            throw new IllegalArgumentException("services[" + id + "]: dailyCap, slotCap and bookingsPerSlot must be at least 1");
        }
    }

    public ServiceConfig(String id, String prefix, String name, String nameEn, boolean realName, boolean appointments,
                         Integer dailyCap, Integer slotCap, String department, ServiceGuide guide) {
        this(id, prefix, name, nameEn, realName, appointments, dailyCap, slotCap, department, guide, null);
    }

    public ServiceConfig(String id, String prefix, String name, String nameEn, boolean realName, boolean appointments) {
        this(id, prefix, name, nameEn, realName, appointments, null, null, null, null);
    }

    public ServiceConfig(String id, String prefix, String name, String nameEn, boolean realName, boolean appointments,
                         Integer dailyCap, Integer slotCap) {
        this(id, prefix, name, nameEn, realName, appointments, dailyCap, slotCap, null, null);
    }

    public ServiceConfig(String id, String prefix, String name, String nameEn) {
        this(id, prefix, name, nameEn, false, false, null, null, null, null);
    }

    public ServiceConfig(String id, String prefix, String name, String nameEn, boolean realName) {
        this(id, prefix, name, nameEn, realName, false, null, null, null, null);
    }
}

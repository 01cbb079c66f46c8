package dev.hallq.hub.config;

/** A staff member: 工号 and name. */
public record StaffConfig(String staffNo, String name) {
    public StaffConfig {
        ConfigChecks.id("staff.staffNo", staffNo);
        ConfigChecks.text("staff.name", name);
    }
}

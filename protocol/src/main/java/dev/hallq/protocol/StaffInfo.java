package dev.hallq.protocol;

/** A staff member as screens and pads show them: 工号 and name. */
public record StaffInfo(String staffNo, String name) {
    public StaffInfo {
        Checks.id("staff.staffNo", staffNo);
        Checks.text("staff.name", name);
    }
}

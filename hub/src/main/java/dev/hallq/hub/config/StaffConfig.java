package dev.hallq.hub.config;

/**
 * A staff member: 工号, name, department (进驻单位) and photo (a URL or a path under the hub's web root,
 * shown on the window screen and the pad); department and photo may be left out.
 */
public record StaffConfig(String staffNo, String name, String department, String photo) {
    public StaffConfig {
        ConfigChecks.id("staff.staffNo", staffNo);
        ConfigChecks.text("staff.name", name);
        department = department == null || department.isBlank() ? null : department.strip();
        photo = photo == null || photo.isBlank() ? null : photo.strip();
    }

    public StaffConfig(String staffNo, String name) {
        this(staffNo, name, null, null);
    }
}

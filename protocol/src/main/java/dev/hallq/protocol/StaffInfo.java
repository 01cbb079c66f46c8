package dev.hallq.protocol;

/**
 * A staff member as screens and pads show them: 工号 and name, and where the hall has them, the department
 * (进驻单位) and a photo.
 *
 * @param department the department the staff member comes from; optional
 * @param photo      the photo: an {@code http(s)} URL, or a path such as {@code /photos/0201.jpg} that the
 *                   device resolves (a window screen serves such files from its own photo folder); optional
 */
public record StaffInfo(String staffNo, String name, String department, String photo) {
    public StaffInfo {
        Checks.id("staff.staffNo", staffNo);
        Checks.text("staff.name", name);
        department = department == null || department.isBlank() ? null : department;
        photo = photo == null || photo.isBlank() ? null : photo;
    }

    public StaffInfo(String staffNo, String name) {
        this(staffNo, name, null, null);
    }
}

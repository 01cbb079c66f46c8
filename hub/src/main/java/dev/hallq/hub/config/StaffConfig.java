package dev.hallq.hub.config;

/**
 * A staff member: 工号, name, department (进驻单位) and photo (a URL or a path under the hub's web root,
 * shown on the window screen and the pad); department and photo may be left out.
 *
 * @param cardUid the UID (hex) of the staff card that logs this person in at a pad's reader, or null
 * @param pinHash the bcrypt hash of the PIN typed on a pad to log in, or null (set it with
 *                {@code PUT /api/staff/{staffNo}/pin}; never the PIN itself)
 */
public record StaffConfig(String staffNo, String name, String department, String photo, String cardUid,
                          String pinHash) {
    public StaffConfig {
        ConfigChecks.id("staff.staffNo", staffNo);
        ConfigChecks.text("staff.name", name);
        department = department == null || department.isBlank() ? null : department.strip();
        photo = photo == null || photo.isBlank() ? null : photo.strip();
        if (cardUid != null && !cardUid.isBlank()) {
            if (!cardUid.strip().matches("[0-9A-Fa-f]{8,20}")) {
                throw new IllegalArgumentException("staff[" + staffNo + "].cardUid must be 8-20 hex digits, was '"
                        + cardUid + "'");
            }
            cardUid = cardUid.strip().toUpperCase(java.util.Locale.ROOT);
        } else {
            cardUid = null;
        }
        if (pinHash != null && !pinHash.startsWith("$2")) {
            throw new IllegalArgumentException("staff[" + staffNo + "].pinHash must be a bcrypt hash; set a PIN with "
                    + "PUT /api/staff/" + staffNo + "/pin");
        }
    }

    public StaffConfig(String staffNo, String name, String department, String photo) {
        this(staffNo, name, department, photo, null, null);
    }

    public StaffConfig(String staffNo, String name) {
        this(staffNo, name, null, null, null, null);
    }

    public StaffConfig withPinHash(String hash) {
        return new StaffConfig(staffNo, name, department, photo, cardUid, hash);
    }
}

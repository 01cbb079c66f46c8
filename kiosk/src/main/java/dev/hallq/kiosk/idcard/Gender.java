package dev.hallq.kiosk.idcard;

import java.util.Optional;

/** The gender code on an ID card (GB/T 2261.1): 1 male, 2 female; 0 and 9 are defined but not printed on cards. */
public enum Gender {
    NOT_KNOWN("0", "未知"), MALE("1", "男"), FEMALE("2", "女"), NOT_STATED("9", "未说明");

    private final String code;
    private final String chinese;

    Gender(String code, String chinese) {
        this.code = code;
        this.chinese = chinese;
    }

    public static Optional<Gender> of(String code) {
        for (Gender gender : values()) {
            if (gender.code.equals(code)) {
                return Optional.of(gender);
            }
        }
        return Optional.empty();
    }

    public String code() {
        return code;
    }

    public String chinese() {
        return chinese;
    }
}

package dev.hallq.kiosk.idcard;

import java.util.Optional;

/**
 * Which card the security module read, from the flag at byte 248 of the text: each has its own text layout
 * (see {@link IdCardTextParser}).
 */
public enum CardType {
    /** 居民身份证: the flag is a space (or, on some cards, zero). */
    RESIDENT(' ', "居民身份证"),
    /** 港澳台居民居住证: resident layout, no nation, plus the pass number (通行证号码) and issue count (签发次数). */
    HMT_RESIDENCE_PERMIT('J', "港澳台居民居住证"),
    /** 外国人永久居留身份证 of the 2017 design: English name first, 15-character number. */
    FOREIGN_PERMANENT_RESIDENT('I', "外国人永久居留身份证"),
    /** 外国人永久居留身份证 of the 2023 design: Chinese name first, 18-digit number starting with 9. */
    FOREIGN_PERMANENT_RESIDENT_2023('Y', "外国人永久居留身份证（2023年版）");

    private final char flag;
    private final String chinese;

    CardType(char flag, String chinese) {
        this.flag = flag;
        this.chinese = chinese;
    }

    /** The type for the flag character, if GA/T 467 defines it. */
    public static Optional<CardType> ofFlag(char flag) {
        if (flag == '\0') {
            return Optional.of(RESIDENT);
        }
        for (CardType type : values()) {
            if (type.flag == flag) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    public char flag() {
        return flag;
    }

    public String chinese() {
        return chinese;
    }

    public boolean foreign() {
        return this == FOREIGN_PERMANENT_RESIDENT || this == FOREIGN_PERMANENT_RESIDENT_2023;
    }
}

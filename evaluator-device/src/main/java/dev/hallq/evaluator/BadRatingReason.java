package dev.hallq.evaluator;

import java.util.Arrays;
import java.util.Optional;

/** Why a citizen gave a bad rating (差评), as picked on the pad's page; sent by its code. */
enum BadRatingReason {
    ATTITUDE("attitude", "服务态度"),
    EFFICIENCY("efficiency", "办事效率"),
    NOT_TOLD_ONCE("not-told-once", "未一次性告知"),
    OTHER("other", "其他");

    private final String code;
    private final String zh;

    BadRatingReason(String code, String zh) {
        this.code = code;
        this.zh = zh;
    }

    String code() {
        return code;
    }

    String zh() {
        return zh;
    }

    static Optional<BadRatingReason> byCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }

    static String codes() {
        return String.join(", ", Arrays.stream(values()).map(BadRatingReason::code).toList());
    }
}

package dev.hallq.kiosk.idcard;

import java.util.Locale;

/**
 * The security module's status byte (SW3) in every GA/T 467 reply, with what it means. The codes are those the
 * SAM_V documentation lists (操作成功, 寻找证/卡成功, …); host-side error numbers of vendor libraries (01–05) never
 * travel on the line and are not here. A byte outside the list is {@link #UNKNOWN}; keep the byte itself
 * ({@link SamReply#statusByte()}) to say which.
 */
public enum SamStatus {
    OK(0x90, "operation succeeded (操作成功)"),
    NO_CONTENT(0x91, "the card holds no such item (证/卡中此项无内容), e.g. no fingerprint"),
    CARD_FOUND(0x9F, "card found (寻找证/卡成功)"),
    CHECKSUM_ERROR(0x10, "the SAM received a frame with a wrong checksum (接收业务终端数据的校验和错)"),
    LENGTH_ERROR(0x11, "the SAM received a frame with a wrong length (接收业务终端数据的长度错)"),
    BAD_COMMAND(0x21, "the SAM does not know this command or its parameters (接收业务终端的命令错误)"),
    NOT_PERMITTED(0x23, "operation not permitted (越权操作)"),
    UNRECOGNISED_ERROR(0x24, "the SAM could not tell what went wrong (无法识别的错误)"),
    CARD_REJECTED_SAM(0x31, "the card failed to authenticate the SAM (证/卡认证SAM_V失败)"),
    SAM_REJECTED_CARD(0x32, "the SAM failed to authenticate the card (SAM_V认证证/卡失败)"),
    VERIFICATION_FAILED(0x33, "the card's information failed verification (信息验证错误)"),
    UNKNOWN_CARD_TYPE(0x40, "not a card this SAM can read (无法识别的卡类型)"),
    READ_FAILED(0x41, "reading the card failed, e.g. it was lifted off (读证/卡操作失败)"),
    RANDOM_FAILED(0x47, "the SAM could not get a random number from the card (取随机数失败)"),
    SELF_TEST_FAILED(0x60, "the SAM failed its self-test and takes no commands (SAM_V自检失败)"),
    NOT_AUTHORISED(0x66, "the SAM is not authorised for use (SAM_V没经过授权)"),
    FIND_FAILED(0x80, "no card on the reader (寻找证/卡失败)"),
    SELECT_FAILED(0x81, "the card could not be selected, e.g. it was lifted off (选取证/卡失败)"),
    UNKNOWN(-1, "a status byte GA/T 467 does not define");

    private final int code;
    private final String reason;

    SamStatus(int code, String reason) {
        this.code = code;
        this.reason = reason;
    }

    /** The status for byte {@code sw3}; {@link #UNKNOWN} when no status has that byte. */
    public static SamStatus of(int sw3) {
        int b = sw3 & 0xFF;
        for (SamStatus status : values()) {
            if (status.code == b) {
                return status;
            }
        }
        return UNKNOWN;
    }

    /** {@code "READ_FAILED (0x41): reading the card failed, …"}; for an unknown byte it names the byte. */
    public static String describe(int sw3) {
        SamStatus status = of(sw3);
        return String.format(Locale.ROOT, "%s (0x%02X): %s", status.name(), sw3 & 0xFF, status.reason);
    }

    /** The status byte, or -1 for {@link #UNKNOWN}. */
    public int code() {
        return code;
    }

    public String reason() {
        return reason;
    }

    /** A reply with this status means the frame we sent was damaged on the way: sending it again may help. */
    public boolean transmissionError() {
        return this == CHECKSUM_ERROR || this == LENGTH_ERROR;
    }
}

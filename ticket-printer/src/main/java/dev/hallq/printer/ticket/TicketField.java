package dev.hallq.printer.ticket;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The parts of a ticket a hall may leave out; the ticket number is always printed. */
public enum TicketField {
    /** The hall's name on top (left out on rolls with the hall's name pre-printed). */
    HALL_NAME("hallName"),
    SERVICE("service"),
    /** 「您前面还有 N 人等候」 */
    PEOPLE_AHEAD("peopleAhead"),
    /** 「预计等候约 N 分钟」, when the hub has an estimate */
    ESTIMATED_WAIT("estimatedWait"),
    /** 「取号时间：…」 */
    ISSUED_AT("issuedAt"),
    /** The notes lines (「请留意叫号，过号无效」 unless the hall has its own). */
    NOTES("notes"),
    /** The QR code of the live "my ticket" page. */
    QR("qr");

    private final String key;

    TicketField(String key) {
        this.key = key;
    }

    /** The field's name in a template file. */
    public String key() {
        return key;
    }

    public static Optional<TicketField> ofKey(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
    }

    /** Every key, for messages. */
    public static String keys() {
        return Arrays.stream(values()).map(TicketField::key).collect(Collectors.joining(", "));
    }
}

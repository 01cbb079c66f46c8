package dev.hallq.printer.ticket;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A hall's texts around the ticket data and which parts of the ticket it prints. Checked when made;
 * a message names the part by its key in a template file ({@code hallName}, {@code header},
 * {@code notes[1]}, {@code footer[0]}).
 *
 * @param hallName    printed instead of the hub's hall name (a shorter name, say), null for the hub's
 * @param headerLine  printed above the hall name (for example 「欢迎光临」), null for none
 * @param notes       the notes lines, printed instead of 「请留意叫号，过号无效」; empty for that default
 * @param footerNotes lines printed after the notes (for example a service phone number)
 * @param fields      the parts printed; the ticket number always is
 */
public record TicketTemplate(String hallName, String headerLine, List<String> notes, List<String> footerNotes,
                             Set<TicketField> fields) {

    /** Hall name, number, service, people ahead, estimate, time, the default note and the QR code. */
    public static final TicketTemplate DEFAULT = new TicketTemplate(null, null, List.of(), List.of(),
            EnumSet.allOf(TicketField.class));
    /** Enough for a hall's notes; a ticket is not a leaflet. */
    public static final int MAX_LINES = 8;
    public static final int MAX_LINE_LENGTH = 64;

    public TicketTemplate {
        hallName = optionalLine("hallName", hallName);
        headerLine = optionalLine("header", headerLine);
        notes = lines("notes", notes);
        footerNotes = lines("footer", footerNotes);
        Objects.requireNonNull(fields, "fields");
        fields = Collections.unmodifiableSet(fields.isEmpty() ? EnumSet.noneOf(TicketField.class) : EnumSet.copyOf(fields));
    }

    /** All fields, the default notes; a header line, lines after the notes, and the QR code or not. */
    public TicketTemplate(String headerLine, List<String> footerNotes, boolean printQr) {
        this(null, headerLine, List.of(), footerNotes, printQr ? EnumSet.allOf(TicketField.class)
                : EnumSet.complementOf(EnumSet.of(TicketField.QR)));
    }

    /** Whether a ticket's QR content is printed as a QR code. */
    public boolean printQr() {
        return shows(TicketField.QR);
    }

    public boolean shows(TicketField field) {
        return fields.contains(field);
    }

    private static String optionalLine(String key, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return line(key, value.strip());
    }

    private static List<String> lines(String key, Collection<String> values) {
        if (values == null) {
            return List.of();
        }
        if (values.size() > MAX_LINES) {
            throw new IllegalArgumentException(key + " has " + values.size() + " lines, at most " + MAX_LINES
                    + " fit a ticket");
        }
        List<String> lines = List.copyOf(values);
        for (int i = 0; i < lines.size(); i++) {
            String name = key + "[" + i + "]";
            if (lines.get(i).isBlank()) {
                throw new IllegalArgumentException(name + " is blank: leave the line out instead");
            }
            line(name, lines.get(i));
        }
        return lines;
    }

    private static String line(String key, String value) {
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException(key + " contains a control character (a line break or tab?), which "
                    + "the printer would take for a command: \"" + value + "\"");
        }
        if (value.length() > MAX_LINE_LENGTH) {
            throw new IllegalArgumentException(key + " is " + value.length() + " characters long, at most "
                    + MAX_LINE_LENGTH + ": \"" + value + "\"");
        }
        return value;
    }
}

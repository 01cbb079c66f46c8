package dev.hallq.printer;

import dev.hallq.agent.AgentSettings;
import dev.hallq.printer.ticket.PaperWidth;
import dev.hallq.printer.ticket.TicketTemplate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * How a printer agent runs.
 *
 * @param agent    broker, hall, device id and page address
 * @param paper    the paper roll in the printer
 * @param template the hall's texts around the ticket data
 */
public record PrinterSettings(AgentSettings agent, PaperWidth paper, TicketTemplate template) {
    /** Tickets show the hall's local time, whatever zone the agent's machine or clock is in. */
    public static final ZoneId HALL_ZONE = ZoneId.of("Asia/Shanghai");

    public PrinterSettings {
        Objects.requireNonNull(agent, "agent settings are required");
        Objects.requireNonNull(paper, "paper width is required");
        Objects.requireNonNull(template, "ticket template is required");
    }

    /** 80 mm paper and the default template. */
    public static PrinterSettings of(AgentSettings agent) {
        return new PrinterSettings(agent, PaperWidth.MM80, TicketTemplate.DEFAULT);
    }

    /** The zone in which a ticket's issue time is printed. */
    public ZoneId zone() {
        return HALL_ZONE;
    }
}

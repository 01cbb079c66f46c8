package dev.hallq.printer;

import dev.hallq.agent.AgentSettings;
import dev.hallq.printer.ticket.PaperWidth;
import dev.hallq.printer.ticket.TicketTemplate;
import dev.hallq.printer.ticket.TicketTemplateFile;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
    private static final Logger LOG = LoggerFactory.getLogger(PrinterSettings.class);

    public PrinterSettings {
        Objects.requireNonNull(agent, "agent settings are required");
        Objects.requireNonNull(paper, "paper width is required");
        Objects.requireNonNull(template, "ticket template is required");
    }

    /** 80 mm paper and the default template. */
    public static PrinterSettings of(AgentSettings agent) {
        return new PrinterSettings(agent, PaperWidth.MM80, TicketTemplate.DEFAULT);
    }

    /**
     * The launcher's choices: the template file's texts (the default template without one), on the
     * paper the command line names, else the paper the file names, else 80 mm.
     *
     * @param paperMm      80 or 58 from {@code --paper}, or null
     * @param templateFile from {@code --template}, or null
     * @throws IllegalArgumentException naming the option or the file and key that is wrong
     */
    public static PrinterSettings of(AgentSettings agent, Integer paperMm, Path templateFile) {
        PaperWidth given = null;
        if (paperMm != null) {
            given = switch (paperMm) {
                case 80 -> PaperWidth.MM80;
                case 58 -> PaperWidth.MM58;
                default -> throw new IllegalArgumentException("--paper must be 80 or 58 (mm), was " + paperMm);
            };
        }
        if (templateFile == null) {
            return new PrinterSettings(agent, given == null ? PaperWidth.MM80 : given, TicketTemplate.DEFAULT);
        }
        TicketTemplateFile.Contents file = TicketTemplateFile.load(templateFile);
        PaperWidth paper = given != null ? given : file.paper() != null ? file.paper() : PaperWidth.MM80;
        if (given != null && file.paper() != null && given != file.paper()) {
            LOG.warn("--paper {} overrides paper {} of ticket template {}", paperMm,
                    file.paper() == PaperWidth.MM80 ? 80 : 58, templateFile);
        }
        return new PrinterSettings(agent, paper, file.template());
    }

    /** The zone in which a ticket's issue time is printed. */
    public ZoneId zone() {
        return HALL_ZONE;
    }
}

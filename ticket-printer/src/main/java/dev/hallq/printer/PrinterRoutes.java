package dev.hallq.printer;

import dev.hallq.agent.web.LiveView;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** The printer page's API: the printed tickets, their images and the live event stream. */
final class PrinterRoutes {
    private static final String PNG = ".png";
    private static final String LATEST = "latest";

    private final PrintedTickets printed;
    private final LiveView live;

    PrinterRoutes(PrintedTickets printed, LiveView live) {
        this.printed = printed;
        this.live = live;
    }

    void register(RoutesConfig routes) {
        routes.get("/api/printed", this::list);
        routes.get("/tickets/{file}", this::image);
        routes.sse("/events", live::join);
    }

    private void list(Context ctx) {
        ctx.json(printed.latest().stream()
                .map(t -> new Printed(t.jobId(), t.ticketId(), t.ticketNumber(), t.at()))
                .toList());
    }

    private void image(Context ctx) {
        String file = ctx.pathParam("file");
        if (!file.endsWith(PNG)) {
            notFound(ctx, "tickets are served as /tickets/{jobId}.png, not " + file);
            return;
        }
        String jobId = file.substring(0, file.length() - PNG.length());
        Optional<PrintedTicket> ticket = jobId.equals(LATEST) ? printed.newest() : printed.find(jobId);
        if (ticket.isEmpty()) {
            notFound(ctx, jobId.equals(LATEST) ? "nothing printed yet"
                    : "job " + jobId + " is not among the latest " + PrintedTickets.KEPT + " printed tickets");
            return;
        }
        ctx.contentType("image/png")
                .header("Cache-Control", jobId.equals(LATEST) ? "no-cache" : "max-age=86400, immutable")
                .result(printed.image(ticket.get()));
    }

    private static void notFound(Context ctx, String message) {
        ctx.status(HttpStatus.NOT_FOUND).json(Map.of("error", "NOT_FOUND", "message", message));
    }

    /** A printed ticket without its bytes. */
    record Printed(String jobId, String ticketId, String ticketNumber, Instant at) {
    }
}

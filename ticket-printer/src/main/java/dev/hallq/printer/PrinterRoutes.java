package dev.hallq.printer;

import dev.hallq.agent.web.LiveView;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The printer page's API: the printed tickets, their images, reprints (补打) of today's tickets by
 * number and the live event stream.
 */
final class PrinterRoutes {
    /** How long a reprint request waits for the printer before answering that the job is still queued. */
    static final Duration REPRINT_WAIT = Duration.ofSeconds(10);
    private static final Pattern NUMBER = Pattern.compile("[!-~]{1,16}");
    private static final String PNG = ".png";
    private static final String LATEST = "latest";

    private final PrintedTickets printed;
    private final Function<String, Optional<CompletableFuture<PrintOutcome>>> reprints;
    private final LiveView live;

    PrinterRoutes(PrintedTickets printed, Function<String, Optional<CompletableFuture<PrintOutcome>>> reprints,
                  LiveView live) {
        this.printed = printed;
        this.reprints = reprints;
        this.live = live;
    }

    void register(RoutesConfig routes) {
        routes.get("/api/printed", this::list);
        routes.post("/api/tickets/{number}/reprint", this::reprint);
        routes.get("/tickets/{file}", this::image);
        routes.sse("/events", live::join);
    }

    private void list(Context ctx) {
        ctx.json(printed.latest().stream()
                .map(t -> new Printed(t.jobId(), t.ticketId(), t.ticketNumber(), t.at(), t.reprint()))
                .toList());
    }

    /**
     * 200 printed, 503 not printed (with the printer's reason), 202 still queued after
     * {@link #REPRINT_WAIT} (the page hears the end on its event stream), 404 not printed here today.
     */
    private void reprint(Context ctx) {
        String number = ctx.pathParam("number").strip();
        if (!NUMBER.matcher(number).matches()) {
            ctx.status(HttpStatus.BAD_REQUEST).json(error("BAD_NUMBER", "a ticket number is 1-16 letters and digits "
                    + "such as A012"));
            return;
        }
        Optional<CompletableFuture<PrintOutcome>> asked = reprints.apply(number);
        if (asked.isEmpty()) {
            ctx.status(HttpStatus.NOT_FOUND).json(error("UNKNOWN_TICKET", "no ticket " + number
                    + " was printed by this printer today"));
            return;
        }
        ctx.future(() -> asked.get().copy().orTimeout(REPRINT_WAIT.toMillis(), TimeUnit.MILLISECONDS)
                .handle((outcome, error) -> {
                    if (error != null) {
                        ctx.status(HttpStatus.ACCEPTED).json(Map.of("ticketNumber", number, "message",
                                "the reprint waits for the printer; the page shows when it is done"));
                    } else {
                        ctx.status(outcome.printed() ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
                                .json(answer(outcome));
                    }
                    return null;
                }));
    }

    private static Map<String, Object> answer(PrintOutcome outcome) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("jobId", outcome.job().jobId());
        body.put("ticketId", outcome.job().ticket().id());
        body.put("ticketNumber", outcome.job().ticket().number());
        body.put("printed", outcome.printed());
        if (!outcome.printed()) {
            body.put("reason", outcome.reason());
        }
        body.put("at", outcome.at());
        return body;
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
        ctx.status(HttpStatus.NOT_FOUND).json(error("NOT_FOUND", message));
    }

    private static Map<String, String> error(String code, String message) {
        return Map.of("error", code, "message", message);
    }

    /** A printed ticket without its bytes. */
    record Printed(String jobId, String ticketId, String ticketNumber, Instant at, boolean reprint) {
    }
}

package dev.hallq.hub.mqtt;

import dev.hallq.hub.config.ServiceConfig;
import dev.hallq.hub.metrics.CallTracker;
import dev.hallq.hub.metrics.HubMetrics;
import dev.hallq.hub.queue.HallDesk;
import dev.hallq.hub.queue.HallEvent;
import dev.hallq.hub.queue.QueueEngine;
import dev.hallq.hub.queue.StaffOutcome;
import dev.hallq.hub.queue.Rated;
import dev.hallq.hub.queue.Issued;
import dev.hallq.hub.queue.RatingRecord;
import dev.hallq.hub.queue.Refusal;
import dev.hallq.protocol.ErrorCode;
import dev.hallq.protocol.GuideInfo;
import dev.hallq.protocol.PrintJob;
import dev.hallq.protocol.PrintRequest;
import dev.hallq.protocol.PrintResult;
import dev.hallq.protocol.RatingSubmission;
import dev.hallq.protocol.Reply;
import dev.hallq.protocol.StaffCommand;
import dev.hallq.protocol.TicketInfo;
import dev.hallq.protocol.TicketRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * What the hub does with each request, on the desk thread: ask the queue (which stores first), then
 * answer the device and tell the hall. A refusal or a storage failure becomes an error reply.
 */
public final class RequestHandlers {
    private static final Logger LOG = LoggerFactory.getLogger(RequestHandlers.class);

    private final QueueEngine engine;
    private final HallViews views;
    private final HallNews news;
    private final HubMetrics metrics;
    private final CallTracker calls;
    private final String publicUrl;
    private final HallDesk desk;
    private volatile java.util.function.BiConsumer<String, String> realNames = (ticketId, name) -> { };

    public RequestHandlers(QueueEngine engine, HallDesk desk, HallViews views, HallNews news, HubMetrics metrics,
                           CallTracker calls, String publicUrl) {
        this.engine = engine;
        this.desk = desk;
        this.views = views;
        this.news = news;
        this.metrics = metrics;
        this.calls = calls;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** Who keeps a real-name ticket's full name (ticket id, name), told once the ticket is stored; it must return at once. */
    public RequestHandlers onRealName(java.util.function.BiConsumer<String, String> keeper) {
        this.realNames = keeper;
        return this;
    }

    void ticket(String kiosk, TicketRequest request, String replyTo) {
        answer(request.requestId(), replyTo, () -> {
            Issued issued = engine.issue(request.serviceId(), request.priority(), kiosk, request.citizen(),
                    request.appointmentCode());
            TicketInfo info = views.ticket(issued.ticket(), issued.peopleAhead(), issued.reprint());
            if (!issued.reprint()) {
                desk.afterCommit(() -> metrics.ticketIssued(issued.ticket().serviceId()));
                if (request.citizen() != null) {
                    desk.afterCommit(() -> realNames.accept(issued.ticket().id(), request.citizen().name()));
                }
            }
            news.reply(replyTo, Reply.ok(request.requestId(), info, null));
            news.board();
            news.ticket(TicketRow.of(issued.ticket(), null, engine.hall()));
            if (request.printerId() != null) {
                // a reprint is a job of its own: the printer prints each job id once
                String jobId = "job-" + info.id() + (issued.reprint() ? "-reprint-" + engine.clock().millis() : "");
                news.printJob(request.printerId(), new PrintJob(jobId, engine.hall().name(), info,
                        publicUrl + "/t/" + info.id(), engine.clock().instant()));
            }
            LOG.info("{} {} for {} at kiosk {}", issued.reprint() ? "reprinted" : "issued", info.number(),
                    info.serviceId(), kiosk);
        });
    }

    /**
     * A kiosk asks for a service's guide on its printer (打印办事指南): the printer gets a job carrying the guide. The
     * queue does not change and nothing is stored; the printer's result is logged when it comes.
     */
    void guide(String kiosk, PrintRequest request, String replyTo) {
        answer(request.requestId(), replyTo, () -> {
            ServiceConfig service = engine.hall().service(request.serviceId()).orElseThrow(() -> new Refusal(
                    ErrorCode.UNKNOWN_SERVICE, "no service '" + request.serviceId() + "' in this hall"));
            GuideInfo guide = views.guideSheet(service).orElseThrow(() -> new Refusal(ErrorCode.WRONG_STATE,
                    "service '" + service.id() + "' has no guide to print"));
            news.reply(replyTo, Reply.ok(request.requestId(), null, null));
            news.printJob(request.printerId(), PrintJob.guide("guide-" + service.id() + "-" + engine.clock().millis(),
                    engine.hall().name(), guide, publicUrl + "/guide/" + service.id(), engine.clock().instant()));
            LOG.info("guide of {} sent to printer {} for kiosk {}", service.id(), request.printerId(), kiosk);
        });
    }

    /** Where a reply goes: the device's reply topic, or the HTTP request waiting for it. */
    public interface Answer {
        /** Sends once the step is stored. */
        void later(Reply reply);

        /** Sends at once: refused before anything changed, or the batch failed. */
        void now(Reply reply);
    }

    private Answer to(String replyTo) {
        return new Answer() {
            @Override
            public void later(Reply reply) {
                news.reply(replyTo, reply);
            }

            @Override
            public void now(Reply reply) {
                news.replyNow(replyTo, reply);
            }
        };
    }

    void staff(String pad, StaffCommand command, String replyTo, long arrivedNanos) {
        staff(pad, command, to(replyTo), arrivedNanos);
    }

    /** A staff key from a pad (MQTT) or the web caller (HTTP); on the desk thread. */
    public void staff(String pad, StaffCommand command, Answer replyTo, long arrivedNanos) {
        answer(command.requestId(), replyTo, () -> {
            StaffOutcome outcome = engine.act(command);
            Reply done = Reply.ok(command.requestId(), outcome.ticket() == null ? null
                    : views.ticket(outcome.ticket(), 0), views.window(outcome.desk()));
            // announced in this order: the screens first (the citizens wait on them), then the pad's answer
            news.window(outcome.desk());
            if (outcome.call() != null) {
                calls.called(outcome.call().seq(), arrivedNanos);
                news.call(outcome.call(), outcome.ticket());
                desk.afterCommit(() -> metrics.ticketCalled(command.window(), outcome.call().recall()));
            }
            replyTo.later(done);
            if (outcome.ticket() != null) {
                news.board();
                if (outcome.ticket().state().isTerminal()) {
                    desk.afterCommit(() -> metrics.ticketEnded(outcome.ticket().state().name()));
                }
            }
            if (outcome.ticket() != null) {
                news.ticket(TicketRow.of(outcome.ticket(), null, engine.hall()));
            }
            LOG.info("window {} {} by {}{}", command.window(), command.action(), pad,
                    outcome.ticket() == null ? "" : ": " + outcome.ticket().number());
        });
    }

    void rating(String pad, RatingSubmission r, String replyTo) {
        answer(r.requestId(), replyTo, () -> {
            Rated rated = engine.rate(new RatingRecord(r.ticketId(), r.requestId(), r.window(), pad,
                    r.level(), r.reasons(), r.comment(), r.ratedAt(), engine.clock().instant()));
            news.reply(replyTo, Reply.ok(r.requestId(), views.ticket(rated.ticket(), 0), null));
            if (rated.duplicate()) {
                return;
            }
            desk.afterCommit(() -> metrics.rated(r.level().name()));
            if (rated.desk() != null) {
                news.window(rated.desk());
            }
            news.ticket(TicketRow.of(rated.ticket(), rated.rating(), engine.hall()));
            LOG.info("ticket {} rated {} at window {}", rated.ticket().number(), r.level(), r.window());
        });
    }

    /** A printer's result, to the event log; a guide (no ticket) is logged under types of its own, with its job. */
    void printed(String printer, PrintResult result) {
        boolean guide = result.ticketId() == null;
        String type = (guide ? "GUIDE_" : "") + (result.printed() ? "PRINTED" : "PRINT_FAILED");
        log(List.of(HallEvent.of(result.at(), type, result.ticketId(), null, null, printer
                + (guide ? " " + result.jobId() : "") + (result.reason() == null ? "" : ": " + result.reason()))));
        if (!result.printed()) {
            LOG.warn("printer {} could not print {}: {}", printer, guide ? result.jobId() : result.ticketId(),
                    result.reason());
        }
    }

    void log(List<HallEvent> events) {
        engine.note(events);
    }

    private interface Work {
        void run() throws Refusal;
    }

    private void answer(String requestId, String replyTo, Work work) {
        answer(requestId, to(replyTo), work);
    }

    private void answer(String requestId, Answer replyTo, Work work) {
        desk.onFailure(() -> replyTo.now(Reply.error(requestId, ErrorCode.INTERNAL_ERROR,
                "the hall database failed: nothing was changed")));
        try {
            work.run();
        } catch (Refusal r) {
            if (r.code() == ErrorCode.QUEUE_EMPTY) {
                LOG.debug("refused {}: {} {}", requestId, r.code(), r.getMessage());
            } else {
                LOG.info("refused {}: {} {}", requestId, r.code(), r.getMessage());
            }
            replyTo.later(Reply.error(requestId, r.code(), r.getMessage()));
        } catch (RuntimeException e) {
            LOG.error("request {} failed", requestId, e);
            replyTo.later(Reply.error(requestId, ErrorCode.INTERNAL_ERROR, "internal error: " + e.getMessage()));
        }
    }
}

package dev.hallq.hub;

import dev.hallq.agent.web.LiveView;
import dev.hallq.hub.access.AccessWeb;
import dev.hallq.hub.admin.HallOffice;
import dev.hallq.hub.admin.Role;
import dev.hallq.hub.cases.CaseBook;
import dev.hallq.hub.cases.CasesApi;
import dev.hallq.hub.config.HallConfig;
import dev.hallq.hub.dashboard.AlertBook;
import dev.hallq.hub.dashboard.AlertDesk;
import dev.hallq.hub.dashboard.DashboardApi;
import dev.hallq.hub.devices.DeviceRegistry;
import dev.hallq.hub.export.ExportApi;
import dev.hallq.hub.export.OutboxEntry;
import dev.hallq.hub.export.RatingExporter;
import dev.hallq.hub.metrics.HubMetrics;
import dev.hallq.hub.mqtt.HallViews;
import dev.hallq.hub.privacy.CitizenApi;
import dev.hallq.hub.privacy.CitizenPrivacy;
import dev.hallq.hub.queue.HallDesk;
import dev.hallq.hub.queue.QueueEngine;
import dev.hallq.hub.store.HallStore;
import dev.hallq.hub.web.HubWeb;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The hall office's work beside the queue, each part following the hall from the stored event log: bad-rating cases
 * (差评工单), the manager's alerts, the rating export to the provincial platform (only with {@code --rating-export}) and
 * the sealed names of real-name citizens. Its news (alerts, case notices) goes to logged-in people only, on
 * {@code /office/events}.
 */
final class BackOffice implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BackOffice.class);

    private final List<AutoCloseable> parts = new ArrayList<>();
    private final LiveView news = new LiveView();
    private RatingExporter exporter;
    private CitizenPrivacy privacy;
    private CaseBook cases;
    private AlertDesk alerts;

    private BackOffice() {
    }

    /** Starts every part; if one cannot start, those started are stopped again. */
    static BackOffice open(HubSettings settings, HallConfig hall, HallStore store, QueueEngine engine, HallDesk desk,
                           DeviceRegistry devices, Clock clock) {
        BackOffice office = new BackOffice();
        try {
            if (settings.ratingExport() != null) {
                office.exporter = office.keep(RatingExporter.start(store, engine::hall, settings.ratingExport(), clock));
                engine.onStored(office.exporter::stored);
            }
            office.privacy = office.keep(CitizenPrivacy.start(store, HallDataFiles.nameSeal(settings, hall), engine::hall,
                    clock));
            office.cases = office.keep(CaseBook.follow(engine));
            office.alerts = office.keep(new AlertDesk(engine, desk, devices, AlertBook.of(store), office.news, clock,
                    Duration.ofSeconds(Integer.getInteger("hallq.alerts.checkSeconds", 30))).start());
            return office;
        } catch (RuntimeException e) {
            office.close();
            throw e;
        }
    }

    private <T extends AutoCloseable> T keep(T part) {
        parts.add(part);
        return part;
    }

    /** The export outbox's pending and failed records as gauges, when there is an export. */
    void measure(HubMetrics metrics) {
        if (exporter != null) {
            metrics.ratingExports(() -> exporter.counts().get(OutboxEntry.State.PENDING),
                    () -> exporter.counts().get(OutboxEntry.State.FAILED));
        }
    }

    /** The office's pages' API and event stream on the hub's web side. */
    HubWeb serve(HubWeb web, QueueEngine engine, HallDesk desk, HallViews views, DeviceRegistry devices,
                 HallStore store, HallOffice office, Clock clock) {
        return web.withRoutes(new ExportApi(exporter)::routes)
                .withRoutes(new CitizenApi(store, engine::hall, privacy, line -> office.keep(List.of(line)), clock)::routes)
                .withRoutes(new DashboardApi(engine, desk, views, devices, alerts)::routes)
                .withRoutes(new CasesApi(cases, engine::hall, news)::routes)
                .withRoutes(r -> {
                    r.before("/office/events", ctx -> AccessWeb.require(ctx, Role.values()));
                    r.sse("/office/events", news::join);
                })
                .withCaseOutcomes(cases);
    }

    /** Where a real-name ticket's citizen name goes to be sealed and kept. */
    CitizenPrivacy privacy() {
        return privacy;
    }

    @Override
    public void close() {
        List<AutoCloseable> reversed = new ArrayList<>(parts);
        Collections.reverse(reversed);
        reversed.forEach(BackOffice::quietly);
    }

    private static void quietly(AutoCloseable part) {
        try {
            part.close();
        } catch (Exception e) {
            LOG.warn("closing {} failed: {}", part.getClass().getSimpleName(), e.getMessage());
        }
    }
}

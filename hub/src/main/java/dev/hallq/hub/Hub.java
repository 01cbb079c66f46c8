package dev.hallq.hub;

import dev.hallq.agent.Version;
import dev.hallq.agent.mqtt.LinkSettings;
import dev.hallq.agent.mqtt.MqttLink;
import dev.hallq.agent.mqtt.PahoMqttLink;
import dev.hallq.agent.web.LiveView;
import dev.hallq.agent.web.WebServer;
import dev.hallq.broker.EmbeddedBroker;
import dev.hallq.hub.access.AccessWeb;
import dev.hallq.hub.access.Accounts;
import dev.hallq.hub.access.Passwords;
import dev.hallq.hub.access.Sessions;
import dev.hallq.hub.admin.HallOffice;
import dev.hallq.hub.config.HallConfig;
import dev.hallq.hub.config.HallConfigFile;
import dev.hallq.hub.devices.DeviceAdmission;
import dev.hallq.hub.devices.DeviceBook;
import dev.hallq.hub.devices.DeviceRegistry;
import dev.hallq.hub.metrics.CallTracker;
import dev.hallq.hub.metrics.HubMetrics;
import dev.hallq.hub.mqtt.HallNews;
import dev.hallq.hub.mqtt.HubHeartbeat;
import dev.hallq.hub.mqtt.HallViews;
import dev.hallq.hub.mqtt.HubGateway;
import dev.hallq.hub.mqtt.InsideBrokerLink;
import dev.hallq.hub.mqtt.RequestHandlers;
import dev.hallq.hub.mqtt.TicketRow;
import dev.hallq.hub.queue.HallDesk;
import dev.hallq.hub.queue.QueueEngine;
import dev.hallq.hub.store.HallStore;
import dev.hallq.hub.store.Stores;
import dev.hallq.hub.web.HubWeb;
import dev.hallq.protocol.CallAnnouncement;
import dev.hallq.protocol.DeviceState;
import dev.hallq.protocol.HallTopics;
import dev.hallq.protocol.HubStatus;
import dev.hallq.protocol.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The hall hub, assembled: broker (embedded or not), store, queue, MQTT gateway and web side. */
public final class Hub implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Hub.class);
    /** How often the hub says it is alive; devices' silence thresholds must be well above it. */
    public static final Duration HEARTBEAT = Duration.ofSeconds(10);

    private final List<AutoCloseable> parts = new ArrayList<>();
    private final HallConfig hall;
    private final String brokerUri;
    private final MqttLink link;
    private final HallTopics topics;
    private final Clock clock;
    private final java.time.Instant startedAt;
    private WebServer web;
    private QueueEngine engine;
    private volatile String publicUrl;
    private Accounts accounts;

    private Hub(HallConfig hall, String brokerUri, MqttLink link, Clock clock) {
        this.hall = hall;
        this.brokerUri = brokerUri;
        this.link = link;
        this.topics = new HallTopics(hall.id());
        this.clock = clock;
        this.startedAt = clock.instant();
    }

    public static Hub start(HubSettings settings, Clock clock) {
        byte[] hallText = hallText(settings);
        String source = settings.hallConfig() == null ? "demo-hall.yaml" : settings.hallConfig().toString();
        HallConfig hall = HallConfigFile.parse(new String(hallText, java.nio.charset.StandardCharsets.UTF_8), source);
        List<AutoCloseable> started = new ArrayList<>();
        try {
            return assemble(settings, clock, hall, hallText, source, started);
        } catch (RuntimeException e) {
            closeAll(started);
            throw e;
        }
    }

    private static byte[] hallText(HubSettings settings) {
        if (settings.hallConfig() == null) {
            return HallConfigFile.demoText();
        }
        try {
            return java.nio.file.Files.readAllBytes(settings.hallConfig());
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read hall config " + settings.hallConfig() + ": " + e.getMessage(), e);
        }
    }

    private static Hub assemble(HubSettings settings, Clock clock, HallConfig fileHall, byte[] hallText, String source,
                                List<AutoCloseable> started) {
        Map<String, Object> brokerInfo = new LinkedHashMap<>();
        String brokerUri = settings.externalBroker();
        EmbeddedBroker embedded = null;
        if (brokerUri == null) {
            embedded = startBroker(settings);
            started.add(embedded);
            brokerUri = embedded.uri();
            brokerInfo.put("embedded", true);
        } else {
            brokerInfo.put("embedded", false);
        }
        brokerInfo.put("uri", brokerUri);
        HallStore store = Stores.open(settings.database());
        started.add(store);
        HallOffice.Start chosen = HallOffice.choose(store, hallText, source, clock);
        HallConfig hall = chosen.hall();
        if (!hall.id().equals(fileHall.id())) {
            throw new IllegalArgumentException(source + ": hall.id '" + fileHall.id() + "' differs from the stored hall '"
                    + hall.id() + "'");
        }
        HallTopics topics = new HallTopics(hall.id());
        HubStatus gone = new HubStatus(hall.id(), DeviceState.OFFLINE, Version.current(), clock.instant(), clock.instant());
        // beside its own broker the hub is inside it; a hall's own broker is reached as a client with a last will
        MqttLink link = embedded != null ? new InsideBrokerLink(embedded, "hub-" + hall.id())
                : new PahoMqttLink(LinkSettings.of(brokerUri, "hub-" + hall.id()).withCleanSession(false)
                .withWill(new LinkSettings.Will(topics.hubStatus(), Json.write(gone))));
        Hub hub = new Hub(hall, brokerUri, link, clock);
        hub.parts.addAll(started);
        started.clear();

        QueueEngine engine = new QueueEngine(hall, store, clock, HallDataFiles.idHasher(settings, hall));
        HallDesk desk = new HallDesk(engine);
        hub.parts.add(desk);
        HubMetrics metrics = new HubMetrics();
        DeviceRegistry devices = new DeviceRegistry(clock);
        DeviceAdmission admission = new DeviceAdmission(DeviceBook.of(store), clock, settings.requireRegisteredDevices());
        metrics.devicesOnline(devices::online);
        desk.timeStoring(metrics::batchStored);
        BackOffice back = BackOffice.open(settings, hall, store, engine, desk, devices, clock);
        hub.parts.add(back);
        back.measure(metrics);
        CallTracker calls = new CallTracker(metrics);
        LiveView live = new LiveView();
        HallViews views = new HallViews(engine);
        List<CallAnnouncement> recent = desk.ask(() -> store.recentCalls(10).stream()
                .flatMap(c -> store.ticket(c.ticketId()).map(t -> views.call(c, t)).stream()).toList(),
                java.time.Duration.ofSeconds(10));
        HallNews news = new HallNews(link, topics, views, live, metrics, recent, desk::afterCommit, desk::lastly, desk::onFailure);
        news.printOnlyTo(admission::admits);
        HallOffice office = new HallOffice(engine, desk, clock, chosen, applied -> {
            news.board();
            news.guides();
            engine.desks().forEach(news::window);
            applied.windowsGone().forEach(news::windowGone);
        });
        Accounts accounts = new Accounts(store.accounts(), office, new Passwords(Integer.getInteger("hallq.bcrypt.cost", 12)),
                clock);
        Sessions sessions = new Sessions(clock, Duration.ofMinutes(30), Duration.ofHours(12));
        String[] publicUrl = new String[1];
        RequestHandlers[] handlers = new RequestHandlers[1];
        HubWeb webSide = back.serve(new HubWeb(engine, desk, views, devices, metrics, live, link, brokerInfo, clock,
                new AccessWeb(accounts, sessions, store), office, () -> handlers[0]).withPhotos(HallDataFiles.photos(settings))
                .withDeviceAdmission(admission), engine, desk, views, devices, store, office, clock);
        hub.web = webSide.start(settings.httpHost(), settings.httpPort());
        hub.parts.add(hub.web);
        publicUrl[0] = settings.publicUrl() != null ? settings.publicUrl()
                : "http://" + (settings.httpHost().equals("0.0.0.0") ? "localhost" : settings.httpHost()) + ":" + hub.web.port();
        handlers[0] = new RequestHandlers(engine, desk, views, news, metrics, calls, publicUrl[0]).onRealName(back.privacy()::keep);
        hub.publicUrl = publicUrl[0];
        hub.engine = engine;
        hub.accounts = accounts;
        accounts.setupToken().ifPresent(token -> LOG.warn("no admin yet: create one at {}setup.html#{}", hub.web.url(), token));
        new HubGateway(link, topics, desk, handlers[0], news, devices, metrics, calls, clock).admitting(admission).attach();
        hub.parts.add(everyMinute(() -> desk.execute(() -> {
            engine.tick().forEach(t -> news.ticket(TicketRow.of(t, null, engine.hall())));
            news.board(); // opening hours move the board's open flags
        })));
        link.addConnectionListener(reconnect -> hub.publishOnline());
        hub.parts.add(hub.heartbeat());
        link.start();
        LOG.info("hub of hall {} ({}) up: broker {}, store {}, page {}", hall.id(), hall.name(), brokerUri,
                store.describe(), hub.web.url());
        return hub;
    }

    private static EmbeddedBroker startBroker(HubSettings settings) {
        try {
            return EmbeddedBroker.start(settings.brokerHost(), settings.brokerPort());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded broker on " + settings.brokerHost() + ":"
                    + settings.brokerPort() + ": " + e.getMessage(), e);
        }
    }

    /** Every screen hears the hub at least once a {@link #HEARTBEAT}, its slot's turn in a round (see {@link HubHeartbeat}). */
    private AutoCloseable heartbeat() {
        return HubHeartbeat.start(link, topics, this::online, HEARTBEAT);
    }

    private static AutoCloseable everyMinute(Runnable work) {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "hall-clock");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleAtFixedRate(work, 60, 60, TimeUnit.SECONDS);
        return timer::shutdownNow;
    }

    /** The retained status, on every (re)connect to the broker; the heartbeat keeps the screens sure of it between. */
    private void publishOnline() {
        link.publish(topics.hubStatus(), Json.write(online()), true);
    }

    private HubStatus online() {
        return new HubStatus(hall.id(), DeviceState.ONLINE, Version.current(), startedAt, clock.instant(), publicUrl);
    }

    /** The hall as configured now (it may have been changed over HTTP since the start). */
    public HallConfig hall() {
        return engine == null ? hall : engine.hall();
    }

    /** The one-time link token for creating the first admin, while the hub has none. */
    public java.util.Optional<String> setupToken() {
        return accounts.setupToken();
    }

    public String brokerUri() {
        return brokerUri;
    }

    public int httpPort() {
        return web.port();
    }

    public String url() {
        return web.url();
    }

    public boolean connected() {
        return link.isConnected();
    }

    @Override
    public void close() {
        HubStatus bye = new HubStatus(hall.id(), DeviceState.OFFLINE, Version.current(), clock.instant(), clock.instant());
        link.publish(topics.hubStatus(), Json.write(bye), true);
        link.close();
        List<AutoCloseable> reversed = new ArrayList<>(parts);
        java.util.Collections.reverse(reversed);
        closeAll(reversed);
        LOG.info("hub of hall {} stopped", hall.id());
    }

    private static void closeAll(List<AutoCloseable> parts) {
        for (AutoCloseable p : parts) {
            try {
                p.close();
            } catch (Exception e) {
                LOG.warn("closing {} failed: {}", p.getClass().getSimpleName(), e.getMessage());
            }
        }
    }
}

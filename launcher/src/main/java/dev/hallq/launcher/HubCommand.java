package dev.hallq.launcher;

import dev.hallq.hub.Hub;
import dev.hallq.hub.HubSettings;
import dev.hallq.hub.export.ExportSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;

@Command(name = "hub", mixinStandardHelpOptions = true,
        description = "Run the hall hub: queue, storage, web pages, and an embedded MQTT broker unless --broker is given.")
final class HubCommand implements Callable<Integer> {
    @Option(names = "--config", paramLabel = "hall.yaml", description = "The hall's services and windows (default: the demo hall).")
    Path config;

    @Option(names = "--broker", paramLabel = "tcp://HOST:PORT", description = "Use this broker (e.g. Mosquitto) instead of embedding one.")
    String broker;

    @Option(names = "--broker-host", defaultValue = "0.0.0.0", description = "Embedded broker interface (default: ${DEFAULT-VALUE}).")
    String brokerHost;

    @Option(names = "--broker-port", defaultValue = "1883", description = "Embedded broker port (default: ${DEFAULT-VALUE}).")
    int brokerPort;

    @Option(names = "--http-host", defaultValue = "0.0.0.0", description = "Web interface (default: ${DEFAULT-VALUE}).")
    String httpHost;

    @Option(names = "--http-port", defaultValue = "7070", description = "Web port (default: ${DEFAULT-VALUE}).")
    int httpPort;

    @Option(names = "--db", defaultValue = "hall-data/hall.db",
            description = "SQLite file, or a PostgreSQL URL jdbc:postgresql://HOST/DB?user=…&password=… (default: ${DEFAULT-VALUE}).")
    String database;

    @Option(names = "--public-url", description = "Address citizens' phones use to reach the hub (ticket QR codes).")
    String publicUrl;

    @Option(names = "--require-registered-devices",
            description = "Refuse requests from devices not registered on the admin page (revoked ones are refused always).")
    boolean requireRegisteredDevices;

    @Option(names = "--rating-export", paramLabel = "file:DIR/|https://URL",
            description = "Export every rating (好差评) to a folder (one JSON Lines file a day) or POST it to the provincial "
                    + "platform; bearer token from HALLQ_RATING_EXPORT_TOKEN. See docs/rating-export.md.")
    String ratingExport;

    @Option(names = "--rating-area", paramLabel = "CODE", description = "行政区划: the hall's 6-digit area code, for --rating-export.")
    String ratingArea;

    @Option(names = "--rating-channel", defaultValue = "4",
            description = "评价渠道 code of the pads: 4 hall tablet, 5 other hall terminal (default: ${DEFAULT-VALUE}).")
    int ratingChannel;

    @Override
    public Integer call() {
        ExportSettings export = ratingExport == null ? null
                : ExportSettings.of(ratingExport, System.getenv("HALLQ_RATING_EXPORT_TOKEN"), ratingArea)
                .withChannel(ratingChannel);
        Hub hub = Hub.start(new HubSettings(config, broker, brokerHost, brokerPort, httpHost, httpPort, database,
                publicUrl, requireRegisteredDevices, export), Clock.systemDefaultZone());
        return RunUntilStopped.run("the hub at " + hub.url(), hub);
    }
}

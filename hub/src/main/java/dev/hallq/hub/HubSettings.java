package dev.hallq.hub;

import dev.hallq.hub.export.ExportSettings;

import java.nio.file.Path;

/**
 * How to run a hub.
 *
 * @param hallConfig   YAML file of the hall, or null for the built-in demo hall
 * @param externalBroker broker URI such as {@code tcp://10.0.0.2:1883}, or null to embed one
 * @param brokerHost   interface of the embedded broker
 * @param brokerPort   port of the embedded broker (0 picks one)
 * @param database     SQLite file path, {@code jdbc:postgresql:…} URL, or null to keep everything in memory
 * @param publicUrl    the address citizens' phones reach the hub on (ticket QR codes), or null for the local page
 * @param requireRegisteredDevices refuse requests from devices not registered over {@code /api/devices} (revoked
 *                     devices are refused either way)
 * @param ratingExport where ratings are exported to the provincial platform, or null for no export
 */
public record HubSettings(Path hallConfig, String externalBroker, String brokerHost, int brokerPort, String httpHost,
                          int httpPort, String database, String publicUrl, boolean requireRegisteredDevices,
                          ExportSettings ratingExport) {

    public HubSettings(Path hallConfig, String externalBroker, String brokerHost, int brokerPort, String httpHost,
                       int httpPort, String database, String publicUrl) {
        this(hallConfig, externalBroker, brokerHost, brokerPort, httpHost, httpPort, database, publicUrl, false, null);
    }

    public HubSettings {
        if (brokerPort < 0 || brokerPort > 65535) {
            throw new IllegalArgumentException("--broker-port must be 0-65535, was " + brokerPort);
        }
        if (httpPort < 0 || httpPort > 65535) {
            throw new IllegalArgumentException("--http-port must be 0-65535, was " + httpPort);
        }
        if (externalBroker != null && !externalBroker.matches("(tcp|ssl)://[^:/]+:\\d{1,5}")) {
            throw new IllegalArgumentException("--broker must look like tcp://HOST:PORT, was '" + externalBroker + "'");
        }
        if (publicUrl != null && !publicUrl.matches("https?://.+")) {
            throw new IllegalArgumentException("--public-url must start with http:// or https://, was '" + publicUrl + "'");
        }
    }

    /** A hub for tests: embedded broker and web on free ports, the given database. */
    public static HubSettings forTest(Path database) {
        return new HubSettings(null, null, "127.0.0.1", 0, "127.0.0.1", 0, database.toString(), null);
    }

    public HubSettings withExternalBroker(String uri) {
        return new HubSettings(hallConfig, uri, brokerHost, brokerPort, httpHost, httpPort, database, publicUrl,
                requireRegisteredDevices, ratingExport);
    }

    public HubSettings withHallConfig(Path file) {
        return new HubSettings(file, externalBroker, brokerHost, brokerPort, httpHost, httpPort, database, publicUrl,
                requireRegisteredDevices, ratingExport);
    }

    public HubSettings withRequireRegisteredDevices(boolean require) {
        return new HubSettings(hallConfig, externalBroker, brokerHost, brokerPort, httpHost, httpPort, database, publicUrl,
                require, ratingExport);
    }

    public HubSettings withRatingExport(ExportSettings export) {
        return new HubSettings(hallConfig, externalBroker, brokerHost, brokerPort, httpHost, httpPort, database, publicUrl,
                requireRegisteredDevices, export);
    }
}

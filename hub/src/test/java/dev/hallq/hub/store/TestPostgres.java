package dev.hallq.hub.store;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A throwaway PostgreSQL server (Debian's package) for the tests of one JVM: a fresh cluster in a temp
 * directory on a free port, trust authentication on 127.0.0.1, stopped when the JVM ends. Each caller
 * gets its own schema. As root it runs the server as the {@code postgres} user.
 * {@code HALLQ_TEST_POSTGRES=jdbc:postgresql://…} uses an existing server instead.
 */
public final class TestPostgres {
    private static final Path LIB = Path.of("/usr/lib/postgresql");
    private static final AtomicInteger SCHEMAS = new AtomicInteger();
    private static TestPostgres shared;

    private final String baseUrl;

    private TestPostgres(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public static synchronized TestPostgres shared() throws IOException, InterruptedException {
        if (shared == null) {
            String given = System.getenv("HALLQ_TEST_POSTGRES");
            shared = given != null && !given.isBlank() ? new TestPostgres(given) : startCluster();
        }
        return shared;
    }

    /** A URL whose connections work in a schema of their own (Flyway creates it). */
    public String newSchemaUrl() {
        return url("t" + ProcessHandle.current().pid() + "_" + SCHEMAS.incrementAndGet());
    }

    String url(String schema) {
        return baseUrl + (baseUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    private static TestPostgres startCluster() throws IOException, InterruptedException {
        Path bin = serverBin();
        Path dir = Files.createTempDirectory("hallq-pg-");
        boolean root = "root".equals(System.getProperty("user.name"));
        if (root) {
            UserPrincipalLookupService users = dir.getFileSystem().getUserPrincipalLookupService();
            Files.setOwner(dir, users.lookupPrincipalByName("postgres"));
        }
        Path data = dir.resolve("data");
        run(root, dir, bin.resolve("initdb").toString(), "-D", data.toString(), "-U", "postgres", "--auth=trust",
                "-E", "UTF8", "--locale=C", "--no-sync");
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        run(root, dir, bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", dir.resolve("server.log").toString(),
                "-w", "-t", "60", "-o", "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1", "start");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                run(root, dir, bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "stop");
                try (Stream<Path> files = Files.walk(dir)) {
                    files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
                }
            } catch (IOException | InterruptedException e) {
                // the JVM is going away; the temp cluster dies with the machine's temp dir
            }
        }));
        return new TestPostgres("jdbc:postgresql://127.0.0.1:" + port + "/postgres?user=postgres");
    }

    private static Path serverBin() throws IOException {
        if (Files.isDirectory(LIB)) {
            try (Stream<Path> versions = Files.list(LIB)) {
                List<Path> bins = versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")))
                        .sorted(Comparator.comparing(Path::toString)).toList();
                if (!bins.isEmpty()) {
                    return bins.get(bins.size() - 1);
                }
            }
        }
        throw new IllegalStateException("the PostgreSQL server is not installed (no " + LIB + "/*/bin/initdb): "
                + "apt-get install postgresql; .ci/run installs it");
    }

    private static void run(boolean asPostgres, Path dir, String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>();
        if (asPostgres) {
            line.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        line.addAll(List.of(command));
        Path log = Files.createTempFile("hallq-pg-cmd-", ".log");
        Process p = new ProcessBuilder(line).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!p.waitFor(90, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IllegalStateException(String.join(" ", line) + " failed: " + Files.readString(log));
        }
        Files.deleteIfExists(log);
    }
}

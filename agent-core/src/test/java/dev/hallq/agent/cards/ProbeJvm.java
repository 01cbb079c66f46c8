package dev.hallq.agent.cards;

import dev.hallq.agent.testing.Awaiting;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@link WatchProbe} in a child JVM that reaches pcscd through {@code pcscdSocket}: the JDK keeps one
 * PC/SC context per JVM, so a pcscd restart can only be played to a JVM of its own without breaking PC/SC
 * for every other test in this one.
 */
final class ProbeJvm implements AutoCloseable {
    private static final Duration WITHIN = Duration.ofSeconds(15);

    private final Process process;
    private final List<String> said = new CopyOnWriteArrayList<>();
    private final List<String> everything = new CopyOnWriteArrayList<>();

    private ProbeJvm(Process process) {
        this.process = process;
        Thread reader = new Thread(this::listen, "probe-jvm-output");
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * @param openJdkContext whether the child may reset the JDK's PC/SC context, as a launcher with
     *                       {@code --add-opens java.smartcardio/sun.security.smartcardio=ALL-UNNAMED} allows
     */
    static ProbeJvm start(Path pcscdSocket, String reader, boolean openJdkContext) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        if (openJdkContext) {
            command.add("--add-opens");
            command.add("java.smartcardio/sun.security.smartcardio=ALL-UNNAMED");
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), WatchProbe.class.getName(), reader));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PCSCLITE_CSOCK_NAME", pcscdSocket.toString());
        return new ProbeJvm(builder.start());
    }

    /** How many events the probe has told so far: a mark to wait for later ones. */
    int mark() {
        return said.size();
    }

    /** Waits until the probe says {@code line} after {@code mark}. */
    void await(String line, int mark) {
        Awaiting.until(() -> said.subList(Math.min(mark, said.size()), said.size()).contains(line)
                        ? Optional.of(true) : Optional.empty(), WITHIN,
                () -> "the probe never said '" + line + "' after event #" + mark + "; it said " + said
                        + "\nits whole output:\n" + String.join("\n", everything));
    }

    List<String> said() {
        return new ArrayList<>(said);
    }

    @Override
    public void close() throws IOException {
        process.getOutputStream().close();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private void listen() {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                everything.add(line);
                if (line.startsWith("PROBE ")) {
                    said.add(line.substring("PROBE ".length()));
                }
            }
        } catch (IOException e) {
            // the probe ended
        }
    }
}

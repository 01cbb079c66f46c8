package dev.hallq.agent.cards;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Which PC/SC reader to watch and how often to look.
 *
 * @param reader    the reader's name as pcscd lists it ({@code pcsc_scan} shows it), or a part of it such as
 *                  {@code "ACR122U"}; blank means the first reader pcscd lists. An exact name wins over a
 *                  part, so {@code "Virtual PCD 00 01"} never picks {@code "Virtual PCD 00 00"}.
 * @param pollEvery how long one wait for a card to come or go lasts; it bounds how long {@code close()}
 *                  takes
 * @param retryEvery how long to wait before looking again when there is no PC/SC service or no reader
 */
public record PcscSettings(String reader, Duration pollEvery, Duration retryEvery) {

    public PcscSettings {
        reader = reader == null ? "" : reader.strip();
        positive(pollEvery, "pollEvery");
        positive(retryEvery, "retryEvery");
    }

    /** The first reader pcscd lists, looked at every 250 ms; 1 s between attempts while it is missing. */
    public static PcscSettings firstReader() {
        return named("");
    }

    /** The reader whose name is, or contains, {@code reader}. */
    public static PcscSettings named(String reader) {
        return new PcscSettings(reader, Duration.ofMillis(250), Duration.ofSeconds(1));
    }

    public PcscSettings withPollEvery(Duration every) {
        return new PcscSettings(reader, every, retryEvery);
    }

    public PcscSettings withRetryEvery(Duration every) {
        return new PcscSettings(reader, pollEvery, every);
    }

    /** The reader among {@code names} these settings mean, if it is there. */
    public Optional<String> pick(List<String> names) {
        if (reader.isEmpty()) {
            return names.stream().findFirst();
        }
        if (names.contains(reader)) {
            return Optional.of(reader);
        }
        String wanted = reader.toLowerCase(Locale.ROOT);
        return names.stream().filter(n -> n.toLowerCase(Locale.ROOT).contains(wanted)).findFirst();
    }

    /** How the settings name the reader in a status line. */
    public String describe() {
        return reader.isEmpty() ? "the first card reader" : "card reader '" + reader + "'";
    }

    private static void positive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative() || d.isZero() || d.toMillis() < 1) {
            throw new IllegalArgumentException(name + " must be at least 1 ms, was " + d);
        }
    }
}

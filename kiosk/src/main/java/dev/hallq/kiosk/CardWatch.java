package dev.hallq.kiosk;

import dev.hallq.agent.web.LiveView;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Tells the kiosk page whether an ID card lies on the reader: {@code card} events with {@code present}, the
 * masked name for the greeting (您好，张*三) and the age (the elderly get priority at the hub anyway). Never the
 * number or the full name: the page is a public screen. A card found but not read is announced as
 * {@code cardUnreadable} with a short reason, so the page can ask the citizen to lay it down again.
 */
final class CardWatch {
    private final IdCardReader reader;
    private final LiveView page;
    private final Clock clock;
    private String last = "";

    CardWatch(IdCardReader reader, LiveView page, Clock clock) {
        this.reader = reader;
        this.page = page;
        this.clock = clock;
    }

    void start(ScheduledExecutorService scheduler, Duration every) {
        reader.onUnreadable(reason -> page.announce("cardUnreadable", Map.of("reason", reason)));
        check();
        scheduler.scheduleWithFixedDelay(this::check, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    synchronized void check() {
        Optional<CitizenCard> card;
        try {
            card = reader.presentCard();
        } catch (RuntimeException e) {
            card = Optional.empty();
        }
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("present", card.isPresent());
        card.ifPresent(c -> {
            event.put("maskedName", c.maskedName());
            event.put("age", c.ageOn(LocalDate.now(clock)));
        });
        String key = event.toString();
        if (!key.equals(last)) {
            last = key;
            page.publish("card", "reader", event);
        }
    }
}

package dev.hallq.evaluator;

import dev.hallq.protocol.TicketInfo;
import dev.hallq.protocol.WindowPhase;
import dev.hallq.protocol.WindowState;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class ScreenFlowTest {
    private static final Instant T0 = Instant.parse("2026-11-24T02:00:00Z");
    private final ScreenFlow flow = new ScreenFlow(3, Duration.ofSeconds(60));

    @Test
    void a_finished_ticket_is_asked_for_once_and_not_again_after_its_rating() {
        assertThat(flow.onWindow(state(WindowPhase.AWAITING_RATING, "A001"), T0)).isTrue();
        assertThat(flow.screen()).isEqualTo(PadScreen.RATE);
        assertThat(flow.asking()).map(TicketInfo::number).contains("A001");

        flow.rated(T0.plusSeconds(3));
        assertThat(flow.onWindow(state(WindowPhase.AWAITING_RATING, "A001"), T0.plusSeconds(4))).isFalse();
        assertThat(flow.screen()).isEqualTo(PadScreen.THANKS);

        assertThat(flow.tick(T0.plusSeconds(8))).isTrue();
        assertThat(flow.screen()).isEqualTo(PadScreen.STAFF);
        assertThat(flow.closed(PadHall.ticket("A001").id())).isTrue();
    }

    @Test
    void leaving_awaiting_rating_ends_the_question_and_the_ticket_is_not_asked_again() {
        flow.onWindow(state(WindowPhase.AWAITING_RATING, "A001"), T0);

        assertThat(flow.onWindow(state(WindowPhase.PAUSED, null), T0.plusSeconds(1))).isTrue();
        assertThat(flow.screen()).isEqualTo(PadScreen.STAFF);
        flow.onWindow(state(WindowPhase.AWAITING_RATING, "A001"), T0.plusSeconds(2));
        assertThat(flow.screen()).isEqualTo(PadScreen.STAFF);
    }

    @Test
    void thanks_and_rate_end_on_the_clock_not_before() {
        flow.onWindow(state(WindowPhase.AWAITING_RATING, "A001"), T0);
        assertThat(flow.tick(T0.plusSeconds(59))).isFalse();
        assertThat(flow.tick(T0.plusSeconds(60))).isTrue();
        assertThat(flow.screen()).isEqualTo(PadScreen.STAFF);

        flow.onWindow(state(WindowPhase.AWAITING_RATING, "A002"), T0.plusSeconds(70));
        flow.rated(T0.plusSeconds(71));
        assertThat(flow.tick(T0.plusSeconds(75).minusMillis(1))).isFalse();
        assertThat(flow.tick(T0.plusSeconds(76))).isTrue();
    }

    private static WindowState state(WindowPhase phase, String ticket) {
        return new WindowState(3, "3号窗口", phase, ticket == null ? null : PadHall.ticket(ticket), PadHall.STAFF, 1,
                null, T0);
    }
}

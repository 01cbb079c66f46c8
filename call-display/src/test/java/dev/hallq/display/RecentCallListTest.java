package dev.hallq.display;

import dev.hallq.protocol.CallAnnouncement;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RecentCallListTest {
    private final RecentCallList list = new RecentCallList(10);

    @Test
    void a_live_call_goes_on_top_and_only_the_latest_ten_are_kept() {
        for (int seq = 1; seq <= 12; seq++) {
            list.add(TestHall.call(seq, "A" + (100 + seq), 1, false));
        }
        assertThat(list.calls()).extracting(CallAnnouncement::seq).containsExactly(12L, 11L, 10L, 9L, 8L, 7L, 6L, 5L, 4L, 3L);
    }

    @Test
    void the_hubs_list_replaces_ours_but_keeps_live_calls_newer_than_it() {
        list.add(TestHall.call(1, "A001", 1, false));
        list.add(TestHall.call(9, "A009", 1, false));
        list.resync(List.of(TestHall.call(8, "A008", 2, false), TestHall.call(7, "A007", 2, false)));
        assertThat(list.calls()).extracting(CallAnnouncement::seq).containsExactly(9L, 8L, 7L);
    }

    @Test
    void an_empty_list_from_the_hub_clears_the_screen() {
        list.add(TestHall.call(1, "A001", 1, false));
        list.resync(List.of());
        assertThat(list.calls()).isEmpty();
    }
}

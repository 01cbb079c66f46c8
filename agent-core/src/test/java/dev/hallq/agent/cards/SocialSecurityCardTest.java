package dev.hallq.agent.cards;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SocialSecurityCardTest {
    private final SocialSecurityCard card = new SocialSecurityCard("A12345678", "11010519491231002X", "欧阳小明",
            LocalDate.of(1949, 12, 31), "3", "3.00");

    @Test
    void its_string_form_shows_only_masked_personal_data_so_it_may_be_logged() {
        assertThat(card.toString()).contains("欧**明", "110***********002X".substring(0, 3), "*678")
                .doesNotContain("小", "19491231", "A12345678");
        assertThat(card.maskedNumber()).isEqualTo("110***********002X");
    }

    @Test
    void a_number_that_is_no_valid_citizen_id_number_is_refused() {
        assertThatThrownBy(() -> new SocialSecurityCard("A12345678", "110105194912310021", "张三",
                LocalDate.of(1949, 12, 31), "", ""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("110105");
    }
}

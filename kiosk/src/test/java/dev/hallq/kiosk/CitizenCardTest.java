package dev.hallq.kiosk;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CitizenCardTest {
    private static final LocalDate BORN = LocalDate.of(1950, 3, 8);

    @Test
    void names_are_masked_keeping_the_first_and_last_character() {
        assertThat(card("张三丰").maskedName()).isEqualTo("张*丰");
        assertThat(card("张三").maskedName()).isEqualTo("张*");
        assertThat(card("欧阳小明").maskedName()).isEqualTo("欧**明");
        assertThat(card("𠮷").maskedName()).isEqualTo("*");
    }

    @Test
    void the_id_number_shows_only_its_first_three_and_last_four_characters() {
        CitizenCard card = new CitizenCard("张三丰", "11010119500308123X", BORN);

        assertThat(card.maskedId()).isEqualTo("110***********123X");
    }

    @Test
    void to_string_never_prints_the_name_or_id_in_plain() {
        String printed = new CitizenCard("张三丰", "110101195003081234", BORN).toString();

        assertThat(printed).contains("张*丰", "110***********1234")
                .doesNotContain("张三丰", "110101195003081234", "19500308");
    }

    @Test
    void age_comes_from_the_birth_date() {
        assertThat(card("张三").ageOn(LocalDate.of(2026, 3, 7))).isEqualTo(75);
        assertThat(card("张三").ageOn(LocalDate.of(2026, 3, 8))).isEqualTo(76);
    }

    @Test
    void a_card_without_a_valid_id_number_is_refused() {
        assertThatThrownBy(() -> new CitizenCard("张三", "12345", BORN)).hasMessageContaining("idNumber");
        assertThatThrownBy(() -> new CitizenCard(" ", "110101195003081234", BORN)).hasMessageContaining("name");
    }

    private static CitizenCard card(String name) {
        return new CitizenCard(name, "110101195003081234", BORN);
    }
}

package dev.hallq.agent.cards;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class IdNumbersTest {

    @Test
    void a_number_with_the_right_check_character_gives_its_birth_date() {
        assertThat(IdNumbers.birthDate("11010519491231002X")).contains(LocalDate.of(1949, 12, 31));
        assertThat(IdNumbers.birthDate("440304198001010519")).contains(LocalDate.of(1980, 1, 1));
    }

    @Test
    void a_wrong_check_character_or_an_impossible_date_is_no_valid_number() {
        assertThat(IdNumbers.valid("110105194912310021")).isFalse();
        assertThat(IdNumbers.valid("110105194902300027")).isFalse(); // 30 February
        assertThat(IdNumbers.valid("11010519491231002x")).isFalse(); // upper case only; callers normalise
        assertThat(IdNumbers.valid("A1010519491231002X")).isFalse();
        assertThat(IdNumbers.valid(null)).isFalse();
    }

    @Test
    void an_old_fifteen_digit_number_is_born_in_the_1900s() {
        assertThat(IdNumbers.birthDate("110105491231002")).contains(LocalDate.of(1949, 12, 31));
        assertThat(IdNumbers.valid("110105491331002")).isFalse();
    }

    @Test
    void the_check_character_follows_iso_7064_mod_11_2() {
        assertThat(IdNumbers.checkCharacter("11010519491231002")).isEqualTo('X');
        assertThat(IdNumbers.checkCharacter("44030419800101051")).isEqualTo('9');
    }
}

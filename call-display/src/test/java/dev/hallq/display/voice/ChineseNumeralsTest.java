package dev.hallq.display.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ChineseNumeralsTest {

    @ParameterizedTest(name = "{0} is read {1}")
    @CsvSource({
        "0,零", "1,一", "3,三", "9,九", "10,十", "11,十一", "12,十二", "19,十九", "20,二十", "21,二十一",
        "99,九十九", "100,一百", "101,一百零一", "105,一百零五", "110,一百一十", "115,一百一十五",
        "120,一百二十", "999,九百九十九", "1000,一千", "1001,一千零一", "1010,一千零一十",
        "1100,一千一百", "2019,二千零一十九", "9999,九千九百九十九"
    })
    void readsNumbersTheWayTheyAreSpoken(int number, String words) {
        assertThat(ChineseNumerals.cardinal(number)).isEqualTo(words);
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 10_000})
    void rejectsNumbersItCannotRead(int number) {
        assertThatThrownBy(() -> ChineseNumerals.cardinal(number)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void readsDigitsOneByOneAndKeepsLetters() {
        assertThat(ChineseNumerals.digitByDigit("A0123456789")).isEqualTo("A零一二三四五六七八九");
        assertThat(ChineseNumerals.digitByDigit("B120")).isEqualTo("B一二零");
    }
}

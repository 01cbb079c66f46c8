package dev.hallq.kiosk.idcard;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class NationTest {

    @Test
    void codes_01_to_56_are_the_56_nations_and_97_98_close_the_table() {
        for (int code = 1; code <= 56; code++) {
            String twoDigits = String.format("%02d", code);
            assertThat(Nation.of(twoDigits)).as(twoDigits).hasValueSatisfying(n -> assertThat(n.code()).isEqualTo(twoDigits));
        }
        assertThat(Nation.of("97")).contains(Nation.OTHER);
        assertThat(Nation.of("98")).contains(Nation.FOREIGN_ORIGIN);
        assertThat(Nation.values()).hasSize(58);
        assertThat(Arrays.stream(Nation.values()).map(Nation::chinese).distinct()).hasSize(58);
    }

    @Test
    void names_are_as_the_card_prints_them() {
        assertThat(Nation.of("01").map(Nation::chinese)).contains("汉");
        assertThat(Nation.of("02").map(Nation::chinese)).contains("蒙古");
        assertThat(Nation.of("05").map(Nation::chinese)).contains("维吾尔");
        assertThat(Nation.of("29").map(Nation::chinese)).contains("柯尔克孜");
        assertThat(Nation.of("43").map(Nation::chinese)).contains("乌孜别克");
        assertThat(Nation.of("56").map(Nation::chinese)).contains("基诺");
        assertThat(Nation.of("97").map(Nation::chinese)).contains("其他");
        assertThat(Nation.of("98").map(Nation::chinese)).contains("外国血统中国籍人士");
    }

    @Test
    void codes_outside_the_table_are_not_nations() {
        for (String code : new String[]{"00", "57", "96", "99", "1", "", "汉"}) {
            assertThat(Nation.of(code)).as(code).isEmpty();
        }
    }
}

package dev.hallq.protocol;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CitizenTest {
    /** A made-up number with a valid check digit (GB 11643). */
    static final String ID = "11010519491231002X";

    @Test
    void aValidNumberIsMaskedToItsFirstThreeAndLastFourCharacters() {
        Citizen c = new Citizen(ID, "张三丰", LocalDate.parse("1949-12-31"));
        assertThat(c.maskedId()).isEqualTo("110***********002X");
        assertThat(c.maskedName()).isEqualTo("张*丰");
        assertThat(new Citizen(ID, "李四", null).maskedName()).isEqualTo("李*");
        assertThat(new Citizen(ID, "欧阳小明", null).maskedName()).isEqualTo("欧**明");
        assertThat(new Citizen(ID, "晶", null).maskedName()).as("a one-character name is not shown").isEqualTo("*");
    }

    @Test
    void theNumberAndNameNeverAppearInPlainText() {
        String text = new Citizen(ID, "张三丰", null).toString();
        assertThat(text).doesNotContain(ID).doesNotContain("张三丰");
        assertThat(Json.writeString(new TicketRequest("r", null, "s", null, false, new Citizen(ID, "张三丰", null))))
                .contains(ID); // on the wire it must travel whole: the hub hashes it
    }

    @Test
    void aWrongCheckDigitOrShapeIsRefused() {
        assertThatThrownBy(() -> new Citizen("110105194912310021", "张三", null)).hasMessageContaining("check digit");
        assertThatThrownBy(() -> new Citizen("1101051949", "张三", null)).hasMessageContaining("17 digits");
    }

    @Test
    void theAgeComesFromTheBirthDate() {
        assertThat(new Citizen(ID, "张三", LocalDate.parse("1949-12-31")).ageOn(LocalDate.parse("2026-11-24")))
                .hasValue(76);
    }
}

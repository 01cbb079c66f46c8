package dev.hallq.printer.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LineWrapTest {

    @Test
    void chineseCountsTwoColumnsAndBreaksBetweenAnyTwoCharacters() {
        assertThat(LineWrap.width("社保A1")).isEqualTo(6);
        assertThat(LineWrap.wrap("居民身份证原件复印件", 8)).containsExactly("居民身份", "证原件复", "印件");
        assertThat(LineWrap.wrap("居民身份证原件", 9)).as("an odd column is left empty, not half a character")
                .containsExactly("居民身份", "证原件");
    }

    @Test
    void aRunOfAsciiMovesToTheNextLineWholeUnlessItIsLongerThanALine() {
        assertThat(LineWrap.wrap("咨询电话0552-1234567", 16)).containsExactly("咨询电话", "0552-1234567");
        assertThat(LineWrap.wrap("see http://hall.example/guide/x", 12))
                .containsExactly("see", "http://hall.", "example/guid", "e/x");
    }

    @Test
    void aClosingMarkNeverStartsALineAndAnOpeningMarkNeverEndsOne() {
        assertThat(LineWrap.wrap("一二三四五六，七八", 12)).as("the character before moves down with the comma")
                .containsExactly("一二三四五", "六，七八");
        assertThat(LineWrap.wrap("依据一二三《劳动法》", 12)).containsExactly("依据一二三", "《劳动法》");
    }

    @Test
    void lineBreaksInTheTextAreKeptAndOtherControlCharactersBecomeSpaces() {
        assertThat(LineWrap.wrap("第一行\r\n第二行\u0007响铃", 40)).containsExactly("第一行", "第二行 响铃");
        assertThat(LineWrap.wrap(" \n ", 40)).isEmpty();
    }

    @Test
    void aNumberedItemHangsUnderItsOwnText() {
        assertThat(LineWrap.hanging("1. ", "户口簿首页及本人页", 11)).containsExactly("1. 户口簿首", "   页及本人", "   页");
    }

    @Test
    void fewerThanTwoColumnsCannotHoldAChineseCharacter() {
        assertThatThrownBy(() -> LineWrap.wrap("社保", 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("columns");
    }
}

package dev.hallq.display.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CallPhrasesTest {

    private final CallPhrases phrases = new CallPhrases();

    @ParameterizedTest(name = "{0} to window {1}")
    @CsvSource({
        "A001, 3,   请A001号到3号窗口办理,   请A零零一号到三号窗口办理",
        "A012, 12,  请A012号到12号窗口办理,  请A零一二号到十二号窗口办理",
        "B120, 20,  请B120号到20号窗口办理,  请B一二零号到二十号窗口办理",
        "A012, 105, 请A012号到105号窗口办理, 请A零一二号到一百零五号窗口办理"
    })
    void showsTicketAsPrintedAndSpeaksDigitsOneByOneAndWindowAsNumber(
            String ticket, int window, String display, String spoken) {
        assertThat(phrases.displayText(ticket, window, false)).isEqualTo(display);
        assertThat(phrases.spokenText(ticket, window, false)).isEqualTo(spoken);
    }

    @Test
    void neverSpeaksTheTicketAsANumber() {
        assertThat(phrases.spokenText("A012", 3, false)).contains("A零一二").doesNotContain("十二", "12");
    }

    @Test
    void recallIsPrefixedOnScreenAndInSpeech() {
        assertThat(phrases.displayText("A012", 3, true)).isEqualTo("重呼：请A012号到3号窗口办理");
        assertThat(phrases.spokenText("A012", 3, true)).isEqualTo("重呼：请A零一二号到三号窗口办理");
    }

    @Test
    void englishLineSpellsTheTicketAndSaysTheWindow() {
        assertThat(phrases.englishText("A012", 3, false)).isEqualTo("Number A 0 1 2, please go to window 3");
        assertThat(phrases.englishText("B120", 105, true)).isEqualTo("Recall: number B 1 2 0, please go to window 105");
    }

    @Test
    void announcementCarriesBothTextsAndNormalizedTicket() {
        Announcement a = phrases.announcement(7, " a012 ", 3, true);
        assertThat(a).isEqualTo(new Announcement(7, "A012", 3, true,
                "重呼：请A012号到3号窗口办理", "重呼：请A零一二号到三号窗口办理"));
    }

    @Test
    void customTemplatesAreUsedForBothTexts() {
        CallPhrases custom = new CallPhrases(new PhraseTemplates("{ticket}号，请到{window}号窗口", "{ticket}号再次请到{window}号窗口"));
        assertThat(custom.displayText("A012", 12, false)).isEqualTo("A012号，请到12号窗口");
        assertThat(custom.spokenText("A012", 12, true)).isEqualTo("A零一二号再次请到十二号窗口");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "A", "12A", "A-12", "A 12", "甲012", "A0123456789"})
    void rejectsBlankOrMalformedTickets(String ticket) {
        assertThatThrownBy(() -> phrases.spokenText(ticket, 3, false)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> phrases.displayText(ticket, 3, false)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsNullTicket() {
        assertThatThrownBy(() -> phrases.announcement(1, null, 3, false)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 10_000})
    void rejectsWindowsOutOfRange(int window) {
        assertThatThrownBy(() -> phrases.displayText("A012", window, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("window");
        assertThatThrownBy(() -> phrases.englishText("A012", window, false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void announcementRejectsBadFieldsEvenWhenBuiltDirectly() {
        assertThatThrownBy(() -> new Announcement(1, " ", 3, false, "x", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Announcement(1, "A1", 0, false, "x", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Announcement(1, "A1", 1, false, "x", "")).isInstanceOf(IllegalArgumentException.class);
    }
}

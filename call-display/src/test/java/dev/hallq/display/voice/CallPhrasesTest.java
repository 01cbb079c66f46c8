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
        "A012, 105, 请A012号到105号窗口办理, 请A零一二号到一百零五号窗口办理",
        "Z999, 1,   请Z999号到1号窗口办理,   请Z九九九号到一号窗口办理",
        "A000, 10,  请A000号到10号窗口办理,  请A零零零号到十号窗口办理",
        "B007, 110, 请B007号到110号窗口办理, 请B零零七号到一百一十号窗口办理",
        "C1000, 1001, 请C1000号到1001号窗口办理, 请C一零零零号到一千零一号窗口办理",
        "VIP7, 9999, 请VIP7号到9999号窗口办理, 请VIP七号到九千九百九十九号窗口办理",
        "42,   2,   请42号到2号窗口办理,     请四二号到二号窗口办理"
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

    @ParameterizedTest(name = "template {0}")
    @CsvSource(delimiter = '|', value = {
        "{ticket}号请到{window}号窗口    | {ticket}号再次请到{window}号窗口 | A012号请到3号窗口     | A零一二号再次请到三号窗口",
        "请{ticket}到{window}号窗口      | 重呼{ticket}到{window}号窗口     | 请A012到3号窗口       | 重呼A零一二到三号窗口",
        "请{ticket}号到{window}号台办理  | 请{ticket}号再到{window}号台     | 请A012号到3号台办理   | 请A零一二号再到三号台",
        "{window}号窗口请{ticket}号      | {window}号窗口重呼{ticket}号     | 3号窗口请A012号       | 三号窗口重呼A零一二号"
    })
    void aHallsTemplatesAreFilledForScreenAndVoice(String call, String recall, String display, String spokenRecall) {
        CallPhrases custom = new CallPhrases(new PhraseTemplates(call.strip(), recall.strip()));
        assertThat(custom.displayText("A012", 3, false)).isEqualTo(display.strip());
        assertThat(custom.spokenText("A012", 3, true)).isEqualTo(spokenRecall.strip());
    }

    @Test
    void englishAsSecondLanguageSpellsTheTicketWithCommasSoEspeakNeverReadsAAsAWord() {
        CallPhrases bilingual = new CallPhrases(PhraseTemplates.defaults(), SecondLanguage.ENGLISH);
        assertThat(bilingual.announcement(1, "A012", 3, false).second())
                .isEqualTo(new Announcement.Second("en", "Number A, 0, 1, 2, please go to window 3."));
        assertThat(bilingual.announcement(2, "B120", 105, true).second().spokenText())
                .isEqualTo("Recall: number B, 1, 2, 0, please go to window 105.");
        assertThat(bilingual.announcement(2, "B120", 105, true).spokenText()).isEqualTo("重呼：请B一二零号到一百零五号窗口办理");
    }

    @Test
    void cantoneseAsSecondLanguageReadsTheChineseWording() {
        CallPhrases bilingual = new CallPhrases(PhraseTemplates.defaults(), SecondLanguage.CANTONESE);
        assertThat(bilingual.announcement(1, "A012", 12, false).second())
                .isEqualTo(new Announcement.Second("yue", "请A零一二号到十二号窗口办理"));
        assertThat(SecondLanguage.named("yue")).contains(SecondLanguage.CANTONESE);
        assertThat(SecondLanguage.named("English")).contains(SecondLanguage.ENGLISH);
        assertThat(SecondLanguage.named("none")).isEmpty();
        assertThatThrownBy(() -> SecondLanguage.named("fr")).hasMessageContaining("none, en or yue");
    }

    @Test
    void withoutASecondLanguageThereIsNone() {
        assertThat(phrases.announcement(1, "A012", 3, false).second()).isNull();
        assertThat(phrases.secondLanguage()).isEmpty();
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

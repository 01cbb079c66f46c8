package dev.hallq.display.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClipScriptTest {

    private final CallPhrases phrases = new CallPhrases();

    private static List<String> files(String spoken) {
        return ClipScript.of(spoken).stream()
                .map(p -> p instanceof ClipScript.Clip c ? c.file() : "pause").toList();
    }

    @Test
    void aCallIsWordsWithEveryLetterAndDigitAClipOfItsOwn() {
        assertThat(files(phrases.spokenText("A012", 3, false))).containsExactly(
                "word-请.wav", "letter-A.wav", "digit-0.wav", "digit-1.wav", "digit-2.wav", "word-号到.wav",
                "digit-3.wav", "word-号窗口办理.wav");
    }

    @Test
    void aRecallStartsWithItsWordThenAPause() {
        assertThat(files(phrases.spokenText("B120", 12, true))).containsExactly(
                "word-重呼.wav", "pause", "word-请.wav", "letter-B.wav", "digit-1.wav", "digit-2.wav", "digit-0.wav",
                "word-号到.wav", "unit-10.wav", "digit-2.wav", "word-号窗口办理.wav");
    }

    @ParameterizedTest(name = "window {0} is said {1}")
    @CsvSource({
        "1,    digit-1",
        "10,   unit-10",
        "20,   digit-2 unit-10",
        "105,  digit-1 unit-100 digit-0 digit-5",
        "110,  digit-1 unit-100 digit-1 unit-10",
        "1001, digit-1 unit-1000 digit-0 digit-1",
        "9999, digit-9 unit-1000 digit-9 unit-100 digit-9 unit-10 digit-9"
    })
    void windowNumbersAreDigitsAndUnits(int window, String said) {
        List<String> parts = files(ChineseNumerals.cardinal(window));
        assertThat(String.join(" ", parts).replace(".wav", "")).isEqualTo(said);
    }

    @Test
    void everyTicketOfAServiceIsSaidDigitByDigitFromClips() {
        for (int n = 0; n <= 999; n++) {
            String ticket = String.format("C%03d", n);
            List<ClipScript.Part> parts = ClipScript.of(phrases.spokenText(ticket, 7, false));
            String digits = parts.stream().filter(p -> p instanceof ClipScript.Clip c && c.file().startsWith("digit-"))
                    .map(p -> ((ClipScript.Clip) p).file().substring(6, 7)).reduce("", String::concat);
            assertThat(digits).as(ticket).isEqualTo(ticket.substring(1) + "7");
        }
    }

    @Test
    void punctuationAndSpacesBecomeOnePauseAndNoneAtTheEnds() {
        assertThat(files("：请， 到。")).containsExactly("word-请.wav", "pause", "word-到.wav");
    }

    @Test
    void wordFileNamesKeepChineseAndLettersAndReplaceTheRest() {
        assertThat(ClipScript.wordFile("号窗口办理")).isEqualTo("word-号窗口办理.wav");
        assertThat(ClipScript.wordFile("a/b\\c")).isEqualTo("word-a_b_c.wav");
    }

    @Test
    void theInventoryHoldsDigitsLettersUnitsAndTheWordsOfTheHallsTemplates() {
        Map<String, String> clips = ClipScript.inventory(new PhraseTemplates("请{ticket}号到{window}号窗口",
                "再次呼叫：{ticket}号请到{window}号窗口"));
        assertThat(clips).containsEntry("digit-0.wav", "零").containsEntry("digit-9.wav", "九")
                .containsEntry("letter-A.wav", "A").containsEntry("letter-Z.wav", "Z")
                .containsEntry("unit-10.wav", "十").containsEntry("unit-100.wav", "百").containsEntry("unit-1000.wav", "千")
                .containsEntry("word-请.wav", "请").containsEntry("word-号到.wav", "号到")
                .containsEntry("word-号窗口.wav", "号窗口").containsEntry("word-再次呼叫.wav", "再次呼叫")
                .containsEntry("word-号请到.wav", "号请到");
        assertThat(clips).hasSize(10 + 26 + 3 + 5);
    }
}

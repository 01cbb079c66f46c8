package dev.hallq.display.voice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EspeakPronunciationTest {

    @Test
    void recallIsGivenToEspeakWithAHomophoneReadAsChong() {
        String spoken = new CallPhrases().spokenText("A012", 3, true);
        assertThat(EspeakPronunciation.forEspeak(spoken)).isEqualTo("崇呼：请A零一二号到三号窗口办理");
    }

    @Test
    void ordinaryCallIsPassedUnchanged() {
        String spoken = new CallPhrases().spokenText("B120", 105, false);
        assertThat(EspeakPronunciation.forEspeak(spoken)).isEqualTo(spoken);
    }
}

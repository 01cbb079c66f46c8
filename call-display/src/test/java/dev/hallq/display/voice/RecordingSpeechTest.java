package dev.hallq.display.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RecordingSpeechTest {

    private final CallPhrases phrases = new CallPhrases();

    @Test
    void remembersWhatWasSpokenInOrder() throws Exception {
        RecordingSpeech speech = new RecordingSpeech();
        speech.speak(phrases.announcement(1, "A001", 1, false));
        speech.speak(phrases.announcement(2, "A001", 1, true));
        assertThat(speech.spoken()).extracting(Announcement::seq).containsExactly(1L, 2L);
        assertThat(speech.health()).isEqualTo(VoiceHealth.ok());
    }

    @Test
    void canBeMadeToFailAndToRecover() throws Exception {
        RecordingSpeech speech = new RecordingSpeech();
        speech.failAlways("amplifier off");
        assertThatThrownBy(() -> speech.speak(phrases.announcement(1, "A001", 1, false)))
                .isInstanceOf(SpeechFault.class).hasMessageContaining("amplifier off");
        assertThat(speech.health()).isEqualTo(VoiceHealth.fault("amplifier off"));
        assertThat(speech.spoken()).isEmpty();

        speech.recover();
        speech.speak(phrases.announcement(2, "A002", 1, false));
        assertThat(speech.spoken()).hasSize(1);
        assertThat(speech.health().isOk()).isTrue();
    }
}

package dev.hallq.display.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhraseTemplatesTest {

    @Test
    void defaultsAreTheHallWording() {
        PhraseTemplates t = PhraseTemplates.defaults();
        assertThat(t.call()).isEqualTo("请{ticket}号到{window}号窗口办理");
        assertThat(t.recall()).isEqualTo("重呼：请{ticket}号到{window}号窗口办理");
    }

    @ParameterizedTest
    @ValueSource(strings = {"请{ticket}号到{windw}号窗口", "请{ticket}号到{window}号{counter}", "{}请{ticket}{window}"})
    void rejectsUnknownPlaceholders(String template) {
        assertThatThrownBy(() -> new PhraseTemplates(template, PhraseTemplates.DEFAULT_RECALL))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown placeholder");
    }

    @ParameterizedTest
    @ValueSource(strings = {"请{ticket号到{window}号窗口", "请{ticket}号到{window}}号窗口", "请{ticket}号到窗口",
        "请到{window}号窗口", " "})
    void rejectsBrokenOrIncompleteTemplates(String template) {
        assertThatThrownBy(() -> new PhraseTemplates(PhraseTemplates.DEFAULT_CALL, template))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("recall");
    }

    @Test
    void rejectsMissingTemplates() {
        assertThatThrownBy(() -> new PhraseTemplates(null, PhraseTemplates.DEFAULT_RECALL))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void rendersEveryOccurrenceOfAPlaceholder() {
        PhraseTemplates t = new PhraseTemplates("{ticket}号请到{window}号窗口，{ticket}号", "再次{ticket}到{window}");
        assertThat(t.render(false, "A1", "2")).isEqualTo("A1号请到2号窗口，A1号");
        assertThat(t.render(true, "A1", "2")).isEqualTo("再次A1到2");
    }
}

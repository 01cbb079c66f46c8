package dev.hallq.display;

import dev.hallq.display.voice.AnnouncementQueue;
import dev.hallq.display.voice.PhraseTemplates;
import dev.hallq.display.voice.SecondLanguage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DisplayConfigFileTest {
    @TempDir
    Path dir;

    private Path file(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void a_halls_file_sets_notices_citizen_name_photos_and_the_voice() throws Exception {
        DisplayConfig config = DisplayConfigFile.load(file("display.yaml", """
                notices:
                  - 请留意叫号，过号请到咨询台
                  - 办理不动产业务请先到3楼预审
                noticesEn: Please listen for your number.
                citizenName: true
                photos: staff-photos
                voice:
                  call: "{ticket}号，请到{window}号窗口"
                  recall: "再次呼叫{ticket}号，请到{window}号窗口"
                  secondLanguage: en
                  secondRecall: "Once more: number {ticket}, window {window}."
                  chime: false
                  maxBacklog: 5
                """));
        assertThat(config.notices()).containsExactly("请留意叫号，过号请到咨询台", "办理不动产业务请先到3楼预审");
        assertThat(config.noticesEn()).containsExactly("Please listen for your number.");
        assertThat(config.citizenName()).isTrue();
        assertThat(config.photos()).isEqualTo(dir.resolve("staff-photos"));
        assertThat(config.voice().templates()).isEqualTo(new PhraseTemplates("{ticket}号，请到{window}号窗口",
                "再次呼叫{ticket}号，请到{window}号窗口"));
        assertThat(config.voice().chime()).isFalse();
        assertThat(config.voice().maxBacklog()).isEqualTo(5);
        SecondLanguage english = config.voice().second();
        assertThat(english.voice()).isEqualTo("en");
        assertThat(english.templates().call()).isEqualTo(SecondLanguage.ENGLISH.templates().call());
        assertThat(english.templates().recall()).isEqualTo("Once more: number {ticket}, window {window}.");
        assertThat(config.voice().phrases().announcement(1, "A012", 3, true).second().spokenText())
                .isEqualTo("Once more: number A, 0, 1, 2, window 3.");
    }

    @Test
    void an_empty_file_or_a_missing_section_gives_the_defaults() throws Exception {
        assertThat(DisplayConfigFile.load(file("empty.yaml", ""))).isEqualTo(DisplayConfig.defaults());
        DisplayConfig cantonese = DisplayConfigFile.load(file("yue.json", "{\"voice\": {\"secondLanguage\": \"yue\"}}"));
        assertThat(cantonese.voice().second()).isEqualTo(SecondLanguage.CANTONESE);
        assertThat(cantonese.notices()).isEqualTo(DisplayConfig.DEFAULT_NOTICES);
        assertThat(cantonese.voice().maxBacklog()).isEqualTo(AnnouncementQueue.DEFAULT_MAX_BACKLOG);
        assertThat(cantonese.citizenName()).isFalse();
    }

    @Test
    void own_notices_without_english_ones_are_shown_in_english_too() throws Exception {
        DisplayConfig config = DisplayConfigFile.load(file("d.yaml", "notices: 今日下午停电检修\n"));
        assertThat(config.notices()).containsExactly("今日下午停电检修");
        assertThat(config.noticesEn()).isEmpty();
    }

    @Test
    void mistakes_name_the_file_and_the_key() throws Exception {
        assertThatThrownBy(() -> DisplayConfigFile.load(file("a.yaml", "notice: x"))).hasMessageContaining("a.yaml")
                .hasMessageContaining("'notice' is not a setting");
        assertThatThrownBy(() -> DisplayConfigFile.load(file("b.yaml", "voice:\n  call: 请{ticket}号\n")))
                .hasMessageContaining("b.yaml").hasMessageContaining("{window}");
        assertThatThrownBy(() -> DisplayConfigFile.load(file("c.yaml", "voice:\n  secondLanguage: fr\n")))
                .hasMessageContaining("second language must be none, en or yue");
        assertThatThrownBy(() -> DisplayConfigFile.load(file("d.yaml", "voice:\n  maxBacklog: 0\n")))
                .hasMessageContaining("voice.maxBacklog must be 1-1000");
        assertThatThrownBy(() -> DisplayConfigFile.load(file("e.yaml", "citizenName: maybe\n")))
                .hasMessageContaining("citizenName must be true or false");
        assertThatThrownBy(() -> DisplayConfigFile.load(file("f.yaml", "voice:\n  chyme: true\n")))
                .hasMessageContaining("'voice.chyme' is not a setting");
        assertThatThrownBy(() -> DisplayConfigFile.load(file("g.yaml", "voice:\n  secondCall: x {ticket} {window}\n")))
                .hasMessageContaining("need voice.secondLanguage");
        assertThatThrownBy(() -> DisplayConfigFile.load(file("h.yaml", "notices: [\"\"]\n")))
                .hasMessageContaining("notices[0]");
        assertThatThrownBy(() -> DisplayConfigFile.load(file("i.yaml", "notices: [a\n")))
                .hasMessageContaining("i.yaml is not valid YAML");
        assertThatThrownBy(() -> DisplayConfigFile.load(dir.resolve("none.yaml")))
                .hasMessageContaining("cannot read display config");
    }
}

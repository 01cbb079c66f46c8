package dev.hallq.display;

import dev.hallq.display.voice.VoiceConfig;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What a hall (or one screen) sets for its screens and voice, usually from a file ({@link DisplayConfigFile}).
 *
 * @param notices     the hall screen's scrolling notices (滚动通知), one after the other
 * @param noticesEn   the same in English, shown when the page is switched to English; empty: the Chinese ones
 * @param citizenName window screens show the called citizen's masked name (张*丰) of a real-name ticket; off unless
 *                    a hall turns it on
 * @param photos      folder of staff photos this screen serves for photo paths such as {@code /photos/0201.jpg};
 *                    null: such paths are looked up on the hub's public address
 * @param voice       the announcer's wording, second language, chime and backlog
 */
public record DisplayConfig(List<String> notices, List<String> noticesEn, boolean citizenName, Path photos,
                            VoiceConfig voice) {
    public static final List<String> DEFAULT_NOTICES = List.of("请留意叫号，过号请到咨询台");
    public static final List<String> DEFAULT_NOTICES_EN =
            List.of("Please listen for your number. If you missed your call, please go to the information desk.");

    public DisplayConfig {
        notices = clean(notices, "notices");
        noticesEn = clean(noticesEn, "noticesEn");
        Objects.requireNonNull(voice, "voice");
    }

    public static DisplayConfig defaults() {
        return new DisplayConfig(DEFAULT_NOTICES, DEFAULT_NOTICES_EN, false, null, VoiceConfig.defaults());
    }

    public DisplayConfig withPhotos(Path folder) {
        return new DisplayConfig(notices, noticesEn, citizenName, folder, voice);
    }

    public DisplayConfig withCitizenName(boolean shown) {
        return new DisplayConfig(notices, noticesEn, shown, photos, voice);
    }

    public DisplayConfig withNotices(List<String> zh, List<String> en) {
        return new DisplayConfig(zh, en, citizenName, photos, voice);
    }

    public DisplayConfig withVoice(VoiceConfig other) {
        return new DisplayConfig(notices, noticesEn, citizenName, photos, other);
    }

    private static List<String> clean(List<String> lines, String key) {
        if (lines == null) {
            return List.of();
        }
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i) == null || lines.get(i).isBlank()) {
                throw new IllegalArgumentException(key + "[" + i + "] is blank");
            }
        }
        return lines.stream().map(String::strip).toList();
    }
}

package dev.hallq.kiosk;

import dev.hallq.agent.Remembered;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * 拼音首字母: the kiosk's search without a keyboard. A citizen taps letters on the screen and services whose
 * initials contain them stay: {@code 不动产登记 → BDCDJ}, so {@code BDC} finds it. Latin letters and digits keep
 * themselves; other characters are skipped.
 */
final class ServiceInitials {
    private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();
    /** Names already read: the board comes several times a second in a busy hall and its names rarely change. */
    private static final Remembered<String, String> READ = new Remembered<>(1024, ServiceInitials::read);

    static {
        FORMAT.setCaseType(HanyuPinyinCaseType.UPPERCASE);
        FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
    }

    private ServiceInitials() {
    }

    static String of(String name) {
        if (name == null) {
            return "";
        }
        return READ.get(name);
    }

    private static String read(String name) {
        StringBuilder out = new StringBuilder();
        for (char c : name.toCharArray()) {
            if (c < 128) {
                if (Character.isLetterOrDigit(c)) {
                    out.append(Character.toUpperCase(c));
                }
                continue;
            }
            try {
                String[] readings = PinyinHelper.toHanyuPinyinStringArray(c, FORMAT);
                if (readings != null && readings.length > 0 && !readings[0].isEmpty()) {
                    out.append(readings[0].charAt(0));
                }
            } catch (BadHanyuPinyinOutputFormatCombination e) {
                throw new IllegalStateException("pinyin format", e);
            }
        }
        return out.toString();
    }
}

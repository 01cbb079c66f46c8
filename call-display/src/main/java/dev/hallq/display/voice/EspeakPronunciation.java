package dev.hallq.display.voice;

import java.util.Map;

/**
 * Works around espeak-ng's Mandarin dictionary where it picks the wrong reading of a
 * polyphonic character: it always reads 重 as zhòng ("heavy"), so 重呼 would come out
 * "zhòng hū" instead of "chóng hū". Such words are swapped for homophones before synthesis;
 * the announcement's own text is left alone. Only for Mandarin voices: Cantonese ({@code yue}) reads 重呼 right
 * and would read 崇 wrong.
 */
final class EspeakPronunciation {

    /** Word as written → same sound that espeak-ng reads correctly. */
    static final Map<String, String> HOMOPHONES = Map.of(
            "重呼", "崇呼",   // chóng hū: recall
            "重新", "崇新");  // chóng xīn: again

    private EspeakPronunciation() {
    }

    /** The text to give espeak-ng's {@code voice}: Mandarin voices get the homophones, others the text as it is. */
    static String forEspeak(String voice, String spokenText) {
        return isMandarin(voice) ? forEspeak(spokenText) : spokenText;
    }

    static boolean isMandarin(String voice) {
        return voice.startsWith("cmn") || voice.equals("zh") || voice.startsWith("zh-cmn") || voice.startsWith("sit/cmn");
    }

    static String forEspeak(String spokenText) {
        String out = spokenText;
        for (Map.Entry<String, String> e : HOMOPHONES.entrySet()) {
            out = out.replace(e.getKey(), e.getValue());
        }
        return out;
    }
}

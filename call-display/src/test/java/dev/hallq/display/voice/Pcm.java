package dev.hallq.display.voice;

import javax.sound.sampled.AudioFormat;

/** Test arithmetic on 16-bit mono PCM. */
final class Pcm {

    private Pcm() {
    }

    static short[] samples(byte[] pcm, AudioFormat format) {
        short[] out = new short[pcm.length / 2];
        for (int i = 0; i < out.length; i++) {
            int a = pcm[2 * i] & 0xff;
            int b = pcm[2 * i + 1] & 0xff;
            out[i] = (short) (format.isBigEndian() ? (a << 8) | b : (b << 8) | a);
        }
        return out;
    }

    static double rms(short[] s, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += (double) s[i] * s[i];
        }
        return Math.sqrt(sum / Math.max(1, to - from));
    }

    /** Frequency estimated from sign changes (two per period). */
    static double zeroCrossingHz(short[] s, int from, int to, float sampleRate) {
        int crossings = 0;
        for (int i = from + 1; i < to; i++) {
            if ((s[i - 1] < 0) != (s[i] < 0)) {
                crossings++;
            }
        }
        return crossings / 2.0 / ((to - from) / (double) sampleRate);
    }
}

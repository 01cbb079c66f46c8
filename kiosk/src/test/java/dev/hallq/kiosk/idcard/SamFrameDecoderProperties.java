package dev.hallq.kiosk.idcard;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import java.util.Arrays;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class SamFrameDecoderProperties {

    @Property
    void the_decoder_never_throws_and_never_passes_a_body_that_failed_its_checksum(
            @ForAll @Size(max = 3000) byte[] noise, @ForAll @IntRange(min = 1, max = 64) int piece) {
        SamFrameDecoder decoder = new SamFrameDecoder();
        for (int at = 0; at < noise.length; at += piece) {
            decoder.feed(noise, at, Math.min(piece, noise.length - at));
            Optional<SamFrameDecoder.Result> result;
            while ((result = decoder.next()).isPresent()) {
                if (result.get() instanceof SamFrameDecoder.Result.Body body) {
                    // a body out of noise is possible only where the noise held a whole frame with its checksum
                    byte[] frame = SamFrame.wrap(body.bytes());
                    assertThat(indexOf(noise, frame)).isNotNegative();
                }
            }
        }
    }

    @Property
    void a_frame_behind_any_noise_without_a_preamble_comes_out_whole(
            @ForAll @Size(max = 500) byte[] noise, @ForAll @Size(min = 3, max = 1500) byte[] body,
            @ForAll @IntRange(min = 1, max = 97) int piece) {
        byte[] clean = Arrays.copyOf(noise, noise.length);
        for (int i = 0; i < clean.length; i++) {
            if (clean[i] == (byte) 0x96) {
                clean[i] = 0; // no AA AA AA 96 69 in the noise
            }
        }
        byte[] frame = SamFrame.wrap(body);
        byte[] stream = SamFrameTest.concat(clean, frame);
        SamFrameDecoder decoder = new SamFrameDecoder();
        Optional<SamFrameDecoder.Result> found = Optional.empty();
        for (int at = 0; at < stream.length && found.isEmpty(); at += piece) {
            decoder.feed(stream, at, Math.min(piece, stream.length - at));
            found = decoder.next();
        }
        assertThat(found).hasValueSatisfying(r -> assertThat(r)
                .isInstanceOfSatisfying(SamFrameDecoder.Result.Body.class, b -> assertThat(b.bytes()).isEqualTo(body)));
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}

package dev.hallq.kiosk.idcard;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class SamFrameTest {

    @Test
    void commands_are_framed_as_reader_modules_expect_them() {
        assertThat(SamFrame.hex(SamCommand.FIND_CARD.frame(), 20)).isEqualTo("AA AA AA 96 69 00 03 20 01 22");
        assertThat(SamFrame.hex(SamCommand.SELECT_CARD.frame(), 20)).isEqualTo("AA AA AA 96 69 00 03 20 02 21");
        assertThat(SamFrame.hex(SamCommand.READ_TEXT_AND_PHOTO.frame(), 20)).isEqualTo("AA AA AA 96 69 00 03 30 01 32");
        assertThat(SamFrame.hex(SamCommand.SAM_STATUS.frame(), 20)).isEqualTo("AA AA AA 96 69 00 03 11 FF ED");
        assertThat(SamFrame.hex(SamCommand.RESET_SAM.frame(), 20)).isEqualTo("AA AA AA 96 69 00 03 10 FF EC");
        assertThat(SamFrame.hex(SamCommand.READ_WITH_FINGERPRINT.frame(), 20))
                .isEqualTo("AA AA AA 96 69 00 03 30 10 23");
    }

    @Test
    void a_card_found_reply_has_the_length_and_checksum_a_module_sends() {
        byte[] frame = SamReply.of(SamStatus.CARD_FOUND, new byte[4]).frame();
        assertThat(SamFrame.hex(frame, 20)).isEqualTo("AA AA AA 96 69 00 08 00 00 9F 00 00 00 00 97");
    }

    @Test
    void a_read_reply_round_trips_through_the_decoder() {
        SamReply reply = SamReply.of(SamStatus.OK, TestCards.readData(TestCards.resident()));
        byte[] frame = reply.frame();
        assertThat(frame).hasSize(1295);

        SamFrameDecoder decoder = new SamFrameDecoder();
        decoder.feed(frame);
        assertThat(replies(decoder)).containsExactly(reply);
        assertThat(decoder.buffered()).isZero();
    }

    @Test
    void commands_round_trip_through_the_decoder() {
        SamCommand command = new SamCommand(0x61, 0xFF, new byte[]{0x50});
        SamFrameDecoder decoder = new SamFrameDecoder();
        decoder.feed(command.frame());
        Optional<SamFrameDecoder.Result> result = decoder.next();
        assertThat(result).containsInstanceOf(SamFrameDecoder.Result.Body.class);
        assertThat(SamCommand.fromBody(((SamFrameDecoder.Result.Body) result.get()).bytes())).isEqualTo(command);
    }

    @Test
    void noise_before_the_preamble_is_skipped_even_when_it_looks_like_the_start_of_one() {
        SamReply reply = SamReply.of(SamStatus.FIND_FAILED, new byte[0]);
        byte[] noise = {0x00, (byte) 0xFF, (byte) 0xAA, (byte) 0xAA, 0x13, (byte) 0xAA, (byte) 0xAA, (byte) 0xAA, 0x01};
        SamFrameDecoder decoder = new SamFrameDecoder();
        decoder.feed(noise);
        decoder.feed(reply.frame());
        assertThat(replies(decoder)).containsExactly(reply);
        assertThat(decoder.skippedBytes()).isEqualTo(noise.length);
    }

    @Test
    void a_frame_arriving_one_byte_at_a_time_is_whole_only_at_its_last_byte() {
        SamReply reply = SamReply.of(SamStatus.OK, TestCards.readData(TestCards.foreign2023()));
        byte[] frame = reply.frame();
        SamFrameDecoder decoder = new SamFrameDecoder();
        for (int i = 0; i < frame.length - 1; i++) {
            decoder.feed(frame, i, 1);
            assertThat(decoder.next()).isEmpty();
        }
        decoder.feed(frame, frame.length - 1, 1);
        assertThat(replies(decoder)).containsExactly(reply);
    }

    @Test
    void a_frame_with_a_wrong_checksum_is_rejected_and_the_good_frame_behind_it_kept() {
        byte[] bad = SamReply.of(SamStatus.OK, TestCards.readData(TestCards.resident())).frame();
        bad[bad.length - 1] ^= 0x01;
        SamReply good = SamReply.of(SamStatus.FIND_FAILED, new byte[0]);
        SamFrameDecoder decoder = new SamFrameDecoder();
        decoder.feed(concat(bad, good.frame()));

        assertThat(decoder.next()).hasValueSatisfying(r -> assertThat(r)
                .isInstanceOfSatisfying(SamFrameDecoder.Result.Rejected.class,
                        rejected -> assertThat(rejected.reason()).contains("checksum")));
        assertThat(replies(decoder)).containsExactly(good);
    }

    @Test
    void a_flipped_bit_inside_the_data_is_caught_by_the_checksum() {
        byte[] frame = SamReply.of(SamStatus.OK, TestCards.readData(TestCards.resident())).frame();
        frame[200] ^= 0x10;
        SamFrameDecoder decoder = new SamFrameDecoder();
        decoder.feed(frame);
        assertThat(decoder.next()).containsInstanceOf(SamFrameDecoder.Result.Rejected.class);
        assertThat(replies(decoder)).isEmpty();
    }

    @Test
    void impossible_lengths_are_rejected_without_waiting_for_bytes_that_never_come() {
        for (int len : new int[]{0, 1, SamFrame.MAX_BODY + 2, 0xFFFF}) {
            byte[] frame = Arrays.copyOf(SamFrame.PREAMBLE, 12);
            frame[5] = (byte) (len >> 8);
            frame[6] = (byte) len;
            SamFrameDecoder decoder = new SamFrameDecoder();
            decoder.feed(frame);
            assertThat(decoder.next()).as("length %d", len).hasValueSatisfying(r -> assertThat(r)
                    .isInstanceOfSatisfying(SamFrameDecoder.Result.Rejected.class,
                            rejected -> assertThat(rejected.reason()).contains("length")));
        }
    }

    @Test
    void a_frame_cut_short_gives_nothing_yet() {
        byte[] frame = SamReply.of(SamStatus.OK, new byte[8]).frame();
        SamFrameDecoder decoder = new SamFrameDecoder();
        decoder.feed(frame, 0, frame.length - 3);
        assertThat(decoder.next()).isEmpty();
        assertThat(decoder.buffered()).isEqualTo(frame.length - 3);
        decoder.clear();
        assertThat(decoder.buffered()).isZero();
    }

    @Test
    void two_frames_in_one_piece_come_out_in_order() {
        SamReply first = SamReply.of(SamStatus.CARD_FOUND, new byte[4]);
        SamReply second = SamReply.of(SamStatus.OK, new byte[8]);
        SamFrameDecoder decoder = new SamFrameDecoder();
        decoder.feed(concat(first.frame(), second.frame()));
        assertThat(replies(decoder)).containsExactly(first, second);
    }

    @Test
    void a_reply_never_prints_its_data() {
        SamReply reply = SamReply.of(SamStatus.OK, TestCards.readData(TestCards.resident()));
        assertThat(reply.toString()).contains("OK (0x90)").contains("1284 data bytes").doesNotContain("张");
    }

    static List<SamReply> replies(SamFrameDecoder decoder) {
        List<SamReply> replies = new ArrayList<>();
        Optional<SamFrameDecoder.Result> result;
        while ((result = decoder.next()).isPresent()) {
            if (result.get() instanceof SamFrameDecoder.Result.Body body) {
                replies.add(SamReply.fromBody(body.bytes()));
            }
        }
        return replies;
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}

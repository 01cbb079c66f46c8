package dev.hallq.agent.cards;

import dev.hallq.agent.testing.SocialSecurityApplet;
import dev.hallq.agent.testing.VirtualCard;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HexFormat;

import static dev.hallq.agent.testing.SocialSecurityApplet.an;
import static dev.hallq.agent.testing.SocialSecurityApplet.gbk;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the reading makes of a social security card's answers, straight through its applet (no pcscd). */
class SocialSecurityCardReadingTest {
    private static final String NUMBER = "11010519491231002X";
    private final SocialSecurityCardReading reading = new SocialSecurityCardReading();

    @Test
    void reads_the_card_number_the_social_security_number_the_name_and_the_birth_date() throws Exception {
        SocialSecurityCard card = read(SocialSecurityApplet.holder("张三丰", NUMBER));

        assertThat(card.cardNumber()).isEqualTo("A12345678");
        assertThat(card.socialSecurityNumber()).isEqualTo(NUMBER);
        assertThat(card.name()).isEqualTo("张三丰");
        assertThat(card.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(card.specVersion()).isEqualTo("3.00");
        assertThat(card.cardType()).isEqualTo("3");
    }

    @Test
    void speaks_the_commands_of_the_national_specification() throws Exception {
        AppletChannel channel = new AppletChannel(SocialSecurityApplet.holder("张三丰", NUMBER));

        reading.read(channel);

        assertThat(channel.commands()).containsExactly(
                "00A404000F7378312E73682EC9E7BBE1B1A3D5CF", // SELECT sx1.sh.社会保障
                "00A4020002EF05",
                "00B207000B", // card number: tag 07, 9 bytes + tag and length
                "00B2020003",
                "00B2030006",
                "00A4020002EF06",
                "00B2080014", // social security number: 18 bytes
                "00B2090020", // name: 30 bytes of GBK
                "00B20D0006");
    }

    @Test
    void takes_the_birth_date_from_the_number_when_the_card_has_none() throws Exception {
        SocialSecurityCard card = read(SocialSecurityApplet.holder("李四", "440304198001010519").birthDate(null));

        assertThat(card.birthDate()).isEqualTo(LocalDate.of(1980, 1, 1));
    }

    @Test
    void an_unfilled_birth_date_counts_as_none() throws Exception {
        SocialSecurityCard card = read(SocialSecurityApplet.holder("李四", "440304198001010519")
                .raw(0x0D, HexFormat.of().parseHex("FFFFFFFF")));

        assertThat(card.birthDate()).isEqualTo(LocalDate.of(1980, 1, 1));
    }

    @Test
    void an_old_fifteen_digit_number_gives_a_birth_date_in_the_1900s() throws Exception {
        SocialSecurityCard card = read(SocialSecurityApplet.holder("王五", "110105491231002").birthDate(null));

        assertThat(card.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
    }

    @Test
    void padding_with_spaces_or_ff_and_a_lower_case_x_are_read_the_same() throws Exception {
        SocialSecurityApplet applet = SocialSecurityApplet.holder("张三丰", NUMBER)
                .raw(0x08, an("11010519491231002x", 18))
                .raw(0x09, pad(gbk("张三丰", 6), 30, (byte) 0x20))
                .raw(0x07, pad(an("A12345678", 9), 12, (byte) 0xFF));

        SocialSecurityCard card = read(applet);

        assertThat(card.socialSecurityNumber()).isEqualTo(NUMBER);
        assertThat(card.name()).isEqualTo("张三丰");
        assertThat(card.cardNumber()).isEqualTo("A12345678");
    }

    @Test
    void a_card_without_the_social_security_application_is_the_wrong_card() {
        assertFailure(command -> new byte[]{0x6A, (byte) 0x82}, CardFailure.WRONG_CARD, "6A82 (file or application not found)");
    }

    @Test
    void a_blocked_application_is_a_refusal_not_a_wrong_card() {
        SocialSecurityApplet applet = SocialSecurityApplet.holder("张三丰", NUMBER);
        assertFailure(c -> c[1] == (byte) 0xA4 && c[2] == 4 ? new byte[]{0x62, (byte) 0x83} : applet.answer(c),
                CardFailure.BAD_STATUS, "6283 (selected file deactivated)");
    }

    @Test
    void a_number_whose_check_digit_fails_is_a_bad_record_never_an_identity() {
        assertFailure(SocialSecurityApplet.holder("张三丰", "110105194912310021"), CardFailure.BAD_RECORD, "check digit");
    }

    @Test
    void a_birth_date_that_disagrees_with_the_number_is_a_bad_record() {
        assertFailure(SocialSecurityApplet.holder("张三丰", NUMBER).birthDate(LocalDate.of(1950, 1, 1)),
                CardFailure.BAD_RECORD, "disagrees");
    }

    @Test
    void a_card_without_a_name_is_a_bad_record() {
        assertFailure(SocialSecurityApplet.holder("张三丰", NUMBER).without(0x09), CardFailure.BAD_RECORD, "name");
    }

    @Test
    void a_name_that_is_not_gbk_is_a_bad_record_not_a_guess() {
        assertFailure(SocialSecurityApplet.holder("张三丰", NUMBER).raw(0x09, new byte[]{(byte) 0xD5, 0x7F, 0x41}),
                CardFailure.BAD_RECORD, "not valid GBK");
    }

    @Test
    void a_record_that_answers_with_another_item_is_a_bad_record() {
        SocialSecurityApplet applet = SocialSecurityApplet.holder("张三丰", NUMBER);
        assertFailure(c -> c[1] == (byte) 0xB2 && c[2] == 0x08 ? applet.answer(new byte[]{0, (byte) 0xB2, 0x09, 0, 0x20})
                : applet.answer(c), CardFailure.BAD_RECORD, "not item 08 but 09");
    }

    @Test
    void a_record_that_claims_more_bytes_than_it_holds_is_a_bad_record() {
        assertFailure(new AnswerOverride(SocialSecurityApplet.holder("张三丰", NUMBER), "00B208", "0820313130109000"),
                CardFailure.BAD_RECORD, "says 32 bytes but holds 4");
    }

    @Test
    void a_card_without_the_holder_file_is_a_bad_record() {
        assertFailure(new AnswerOverride(SocialSecurityApplet.holder("张三丰", NUMBER), "00A4020002EF06", "6A82"),
                CardFailure.BAD_RECORD, "no file EF06");
    }

    @Test
    void a_refused_read_is_a_bad_status_naming_the_command() {
        assertFailure(new AnswerOverride(SocialSecurityApplet.holder("张三丰", NUMBER), "00B209", "6982"),
                CardFailure.BAD_STATUS, "READ RECORD 09 (name (姓名)) answered 6982 (security status not satisfied)");
    }

    @Test
    void an_answer_shorter_than_a_status_word_is_unreadable() {
        assertFailure(new AnswerOverride(SocialSecurityApplet.holder("张三丰", NUMBER), "00B208", "90"),
                CardFailure.UNREADABLE, "READ RECORD 08");
    }

    @Test
    void failures_never_carry_the_holder_s_data() {
        CardReadException failure = readFailure(SocialSecurityApplet.holder("张三丰", "110105194912310021"));

        assertThat(failure.getMessage()).doesNotContain("110105", "张");
    }

    private SocialSecurityCard read(VirtualCard.Applet applet) throws CardReadException {
        return reading.read(new AppletChannel(applet));
    }

    private CardReadException readFailure(VirtualCard.Applet applet) {
        try {
            SocialSecurityCard card = read(applet);
            throw new AssertionError("expected a failure, read " + card);
        } catch (CardReadException e) {
            return e;
        }
    }

    private void assertFailure(VirtualCard.Applet applet, CardFailure failure, String detail) {
        assertThatThrownBy(() -> read(applet))
                .isInstanceOfSatisfying(CardReadException.class, e -> {
                    assertThat(e.failure()).isEqualTo(failure);
                    assertThat(e.detail()).contains(detail);
                });
    }

    private static byte[] pad(byte[] value, int length, byte with) {
        byte[] padded = java.util.Arrays.copyOf(value, length);
        java.util.Arrays.fill(padded, value.length, length, with);
        return padded;
    }

    /** An applet that answers one command prefix with a fixed answer. */
    private record AnswerOverride(VirtualCard.Applet applet, String prefix, String answerHex) implements VirtualCard.Applet {
        @Override
        public byte[] answer(byte[] command) {
            HexFormat hex = HexFormat.of().withUpperCase();
            return hex.formatHex(command).startsWith(prefix) ? hex.parseHex(answerHex) : applet.answer(command);
        }
    }
}

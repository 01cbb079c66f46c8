package dev.hallq.kiosk.idcard;

import dev.hallq.kiosk.CitizenCard;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdCardTextTest {

    @Test
    void a_resident_card_gives_every_field() throws Exception {
        IdCardText card = IdCardText.parse(TestCards.resident());

        assertThat(card.type()).isEqualTo(CardType.RESIDENT);
        assertThat(card.holder().name()).isEqualTo("张三丰");
        assertThat(card.holder().englishName()).isEmpty();
        assertThat(card.holder().gender()).isEqualTo(Gender.MALE);
        assertThat(card.holder().nation()).isEqualTo(Nation.HAN);
        assertThat(card.holder().birthDate()).isEqualTo(LocalDate.of(1980, 1, 1));
        assertThat(card.holder().address()).isEqualTo("北京市东城区测试胡同1号");
        assertThat(card.document().idNumber()).isEqualTo(TestCards.RESIDENT_ID);
        assertThat(card.document().authority()).isEqualTo("北京市公安局东城分局");
        assertThat(card.document().validFrom()).isEqualTo(LocalDate.of(2015, 6, 1));
        assertThat(card.document().validUntil()).isEqualTo(LocalDate.of(2035, 6, 1));
        assertThat(card.document().validOn(LocalDate.of(2035, 6, 2))).isFalse();
        assertThat(card.toCitizenCard())
                .isEqualTo(new CitizenCard("张三丰", TestCards.RESIDENT_ID, LocalDate.of(1980, 1, 1)));
    }

    @Test
    void a_card_valid_for_ever_says_so() throws Exception {
        IdCardText card = IdCardText.parse(TestCards.elderlyResident());
        assertThat(card.holder().gender()).isEqualTo(Gender.FEMALE);
        assertThat(card.holder().nation()).isEqualTo(Nation.MONGOL);
        assertThat(card.document().longTerm()).isTrue();
        assertThat(card.document().validUntil()).isNull();
        assertThat(card.document().validOn(LocalDate.of(2099, 1, 1))).isTrue();
        assertThat(card.toCitizenCard().ageOn(LocalDate.of(2026, 3, 15))).isEqualTo(76);
    }

    @Test
    void a_residence_permit_gives_its_pass_number_and_issue_count_and_no_nation() throws Exception {
        IdCardText card = IdCardText.parse(TestCards.residencePermit());
        assertThat(card.type()).isEqualTo(CardType.HMT_RESIDENCE_PERMIT);
        assertThat(card.holder().name()).isEqualTo("陈大文");
        assertThat(card.holder().nation()).isNull();
        assertThat(card.document().idNumber()).isEqualTo(TestCards.PERMIT_ID);
        assertThat(card.document().passNumber()).isEqualTo("H99999999");
        assertThat(card.document().issueCount()).isEqualTo("01");
        assertThat(card.document().authority()).isEqualTo("深圳市公安局");
    }

    @Test
    void a_2017_foreign_card_gives_english_name_nationality_and_both_names() throws Exception {
        IdCardText card = IdCardText.parse(TestCards.foreign2017());
        assertThat(card.type()).isEqualTo(CardType.FOREIGN_PERMANENT_RESIDENT);
        assertThat(card.type().foreign()).isTrue();
        assertThat(card.holder().englishName()).isEqualTo("SMITH, JOHN TEST");
        assertThat(card.holder().name()).isEqualTo("史密斯");
        assertThat(card.holder().nationality()).isEqualTo("USA");
        assertThat(card.holder().birthDate()).isEqualTo(LocalDate.of(1980, 8, 8));
        assertThat(card.holder().address()).isEmpty();
        assertThat(card.document().idNumber()).isEqualTo(TestCards.FOREIGN_2017_ID);
        assertThat(card.document().authority()).isEqualTo("1100");
        assertThat(card.toCitizenCard().name()).isEqualTo("史密斯");
    }

    @Test
    void a_2023_foreign_card_joins_its_english_name_and_uses_it_when_there_is_no_chinese_one() throws Exception {
        IdCardText card = IdCardText.parse(TestCards.foreign2023());
        assertThat(card.type()).isEqualTo(CardType.FOREIGN_PERMANENT_RESIDENT_2023);
        assertThat(card.holder().name()).isEmpty();
        assertThat(card.holder().englishName()).isEqualTo(TestCards.LONG_ENGLISH_NAME);
        assertThat(card.holder().gender()).isEqualTo(Gender.FEMALE);
        assertThat(card.holder().nationality()).isEqualTo("USA");
        assertThat(card.holder().birthDate()).isEqualTo(LocalDate.of(1985, 4, 12));
        assertThat(card.document().idNumber()).isEqualTo(TestCards.FOREIGN_2023_ID);
        assertThat(card.document().issueCount()).isEqualTo("00");
        assertThat(card.toCitizenCard())
                .isEqualTo(new CitizenCard(TestCards.LONG_ENGLISH_NAME, TestCards.FOREIGN_2023_ID,
                        LocalDate.of(1985, 4, 12)));
    }

    @Test
    void no_to_string_shows_a_whole_name_or_number() throws Exception {
        for (byte[] text : new byte[][]{TestCards.resident(), TestCards.residencePermit(), TestCards.foreign2017(),
                TestCards.foreign2023()}) {
            IdCardText card = IdCardText.parse(text);
            String shown = card + " " + card.holder() + " " + card.document()
                    + " " + new CardRead(card, TestCards.photo(), null);
            assertThat(shown).doesNotContain(card.document().idNumber(), card.holder().displayName(),
                    card.holder().address().isEmpty() ? "\u0000" : card.holder().address());
            assertThat(shown).doesNotContain(card.holder().birthDate().toString());
        }
        assertThat(IdCardText.parse(TestCards.resident()).toString()).contains("张*丰", "110***********");
    }

    @Test
    void a_wrong_check_digit_rejects_the_card() {
        byte[] text = TestCards.resident();
        put(text, 122 + 34, "0".equals(TestCards.RESIDENT_ID.substring(17)) ? "1" : "0");
        assertRejected(text, "check digit");
    }

    @Test
    void a_number_that_contradicts_the_birth_date_rejects_the_card() {
        byte[] text = TestCards.resident();
        put(text, 36, "19800102");
        assertRejected(text, "birth date");
    }

    @Test
    void unknown_codes_and_impossible_dates_reject_the_card() {
        byte[] flag = TestCards.resident();
        put(flag, 248, "Q");
        assertRejected(flag, "card type");
        byte[] nation = TestCards.resident();
        put(nation, 32, "57");
        assertRejected(nation, "nation");
        byte[] gender = TestCards.resident();
        put(gender, 30, "M");
        assertRejected(gender, "gender");
        byte[] date = TestCards.resident();
        put(date, 188, "20150231");
        assertRejected(date, "valid-from");
        byte[] nationality = TestCards.foreign2017();
        put(nationality, 152, "us");
        assertRejected(nationality, "nationality");
    }

    @Test
    void a_blank_name_or_a_short_text_rejects_the_card() {
        byte[] blank = TestCards.resident();
        put(blank, 0, "   ");
        assertRejected(blank, "no name");
        assertRejected(Arrays.copyOf(TestCards.resident(), 255), "255 bytes");
    }

    @Test
    void a_permit_number_not_starting_with_8_or_a_2023_number_not_starting_with_9_is_refused() {
        byte[] permit = TestCards.residencePermit();
        put(permit, 122, TestCards.RESIDENT_ID);
        put(permit, 36, "19800101");
        assertRejected(permit, "starts with 8");
        byte[] foreign = TestCards.foreign2023();
        put(foreign, 122, TestCards.RESIDENT_ID);
        assertRejected(foreign, "starts with 9");
    }

    @Test
    void a_read_reply_gives_text_and_the_photo_untouched() throws Exception {
        CardRead read = CardRead.parse(TestCards.readData(TestCards.resident()), false);
        assertThat(read.text().document().idNumber()).isEqualTo(TestCards.RESIDENT_ID);
        assertThat(read.photo()).isEqualTo(TestCards.photo());
        assertThat(read.fingerprint()).isEmpty();
    }

    @Test
    void a_read_reply_with_fingerprint_has_three_lengths() throws Exception {
        byte[] fingerprint = {1, 2, 3, 4, 5};
        CardRead read = CardRead.parse(TestCards.readDataWithFingerprint(TestCards.resident(), fingerprint), true);
        assertThat(read.fingerprint()).isEqualTo(fingerprint);
        assertThat(read.photo()).isEqualTo(TestCards.photo());
        assertThat(read.text().type()).isEqualTo(CardType.RESIDENT);
    }

    @Test
    void a_read_reply_whose_lengths_do_not_add_up_is_refused() {
        byte[] data = TestCards.readData(TestCards.resident());
        assertThatThrownBy(() -> CardRead.parse(Arrays.copyOf(data, data.length - 1), false))
                .isInstanceOf(CardTextException.class).hasMessageContaining("add up");
        byte[] wrongText = data.clone();
        wrongText[1] = (byte) 0xFE;
        assertThatThrownBy(() -> CardRead.parse(wrongText, false))
                .isInstanceOf(CardTextException.class).hasMessageContaining("not 256");
        assertThatThrownBy(() -> CardRead.parse(new byte[3], false))
                .isInstanceOf(CardTextException.class).hasMessageContaining("too short");
    }

    private static void put(byte[] text, int offset, String value) {
        byte[] encoded = value.getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
        System.arraycopy(encoded, 0, text, offset, encoded.length);
    }

    private static void assertRejected(byte[] text, String why) {
        assertThatThrownBy(() -> IdCardText.parse(text)).isInstanceOf(CardTextException.class)
                .hasMessageContaining(why)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(TestCards.RESIDENT_ID, "张三丰"));
    }
}

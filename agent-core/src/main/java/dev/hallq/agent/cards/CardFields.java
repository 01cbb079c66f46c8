package dev.hallq.agent.cards;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

/**
 * Decodes the data items of a social security card's records. Items are fixed-length and left-aligned:
 * "an" items (letters, digits, GBK text) are padded on the right with {@code 00}, "cn" items (BCD digits)
 * with {@code F}. Some issuers pad with spaces or {@code FF} instead; all of these are stripped. Messages
 * name the item and its length, never its contents: those are personal data.
 */
final class CardFields {
    /** GB 18030 reads every GBK name and the rare characters GBK lacks. */
    private static final Charset GB18030 = Charset.forName("GB18030");

    private CardFields() {
    }

    /** Letters and digits in ASCII ("an" items such as the card number and the social security number). */
    static String alphanumeric(byte[] value, String item) throws CardReadException {
        String text = ascii(value, item);
        if (!text.matches("[0-9A-Za-z]+")) {
            throw bad(item + " must be letters and digits; the card's " + value.length + " bytes are not");
        }
        return text;
    }

    /** Printable ASCII, possibly empty (card type, spec version). */
    static String ascii(byte[] value, String item) throws CardReadException {
        byte[] bytes = stripPadding(value);
        for (byte b : bytes) {
            if (b < 0x20 || b > 0x7E) {
                throw bad(item + " must be printable ASCII; the card's " + value.length + " bytes are not");
            }
        }
        return new String(bytes, StandardCharsets.US_ASCII).strip();
    }

    /** A name in GBK (GB 18030); malformed bytes are a bad record, never a guessed name. */
    static String gbkText(byte[] value, String item) throws CardReadException {
        byte[] bytes = stripPadding(value);
        String text;
        try {
            text = GB18030.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw bad(item + " is not valid GBK text: " + e.getMessage());
        }
        text = text.replace('\u3000', ' ').strip();
        if (text.isEmpty() || text.codePoints().anyMatch(Character::isISOControl)) {
            throw bad(item + " is empty or holds control characters");
        }
        return text;
    }

    /** A date in BCD {@code yyyyMMdd}; empty when the item is unfilled ({@code FF…} or {@code 00…}). */
    static Optional<LocalDate> bcdDate(byte[] value, String item) throws CardReadException {
        String digits = Apdus.hex(value);
        if (digits.isEmpty() || digits.chars().allMatch(c -> c == 'F') || digits.chars().allMatch(c -> c == '0')) {
            return Optional.empty();
        }
        Optional<LocalDate> date = digits.length() == 8 ? IdNumbers.date(digits) : Optional.empty();
        if (date.isEmpty()) {
            throw bad(item + " is not a date (BCD yyyyMMdd): " + digits);
        }
        return date;
    }

    private static byte[] stripPadding(byte[] value) {
        int end = value.length;
        while (end > 0 && (value[end - 1] == 0x00 || value[end - 1] == 0x20 || value[end - 1] == (byte) 0xFF)) {
            end--;
        }
        return Arrays.copyOf(value, end);
    }

    private static CardReadException bad(String detail) {
        return new CardReadException(CardFailure.BAD_RECORD, detail);
    }
}

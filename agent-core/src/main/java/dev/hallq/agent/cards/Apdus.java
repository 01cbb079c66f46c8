package dev.hallq.agent.cards;

import javax.smartcardio.CardChannel;
import javax.smartcardio.CardException;
import javax.smartcardio.CommandAPDU;
import javax.smartcardio.ResponseAPDU;
import java.util.HexFormat;
import java.util.Map;

/** Sending commands to a card and naming its status words, for the card readings in this package. */
final class Apdus {
    static final int OK = 0x9000;

    private static final Map<Integer, String> MEANINGS = Map.ofEntries(
            Map.entry(0x6283, "selected file deactivated"),
            Map.entry(0x6300, "no information given"),
            Map.entry(0x6700, "wrong length"),
            Map.entry(0x6981, "command incompatible with file structure"),
            Map.entry(0x6982, "security status not satisfied"),
            Map.entry(0x6983, "authentication method blocked"),
            Map.entry(0x6985, "conditions of use not satisfied"),
            Map.entry(0x6986, "command not allowed, no current EF"),
            Map.entry(0x6A81, "function not supported"),
            Map.entry(0x6A82, "file or application not found"),
            Map.entry(0x6A83, "record not found"),
            Map.entry(0x6A86, "incorrect P1 P2"),
            Map.entry(0x6D00, "instruction not supported"),
            Map.entry(0x6E00, "class not supported"),
            Map.entry(0x6F00, "no precise diagnosis"));

    private Apdus() {
    }

    /**
     * Sends {@code command} and returns the card's answer. A card that breaks off (pulled out, or an answer
     * shorter than a status word) is {@link CardFailure#UNREADABLE}: the JDK reports the first as a
     * CardException and the second as an IllegalArgumentException, and a closed channel as an
     * IllegalStateException.
     */
    static ResponseAPDU send(CardChannel channel, CommandAPDU command, String what) throws CardReadException {
        try {
            return channel.transmit(command);
        } catch (CardException e) {
            throw new CardReadException(CardFailure.UNREADABLE, "no answer to " + what + ": " + PcscErrors.describe(e), e);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new CardReadException(CardFailure.UNREADABLE, "broken answer to " + what + ": " + e.getMessage(), e);
        }
    }

    /** {@code 6A82 (file or application not found)}. */
    static String describe(int sw) {
        String hex = String.format("%04X", sw);
        String meaning = MEANINGS.get(sw);
        return meaning == null ? hex : hex + " (" + meaning + ")";
    }

    /** The answers of a card that does not know the command or the file at all: another kind of card. */
    static boolean unknownHere(int sw) {
        return sw == 0x6A82 || sw == 0x6A81 || sw == 0x6D00 || sw == 0x6E00;
    }

    static String hex(byte[] bytes) {
        return HexFormat.of().withUpperCase().formatHex(bytes);
    }
}

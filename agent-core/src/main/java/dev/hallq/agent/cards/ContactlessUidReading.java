package dev.hallq.agent.cards;

import javax.smartcardio.CardChannel;
import javax.smartcardio.CommandAPDU;
import javax.smartcardio.ResponseAPDU;

/**
 * Reads a contactless card's UID with the PC/SC pseudo-APDU GET DATA {@code FF CA 00 00 00} (PC/SC part 3),
 * which the reader answers itself with UID + {@code 90 00} for any card type it can see: MIFARE, DESFire,
 * the staff cards halls hand out.
 */
public final class ContactlessUidReading implements CardReading<CardUid> {
    static final CommandAPDU GET_UID = new CommandAPDU(0xFF, 0xCA, 0x00, 0x00, 256);

    @Override
    public CardUid read(CardChannel channel) throws CardReadException {
        ResponseAPDU answer = Apdus.send(channel, GET_UID, "GET DATA (UID)");
        int sw = answer.getSW();
        if (Apdus.unknownHere(sw)) {
            throw new CardReadException(CardFailure.WRONG_CARD,
                    "GET DATA (UID) answered " + Apdus.describe(sw) + ": not a contactless card, or not a PC/SC reader");
        }
        if (sw != Apdus.OK) {
            throw new CardReadException(CardFailure.BAD_STATUS, "GET DATA (UID) answered " + Apdus.describe(sw));
        }
        byte[] uid = answer.getData();
        if (uid.length < 4 || uid.length > 10) {
            throw new CardReadException(CardFailure.BAD_RECORD,
                    "a UID is 4-10 bytes, the reader gave " + uid.length + ": " + Apdus.hex(uid));
        }
        return CardUid.of(uid);
    }
}

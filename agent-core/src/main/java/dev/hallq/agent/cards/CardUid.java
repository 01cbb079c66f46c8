package dev.hallq.agent.cards;

import java.util.HexFormat;

/**
 * The UID of a contactless card (a staff card tapped on the evaluation pad), as upper-case hex:
 * 4, 7 or 10 bytes for ISO 14443-A cards, 4 for type B's PUPI.
 */
public record CardUid(String hex) {

    public CardUid {
        if (hex == null || !hex.matches("([0-9A-F]{2}){4,10}")) {
            throw new IllegalArgumentException("a card UID is 4-10 bytes of upper-case hex, was '" + hex + "'");
        }
    }

    public static CardUid of(byte[] bytes) {
        return new CardUid(HexFormat.of().withUpperCase().formatHex(bytes));
    }

    @Override
    public String toString() {
        return hex;
    }
}

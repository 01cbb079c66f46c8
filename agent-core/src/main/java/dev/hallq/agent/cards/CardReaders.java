package dev.hallq.agent.cards;

/**
 * The two PC/SC readers a hall has, ready to be given listeners and started: the kiosk's social security
 * card reader and the evaluation pad's staff card reader.
 *
 * <pre>{@code
 * CardReaderWatch<CardUid> staff = CardReaders.staffCards(PcscSettings.named("ACR122U"))
 *         .onCard(outcome -> outcome.value().ifPresent(pad::staffTapped))
 *         .start();
 * ...
 * staff.close();
 * }</pre>
 */
public final class CardReaders {
    private CardReaders() {
    }

    /** Reads each social security card laid on the reader, through the JDK's PC/SC. */
    public static CardReaderWatch<SocialSecurityCard> socialSecurityCards(PcscSettings settings) {
        return new CardReaderWatch<>("social security card", settings, JdkPcscService.shared(),
                new SocialSecurityCardReading());
    }

    /** Reads the UID of each contactless card tapped on the reader, through the JDK's PC/SC. */
    public static CardReaderWatch<CardUid> staffCards(PcscSettings settings) {
        return new CardReaderWatch<>("staff card", settings, JdkPcscService.shared(), new ContactlessUidReading());
    }
}

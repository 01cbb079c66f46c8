package dev.hallq.agent.cards;

import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminals;

/**
 * The PC/SC service (pcscd) as the watcher reaches it. {@link JdkPcscService} is the real one; tests hand
 * in a double to play readers that come and go.
 */
public interface PcscService {

    /** The readers as the service sees them; a CardException when the service cannot be reached now. */
    CardTerminals terminals() throws CardException;

    /**
     * The service went away (pcscd stopped or restarted): forget the old connection so the next
     * {@link #terminals()} makes a new one.
     *
     * @return false when this implementation cannot ever reach a restarted service again
     */
    boolean reconnect();
}

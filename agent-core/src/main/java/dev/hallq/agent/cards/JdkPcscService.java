package dev.hallq.agent.cards;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminals;
import javax.smartcardio.TerminalFactory;
import java.lang.reflect.Field;
import java.security.NoSuchAlgorithmException;
import java.util.Map;

/**
 * PC/SC through the JDK's own provider ({@code javax.smartcardio}, "SunPCSC"), which loads libpcsclite and
 * talks to pcscd. Debian's JDK finds {@code libpcsclite.so.1} by itself; elsewhere set
 * {@code -Dsun.security.smartcardio.library=/usr/lib/<arch>/libpcsclite.so.1}.
 *
 * <p>The JDK keeps one PC/SC context for the whole JVM and never makes a new one: once pcscd restarts,
 * every call fails with {@code SCARD_E_NO_SERVICE} for good. {@link #reconnect()} clears that context so
 * the next look makes a fresh one, which needs the JVM to open {@code sun.security.smartcardio} to this
 * code: {@code --add-opens java.smartcardio/sun.security.smartcardio=ALL-UNNAMED} on the command line, or
 * {@code Add-Opens: java.smartcardio/sun.security.smartcardio} in the executable jar's manifest. Without
 * it the watcher reports {@link ReaderStatus#PCSC_SERVICE_LOST} and the agent needs a restart.
 *
 * <p>A fresh {@link TerminalFactory} is asked for on every {@link #terminals()} because
 * {@code TerminalFactory.getDefault()} settles for a dummy factory for the JVM's life when pcscd was not
 * running the first time it was asked.
 */
public final class JdkPcscService implements PcscService {
    private static final Logger LOG = LoggerFactory.getLogger(JdkPcscService.class);
    private static final String INTERNALS = "sun.security.smartcardio.PCSCTerminals";
    private static final JdkPcscService SHARED = new JdkPcscService();

    private boolean cannotReconnect;

    private JdkPcscService() {
    }

    /** One for the JVM: the JDK's PC/SC context is shared by every reader in the process anyway. */
    public static JdkPcscService shared() {
        return SHARED;
    }

    @Override
    public CardTerminals terminals() throws CardException {
        try {
            return TerminalFactory.getInstance("PC/SC", null).terminals();
        } catch (NoSuchAlgorithmException e) {
            throw new CardException("no PC/SC service: " + PcscErrors.describe(e), e);
        }
    }

    @Override
    public synchronized boolean reconnect() {
        if (currentContextWorks()) {
            return true; // another reader in this JVM reconnected already
        }
        if (cannotReconnect) {
            return false;
        }
        try {
            Class<?> internals = Class.forName(INTERNALS);
            Field context = internals.getDeclaredField("contextId");
            Field terminals = internals.getDeclaredField("terminals");
            context.setAccessible(true);
            terminals.setAccessible(true);
            synchronized (internals) { // the JDK's own lock for both fields
                ((Map<?, ?>) terminals.get(null)).clear();
                context.setLong(null, 0L);
            }
            LOG.info("PC/SC: dropped the JDK's dead context; the next look connects to pcscd afresh");
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            cannotReconnect = true;
            LOG.warn("PC/SC: the JDK cannot reconnect to a restarted pcscd ({}); open it with "
                    + "--add-opens java.smartcardio/sun.security.smartcardio=ALL-UNNAMED, or restart the agent",
                    e.toString());
            return false;
        }
    }

    /** Whether this JVM may clear the JDK's context, so it survives a pcscd restart. */
    public static boolean canReconnect() {
        try {
            Class.forName(INTERNALS).getDeclaredField("contextId").setAccessible(true);
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    private boolean currentContextWorks() {
        try {
            terminals().list();
            return true;
        } catch (CardException | RuntimeException e) {
            return PcscErrors.noReaders(e);
        }
    }
}

package dev.hallq.agent.cards;

import dev.hallq.agent.testing.VirtualCard;

import javax.smartcardio.ATR;
import javax.smartcardio.Card;
import javax.smartcardio.CardChannel;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.CardTerminals;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A PC/SC service in memory, for what a real pcscd with vpcd cannot show: readers unplugged and plugged
 * back, and a service restart seen from a JVM that can or cannot reconnect (the JDK's own context never
 * can). Errors carry pcsc-lite's code names, as the JDK's do. Waits block on a monitor with the caller's
 * timeout, like SCardGetStatusChange.
 */
final class FakePcsc implements PcscService {
    private final Object lock = new Object();
    private final Map<String, VirtualCard.Applet> readers = new LinkedHashMap<>(); // reader -> card on it, or null
    private boolean up = true;
    private int generation;
    private Integer context; // the service generation the client is bound to; null = none yet
    private boolean canReconnect = true;
    private int reconnects;

    FakePcsc plug(String reader) {
        synchronized (lock) {
            readers.put(reader, null);
            lock.notifyAll();
        }
        return this;
    }

    void unplug(String reader) {
        synchronized (lock) {
            readers.remove(reader);
            lock.notifyAll();
        }
    }

    void insert(String reader, VirtualCard.Applet card) {
        synchronized (lock) {
            readers.put(reader, card);
            lock.notifyAll();
        }
    }

    void remove(String reader) {
        synchronized (lock) {
            readers.replace(reader, null);
            lock.notifyAll();
        }
    }

    /** pcscd stops: every open context dies with it. */
    void stop() {
        synchronized (lock) {
            up = false;
            generation++;
            lock.notifyAll();
        }
    }

    void start() {
        synchronized (lock) {
            up = true;
            lock.notifyAll();
        }
    }

    /** Makes this service behave like the JDK without opened internals: a dead context is dead for good. */
    FakePcsc unableToReconnect() {
        synchronized (lock) {
            canReconnect = false;
        }
        return this;
    }

    int reconnects() {
        synchronized (lock) {
            return reconnects;
        }
    }

    @Override
    public CardTerminals terminals() throws CardException {
        synchronized (lock) {
            if (context == null) {
                if (!up) {
                    throw failure("SCARD_E_NO_SERVICE");
                }
                context = generation;
            }
            return new Terminals(context);
        }
    }

    @Override
    public boolean reconnect() {
        synchronized (lock) {
            reconnects++;
            if (canReconnect) {
                context = null;
            }
            return canReconnect;
        }
    }

    private void checkContext(int boundTo) throws CardException {
        if (!up || boundTo != generation) {
            throw failure("SCARD_E_NO_SERVICE");
        }
    }

    private static CardException failure(String code) {
        return new CardException("PC/SC failed", new Exception(code));
    }

    private final class Terminals extends CardTerminals {
        private final int boundTo;

        Terminals(int boundTo) {
            this.boundTo = boundTo;
        }

        @Override
        public List<CardTerminal> list(State state) throws CardException {
            synchronized (lock) {
                checkContext(boundTo);
                List<CardTerminal> list = new ArrayList<>();
                readers.keySet().forEach(name -> list.add(new Reader(name, boundTo)));
                return list;
            }
        }

        @Override
        public boolean waitForChange(long timeout) {
            throw new UnsupportedOperationException("the watcher waits per reader");
        }
    }

    private final class Reader extends CardTerminal {
        private final String name;
        private final int boundTo;

        Reader(String name, int boundTo) {
            this.name = name;
            this.boundTo = boundTo;
        }

        @Override
        public String getName() {
            return name;
        }

        @Override
        public Card connect(String protocol) throws CardException {
            synchronized (lock) {
                VirtualCard.Applet card = card();
                if (card == null) {
                    throw failure("SCARD_E_NO_SMARTCARD");
                }
                return new FakeCard(new AppletChannel(card));
            }
        }

        @Override
        public boolean isCardPresent() throws CardException {
            synchronized (lock) {
                return card() != null;
            }
        }

        @Override
        public boolean waitForCardPresent(long timeout) throws CardException {
            return waitFor(true, timeout);
        }

        @Override
        public boolean waitForCardAbsent(long timeout) throws CardException {
            return waitFor(false, timeout);
        }

        private boolean waitFor(boolean present, long timeout) throws CardException {
            long end = System.currentTimeMillis() + timeout;
            synchronized (lock) {
                while ((card() != null) != present) {
                    long left = end - System.currentTimeMillis();
                    if (left <= 0) {
                        return false;
                    }
                    try {
                        lock.wait(left);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return false;
                    }
                }
                return true;
            }
        }

        /** The card on this reader; a CardException when the reader or the service is gone. Holds the lock. */
        private VirtualCard.Applet card() throws CardException {
            checkContext(boundTo);
            if (!readers.containsKey(name)) {
                throw failure("SCARD_E_UNKNOWN_READER");
            }
            return readers.get(name);
        }
    }

    private static final class FakeCard extends Card {
        private final CardChannel channel;

        FakeCard(CardChannel channel) {
            this.channel = channel;
        }

        @Override
        public ATR getATR() {
            return new ATR(HexFormat.of().parseHex(VirtualCard.CONTACT_ATR));
        }

        @Override
        public String getProtocol() {
            return "T=1";
        }

        @Override
        public CardChannel getBasicChannel() {
            return channel;
        }

        @Override
        public CardChannel openLogicalChannel() {
            throw new UnsupportedOperationException();
        }

        @Override
        public void beginExclusive() {
            // one reader, one client
        }

        @Override
        public void endExclusive() {
            // one reader, one client
        }

        @Override
        public byte[] transmitControlCommand(int controlCode, byte[] command) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void disconnect(boolean reset) {
            // nothing held
        }
    }
}

package dev.hallq.evaluator.keys;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The listeners of one keypad; a listener that throws never stops the others. */
final class KeyListeners {

    private static final Logger LOG = LoggerFactory.getLogger(KeyListeners.class);

    private final List<Consumer<PadKey>> listeners = new CopyOnWriteArrayList<>();

    void add(Consumer<PadKey> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    void fire(PadKey key) {
        for (Consumer<PadKey> listener : listeners) {
            try {
                listener.accept(key);
            } catch (RuntimeException e) {
                LOG.warn("Key listener {} failed on key {}; other listeners still get the press",
                        listener, key, e);
            }
        }
    }

    void clear() {
        listeners.clear();
    }
}

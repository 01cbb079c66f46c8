package dev.hallq.agent;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What a pure function made of a text the hall's configuration repeats (opening hours, service names), kept so it is
 * made once: up to {@code limit} entries, beyond which it is made afresh each time. A function that throws is not
 * remembered.
 */
public final class Remembered<K, V> {
    private final int limit;
    private final Function<K, V> make;
    private final Map<K, V> made = new ConcurrentHashMap<>();

    public Remembered(int limit, Function<K, V> make) {
        this.limit = limit;
        this.make = make;
    }

    public V get(K key) {
        V known = made.get(key);
        if (known != null) {
            return known;
        }
        V value = make.apply(key);
        if (made.size() < limit) {
            made.put(key, value);
        }
        return value;
    }
}

package dev.hallq.hub.store;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;

/**
 * The contract on a store that keeps {@link HallStore}'s default range queries (a decorator or a new backend that
 * does not write its own): they must answer as the backends' own do.
 */
class DefaultRangeQueriesTest extends HallStoreContract {
    @Override
    protected HallStore open() {
        MemoryHallStore real = new MemoryHallStore();
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.isDefault() && method.getName().matches("forEachTicket|appointmentsBetween|forEachEvent")) {
                return InvocationHandler.invokeDefault(proxy, method, args);
            }
            try {
                return method.invoke(real, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (HallStore) Proxy.newProxyInstance(HallStore.class.getClassLoader(), new Class<?>[]{HallStore.class}, handler);
    }

    @Override
    protected HallStore reopen(HallStore old) {
        return old;
    }
}

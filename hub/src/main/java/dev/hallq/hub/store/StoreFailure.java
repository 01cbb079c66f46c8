package dev.hallq.hub.store;

/** The store could not do what it was asked; nothing of that change was kept. */
public class StoreFailure extends RuntimeException {
    public StoreFailure(String message, Throwable cause) {
        super(message, cause);
    }
}

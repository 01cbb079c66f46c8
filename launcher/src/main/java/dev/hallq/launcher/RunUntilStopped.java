package dev.hallq.launcher;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.CountDownLatch;

/** Keeps a started agent (or hall) running until Ctrl-C, then closes it cleanly. */
final class RunUntilStopped {
    private static final Logger LOG = LoggerFactory.getLogger(RunUntilStopped.class);

    private RunUntilStopped() {
    }

    static int run(String what, AutoCloseable running) {
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            LOG.info("stopping {}", what);
            try {
                running.close();
            } catch (Exception e) {
                LOG.warn("stopping {} failed: {}", what, e.getMessage());
            }
            stopped.countDown();
        }, "hall-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        LOG.info("{} running; Ctrl-C stops it", what);
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }
}

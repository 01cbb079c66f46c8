package dev.hallq.it;

import dev.hallq.hub.Hub;
import dev.hallq.hub.HubSettings;

import java.time.Clock;
import java.util.concurrent.CountDownLatch;

/** A hub in a JVM of its own, so a test can kill it with SIGKILL: {@code HubProcess BROKER_PORT HTTP_PORT DB}. */
public final class HubProcess {
    private HubProcess() {
    }

    public static void main(String[] args) throws InterruptedException {
        Hub hub = Hub.start(new HubSettings(null, null, "127.0.0.1", Integer.parseInt(args[0]), "127.0.0.1",
                Integer.parseInt(args[1]), args[2], null), Clock.systemUTC());
        Runtime.getRuntime().addShutdownHook(new Thread(hub::close));
        new CountDownLatch(1).await();
    }
}

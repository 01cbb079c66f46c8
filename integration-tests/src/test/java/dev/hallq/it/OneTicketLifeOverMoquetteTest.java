package dev.hallq.it;

import dev.hallq.hub.Hub;
import dev.hallq.hub.HubSettings;

import java.nio.file.Path;
import java.time.Clock;

/** The whole life over the hub's embedded Moquette broker. */
class OneTicketLifeOverMoquetteTest extends OneTicketLife {
    @Override
    Hub startHub(Path dir) {
        return closeLater(Hub.start(HubSettings.forTest(dir.resolve("hall.db")), Clock.systemUTC()));
    }
}

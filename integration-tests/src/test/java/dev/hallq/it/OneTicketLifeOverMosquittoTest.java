package dev.hallq.it;

import dev.hallq.hub.Hub;
import dev.hallq.hub.HubSettings;

import java.nio.file.Path;
import java.time.Clock;

/** The same life with a real Mosquitto, as a city that runs its own broker would deploy it. */
class OneTicketLifeOverMosquittoTest extends OneTicketLife {
    @Override
    Hub startHub(Path dir) throws Exception {
        MosquittoBroker mosquitto = closeLater(MosquittoBroker.start(dir));
        return closeLater(Hub.start(HubSettings.forTest(dir.resolve("hall.db")).withExternalBroker(mosquitto.uri()),
                Clock.systemUTC()));
    }
}

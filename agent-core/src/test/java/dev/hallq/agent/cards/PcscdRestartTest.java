package dev.hallq.agent.cards;

import dev.hallq.agent.testing.TestPcscd;
import dev.hallq.agent.testing.VirtualCard;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Deque;
import java.util.concurrent.ConcurrentLinkedDeque;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * pcscd going away and coming back, as seen by an agent's JVM: a real pcscd and the JDK's real PC/SC
 * client in a child JVM, with the child's socket to pcscd switched off and on (see {@link PcscdSocketSwitch}).
 */
class PcscdRestartTest {
    private final Deque<AutoCloseable> toClose = new ConcurrentLinkedDeque<>();
    private PcscdSocketSwitch pcscd;

    @BeforeAll
    static void realPcscd() {
        TestPcscd.ensureRunning();
    }

    @BeforeEach
    void switchInFront() throws Exception {
        pcscd = new PcscdSocketSwitch(TestPcscd.SOCKET);
        toClose.add(pcscd);
    }

    @AfterEach
    void closeAll() throws Exception {
        for (AutoCloseable c : toClose) {
            c.close();
        }
    }

    @Test
    void with_the_jdk_context_opened_the_reader_reads_cards_again_after_pcscd_restarts() throws Exception {
        pcscd.up();
        ProbeJvm agent = probe(true);
        agent.await("status OK", 0);
        VirtualCard staffCard = card(VirtualCard.contactless("04A1B2C3D4E5F6")).insert();
        agent.await("card 04A1B2C3D4E5F6", 0);
        staffCard.remove();

        int beforeRestart = agent.mark();
        pcscd.down();
        agent.await("status NO_PCSC_SERVICE", beforeRestart);
        pcscd.up();
        agent.await("status OK", beforeRestart);

        int afterRestart = agent.mark();
        staffCard.insert();
        agent.await("card 04A1B2C3D4E5F6", afterRestart);
        assertThat(agent.said()).first().isEqualTo("started, can reconnect: true");
    }

    @Test
    void without_it_the_reader_says_plainly_that_the_agent_needs_a_restart() throws Exception {
        pcscd.up();
        ProbeJvm agent = probe(false);
        agent.await("status OK", 0);

        pcscd.down();
        pcscd.up();

        agent.await("status PCSC_SERVICE_LOST", 0);
        assertThat(agent.said()).first().isEqualTo("started, can reconnect: false");
    }

    @Test
    void an_agent_started_before_pcscd_finds_its_reader_once_pcscd_runs() throws Exception {
        ProbeJvm agent = probe(false);
        agent.await("status NO_PCSC_SERVICE", 0);

        pcscd.up();

        agent.await("status OK", 0);
        card(VirtualCard.contactless("11223344")).insert();
        agent.await("card 11223344", 0);
    }

    private ProbeJvm probe(boolean openJdkContext) throws Exception {
        ProbeJvm probe = ProbeJvm.start(pcscd.socket(), TestPcscd.FIRST_READER, openJdkContext);
        toClose.addFirst(probe);
        return probe;
    }

    private VirtualCard card(VirtualCard card) {
        toClose.addFirst(card);
        return card;
    }
}

package dev.hallq.agent.mqtt;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;

import static org.assertj.core.api.Assertions.assertThat;

class NoDelaySocketsTest {
    @Test
    void everySocketItMakesHasNaglesAlgorithmOff() throws Exception {
        NoDelaySockets factory = new NoDelaySockets();
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             Socket unconnected = factory.createSocket();
             Socket connected = factory.createSocket(InetAddress.getLoopbackAddress(), server.getLocalPort())) {
            assertThat(unconnected.getTcpNoDelay()).isTrue();
            assertThat(connected.getTcpNoDelay()).isTrue();
        }
    }
}

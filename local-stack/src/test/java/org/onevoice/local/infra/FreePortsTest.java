package org.onevoice.local.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FreePortsTest {

    @Test
    void portsAreFreeFromBelowTheRangeOfOutgoingConnectionsAndEachOnlyOnce() throws IOException {
        int ephemeralStart = FreePorts.EPHEMERAL_START;
        Set<Integer> ports = new HashSet<>();
        for (int i = 0; i < 500; i++) {
            int port = FreePorts.next();
            assertTrue(port >= FreePorts.LOWEST && port < ephemeralStart, port + " lies outside [" + FreePorts.LOWEST + ", " + ephemeralStart + ")");
            assertTrue(ports.add(port), port + " was handed out twice");
            new ServerSocket(port, 1, InetAddress.getLoopbackAddress()).close();
        }
    }

    @Test
    void anOutgoingConnectionNeverGetsALocalPortFromThatRange() throws IOException {
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            for (int i = 0; i < 20; i++) {
                try (Socket client = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort());
                     Socket accepted = server.accept()) {
                    assertTrue(client.getLocalPort() >= FreePorts.EPHEMERAL_START,
                            "local port " + client.getLocalPort() + " is one FreePorts could hand out");
                    assertEquals(client.getLocalPort(), accepted.getPort());
                }
            }
        }
    }
}

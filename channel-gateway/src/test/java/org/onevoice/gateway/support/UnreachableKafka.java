package org.onevoice.gateway.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/**
 * The real PostgreSQL, but a Kafka bootstrap address where nothing listens: the situation in which
 * the gateway must refuse to confirm anything.
 */
public class UnreachableKafka extends GatewayDatabaseOwnKafka {
    @Override
    String kafkaBootstrapServers() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return "localhost:" + socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

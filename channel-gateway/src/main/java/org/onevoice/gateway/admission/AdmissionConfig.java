package org.onevoice.gateway.admission;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * How much inbound work the gateway holds at once. A contact is in flight from the moment its
 * request (or its SMTP DATA) arrived until the sender got its answer, i.e. until Kafka acknowledged
 * it or it was refused. Beyond these bounds the gateway answers "try again later" instead of
 * queueing requests it can neither store nor answer in time.
 */
@ConfigMapping(prefix = "gateway.admission")
public interface AdmissionConfig {
    /** Contacts in flight at once over HTTP and SMTP together; about one worker thread each. */
    @WithDefault("200")
    int maxInFlight();

    /**
     * Request bodies in flight at once, by their Content-Length (the endpoint's body limit when a
     * request does not say). One request is always admitted when nothing else is in flight.
     */
    @WithDefault("64M")
    MemorySize maxInFlightBytes();

    /** What a refused sender is told to wait before trying again ({@code Retry-After}). */
    @WithDefault("2s")
    Duration retryAfter();
}

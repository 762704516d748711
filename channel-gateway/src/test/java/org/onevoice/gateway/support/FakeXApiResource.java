package org.onevoice.gateway.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** Points the gateway's X client at {@link FakeXApi}. */
public class FakeXApiResource implements QuarkusTestResourceLifecycleManager {
    @Override
    public Map<String, String> start() {
        return Map.of("gateway.x.api-base-url", FakeXApi.get().baseUrl());
    }

    @Override
    public void stop() {
        // One server for the whole test JVM, like the shared infrastructure.
    }
}

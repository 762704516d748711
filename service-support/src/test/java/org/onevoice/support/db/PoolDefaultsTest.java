package org.onevoice.support.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PoolDefaultsTest {
    @Test
    void servicesFindTheDefaultThroughTheServiceLoader() {
        SmallRyeConfig config = new SmallRyeConfigBuilder().addDiscoveredSources().build();

        assertEquals("1S", config.getRawValue(PoolDefaults.FOREGROUND_VALIDATION));
    }

    @Test
    void aServicesApplicationPropertiesOverrideIt() {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .addDiscoveredSources()
                .withSources(new PropertiesConfigSource(
                        Map.of(PoolDefaults.FOREGROUND_VALIDATION, "10S"), "application.properties", 250))
                .build();

        assertEquals("10S", config.getRawValue(PoolDefaults.FOREGROUND_VALIDATION));
    }
}

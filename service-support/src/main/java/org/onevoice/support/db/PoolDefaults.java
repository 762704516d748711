package org.onevoice.support.db;

import io.smallrye.config.PropertiesConfigSource;
import java.util.Map;

/**
 * Connection-pool defaults for every service that depends on this module, at ordinal 100: a
 * service's {@code application.properties} (250) and the environment (300) override them.
 *
 * <p>A class rather than {@code META-INF/microprofile-config.properties}: for each such file in a
 * service's uber-jar, Quarkus opens the whole jar (43,000-50,000 entries) as a zip file system,
 * once for its static-init and once for its run-time configuration, at every start.
 */
public final class PoolDefaults extends PropertiesConfigSource {
    /** Below {@code application.properties}, as MicroProfile Config's own default files are. */
    static final int ORDINAL = 100;

    /**
     * After PostgreSQL restarts, every idle pooled connection is dead. Unchecked, each one failed a
     * retry of {@link UntilPastOutages} in turn, 5 s apart at most back-off (the gateway's erasure
     * consumer took over 30 s to get past them), or a request with HTTP 500. A connection idle for
     * longer than this is checked as it is handed out; under load they are rarely idle that long.
     */
    static final String FOREGROUND_VALIDATION = "quarkus.datasource.jdbc.foreground-validation-interval";

    public PoolDefaults() {
        super(Map.of(FOREGROUND_VALIDATION, "1S"), "OneVoice service-support pool defaults", ORDINAL);
    }
}

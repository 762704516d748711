package org.onevoice.monitor.support;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import org.onevoice.local.test.LocalInfrastructureResource;

/** Every test of this module runs on the shared real Kafka broker and PostgreSQL. */
@QuarkusTestResource(value = LocalInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "monitor"))
public final class RealInfrastructure {
    private RealInfrastructure() {
    }
}

package org.onevoice.gateway.support;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import org.onevoice.local.test.LocalInfrastructureResource;

/** Every test of this module runs on the shared real Kafka broker and PostgreSQL, and a fake X API server. */
@QuarkusTestResource(value = LocalInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "gateway"))
@QuarkusTestResource(FakeXApiResource.class)
public final class RealInfrastructure {
    private RealInfrastructure() {
    }
}

package org.onevoice.monitor.support;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import org.onevoice.local.test.TestAccounts;

/**
 * Every test talks to the API as ops unless it says otherwise (auth().none(), or another
 * account), the way the dashboard does; registered in META-INF/services.
 */
public class AuthenticatedAsOps implements QuarkusTestBeforeEachCallback {
    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        RestAssured.authentication = RestAssured.preemptive().basic(TestAccounts.OPS.user, TestAccounts.OPS.password);
    }
}

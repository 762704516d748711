package org.onevoice.ticket.support;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import org.onevoice.local.test.TestAccounts;

/**
 * Every test talks to the API as the agent unless it says otherwise (auth().none(), or another
 * account), the way the console does; registered in META-INF/services.
 */
public class AuthenticatedAsAgent implements QuarkusTestBeforeEachCallback {
    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        RestAssured.authentication = RestAssured.preemptive().basic(TestAccounts.AGENT.user, TestAccounts.AGENT.password);
    }
}

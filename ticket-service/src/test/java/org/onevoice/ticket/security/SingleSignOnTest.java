package org.onevoice.ticket.security;

import static io.restassured.RestAssured.given;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Production single sign-on: with OIDC switched on, the API takes the realm's bearer tokens and
 * reads the roles from {@code realm_access.roles}, as Keycloak issues them; tokens it did not sign
 * or that expired are refused. The provider's test resource switches OIDC on for this class only.
 */
@QuarkusTest
@QuarkusTestResource(value = OidcProviderStandIn.class, restrictToAnnotatedClass = true)
class SingleSignOnTest {
    @Test
    void anAgentsTokenWorksTicketsAndAnOpsTokenDoesNot() {
        bearer(OidcProviderStandIn.token("dorit", List.of("agent"))).get("/api/tickets").then().statusCode(200);
        bearer(OidcProviderStandIn.token("olga", List.of("ops"))).get("/api/tickets").then().statusCode(403);
    }

    @Test
    void onlyAnAdminsTokenMayEraseACustomer() {
        bearer(OidcProviderStandIn.token("dorit", List.of("agent"))).delete("/api/customers/{id}", Long.MAX_VALUE)
                .then().statusCode(403);
        bearer(OidcProviderStandIn.token("ada", List.of("admin"))).delete("/api/customers/{id}", Long.MAX_VALUE)
                .then().statusCode(404);
    }

    @Test
    void forgedAndExpiredTokensAreRefused() {
        bearer(OidcProviderStandIn.forgedToken("mallory", List.of("admin"))).get("/api/tickets").then().statusCode(401);
        bearer(OidcProviderStandIn.expiredToken("dorit", List.of("agent"))).get("/api/tickets").then().statusCode(401);
    }

    private static RequestSpecification bearer(String token) {
        return given().auth().none().header("Authorization", "Bearer " + token);
    }
}

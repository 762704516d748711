package org.onevoice.local.test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The local accounts every service's %test profile defines (its application.properties), one per role. */
public enum TestAccounts {
    AGENT("agent", "agent-test-password"),
    OPS("ops", "ops-test-password"),
    ADMIN("admin", "admin-test-password");

    public final String user;
    public final String password;

    TestAccounts(String user, String password) {
        this.user = user;
        this.password = password;
    }

    /** The Authorization header value, for HTTP clients other than REST Assured. */
    public String basicAuthorization() {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}

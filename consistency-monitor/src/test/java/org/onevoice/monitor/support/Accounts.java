package org.onevoice.monitor.support;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The local accounts of the %test profile (application.properties), one per role. */
public enum Accounts {
    AGENT("agent", "agent-test-password"),
    OPS("ops", "ops-test-password"),
    ADMIN("admin", "admin-test-password");

    public final String user;
    public final String password;

    Accounts(String user, String password) {
        this.user = user;
        this.password = password;
    }

    /** The Authorization header value for clients other than REST Assured. */
    public String basicAuthorization() {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}

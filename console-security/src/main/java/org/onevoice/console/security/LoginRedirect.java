package org.onevoice.console.security;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A browser opening a console (the agent console, the ops dashboard) without credentials goes to the login page; the API itself answers
 * 401 (form login redirects nothing, so that scripts see the status they expect).
 */
@ApplicationScoped
class LoginRedirect {
    static final String LOGIN_PAGE = "/login.html";

    @ConfigProperty(name = "quarkus.http.auth.form.cookie-name")
    String cookieName;

    /** With single sign-on the OIDC code flow takes the browser to the identity provider instead. */
    @ConfigProperty(name = "quarkus.oidc.tenant-enabled", defaultValue = "false")
    boolean singleSignOn;

    void install(@Observes Router router) {
        if (!singleSignOn) {
            router.route().order(CrossOriginGuard.ORDER + 1).handler(this::redirect);
        }
    }

    private void redirect(RoutingContext context) {
        String path = context.normalizedPath();
        boolean consolePage = path.equals("/") || path.equals("/index.html");
        boolean anonymous = context.request().getHeader(HttpHeaders.AUTHORIZATION) == null
                && context.request().getCookie(cookieName) == null;
        if (consolePage && anonymous && context.request().method() == HttpMethod.GET) {
            context.response().setStatusCode(302).putHeader(HttpHeaders.LOCATION, LOGIN_PAGE).end();
        } else {
            context.next();
        }
    }
}

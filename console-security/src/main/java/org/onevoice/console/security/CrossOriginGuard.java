package org.onevoice.console.security;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.util.Optional;
import java.util.Set;

/**
 * Refuses state-changing requests that a browser sends on behalf of another site. The session
 * cookie is SameSite=Strict already; this also covers older browsers and same-site neighbours, and
 * Basic credentials a browser may have cached. Requests without Origin and Sec-Fetch-Site (curl,
 * scripts, the bench) come from no page at all and pass.
 */
@ApplicationScoped
class CrossOriginGuard {
    /** Before authentication, so a forged request is refused whatever credentials it carries. */
    static final int ORDER = -10_000;
    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::check);
    }

    private void check(RoutingContext context) {
        if (SAFE.contains(context.request().method())) {
            context.next();
            return;
        }
        Optional<String> refusal = refusal(context);
        if (refusal.isEmpty()) {
            context.next();
            return;
        }
        // RFC 9457 problem details, like every other refusal of the services.
        context.response().setStatusCode(403).putHeader("Content-Type", "application/problem+json")
                .end(new JsonObject().put("type", "about:blank").put("title", "Forbidden").put("status", 403)
                        .put("detail", refusal.get()).encode());
    }

    private static Optional<String> refusal(RoutingContext context) {
        String fetchSite = context.request().getHeader("Sec-Fetch-Site");
        if (fetchSite != null && !fetchSite.equals("same-origin") && !fetchSite.equals("none")) {
            return Optional.of("cross-origin request refused: the browser reports it comes from another site's page");
        }
        String origin = context.request().getHeader("Origin");
        if (origin != null && !sameOrigin(origin, context)) {
            return Optional.of("cross-origin request refused: Origin does not match this service");
        }
        return Optional.empty();
    }

    private static boolean sameOrigin(String origin, RoutingContext context) {
        String host = context.request().getHeader("Host");
        try {
            URI uri = URI.create(origin);
            return host != null && uri.getRawAuthority() != null && uri.getRawAuthority().equalsIgnoreCase(host);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}

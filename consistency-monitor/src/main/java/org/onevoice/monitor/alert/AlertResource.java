package org.onevoice.monitor.alert;

import io.smallrye.mutiny.Multi;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestStreamElementType;
import org.onevoice.problem.ProblemException;

/** Alerts and their lifecycle: list, acknowledge, resolve by hand, follow live. */
@Path("/api/alerts")
@Produces(MediaType.APPLICATION_JSON)
public class AlertResource {
    private static final int MAX_LIMIT = 500;

    private final AlertLifecycle lifecycle;
    private final AlertStream stream;
    private final AlertEvaluator evaluator;

    AlertResource(AlertLifecycle lifecycle, AlertStream stream, AlertEvaluator evaluator) {
        this.lifecycle = lifecycle;
        this.stream = stream;
        this.evaluator = evaluator;
    }

    /** Who acts on an alert. */
    public record Actor(String by) {
    }

    @GET
    @Operation(summary = "Alerts, newest first, optionally of one state, kind or topic")
    public List<AlertView> list(@QueryParam("state") String state, @QueryParam("kind") String kind,
                                @QueryParam("topic") String topic, @QueryParam("limit") Integer limit) {
        StringBuilder query = new StringBuilder("true = true");
        Map<String, Object> params = new HashMap<>();
        if (state != null) {
            query.append(" and state = :state");
            params.put("state", parse(AlertState.class, "state", state));
        }
        if (kind != null) {
            query.append(" and kind = :kind");
            params.put("kind", parse(AlertKind.class, "kind", kind));
        }
        if (topic != null) {
            query.append(" and topic = :topic");
            params.put("topic", topic.strip().toLowerCase(Locale.ROOT));
        }
        int size = limit == null ? 100 : limit;
        if (size < 1 || size > MAX_LIMIT) {
            throw ProblemException.badField("limit", "must be between 1 and " + MAX_LIMIT);
        }
        return Alert.<Alert>find(query + " order by openedAt desc, id desc", params).page(0, size).list().stream()
                .map(AlertView::of).toList();
    }

    @GET
    @Path("/{id}")
    public AlertView get(@PathParam("id") long id) {
        return AlertView.of(find(id));
    }

    @POST
    @Path("/{id}/acknowledge")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "Acknowledge an OPEN alert: someone is on it")
    public AlertView acknowledge(@PathParam("id") long id, Actor actor) {
        return AlertView.of(lifecycle.acknowledge(find(id), who(actor)));
    }

    @POST
    @Path("/{id}/resolve")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "Resolve an alert by hand")
    public AlertView resolve(@PathParam("id") long id, Actor actor) {
        return AlertView.of(lifecycle.resolve(find(id), who(actor)));
    }

    @GET
    @Path("/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Operation(summary = "Every alert change as it is committed, as server-sent events")
    public Multi<AlertView> stream() {
        return stream.changes();
    }

    @GET
    @Path("/evaluation")
    @Operation(summary = "The last completed alert evaluation on this instance")
    public Evaluation evaluation() {
        return evaluator.last().orElseThrow(() -> ProblemException.notFound("an alert evaluation"));
    }

    private static Alert find(long id) {
        return Alert.<Alert>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("alert " + id));
    }

    private static String who(Actor actor) {
        if (actor == null || actor.by() == null || actor.by().isBlank()) {
            throw ProblemException.badField("by", "name who acts on the alert, e.g. {\"by\": \"dorit\"}");
        }
        return actor.by().strip();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String name, String value) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badField(name, "unknown " + name + " '" + value + "'");
        }
    }
}

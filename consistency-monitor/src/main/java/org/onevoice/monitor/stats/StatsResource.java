package org.onevoice.monitor.stats;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * First-response statistics in event time: contacts are selected by their channel timestamp and
 * waits are Kaplan–Meier estimates in which unanswered contacts count as censored.
 */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public class StatsResource {
    private final Statistics statistics;

    StatsResource(Statistics statistics) {
        this.statistics = statistics;
    }

    @GET
    @Path("/channels/stats")
    @Operation(summary = "Response figures per channel")
    public ChannelStats channels(@BeanParam StatsQuery query) {
        return statistics.byChannel(statistics.range(query.from, query.to, query.window), query.topicOrNull());
    }

    @GET
    @Path("/topics/stats")
    @Operation(summary = "Response figures per topic, overall and per channel")
    public TopicStats topics(@BeanParam StatsQuery query) {
        return statistics.byTopic(statistics.range(query.from, query.to, query.window), query.topicOrNull());
    }
}

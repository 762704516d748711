package org.onevoice.monitor.stats;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

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
    public ChannelStats channels(
            @Parameter(description = "earliest channel timestamp, ISO-8601") @QueryParam("from") String from,
            @Parameter(description = "latest channel timestamp, ISO-8601") @QueryParam("to") String to,
            @Parameter(description = "1h, 24h or 7d before the newest event; instead of from/to") @QueryParam("window") String window,
            @Parameter(description = "only contacts about this topic") @QueryParam("topic") String topic) {
        return statistics.byChannel(statistics.range(from, to, window), topicOrNull(topic));
    }

    @GET
    @Path("/topics/stats")
    @Operation(summary = "Response figures per topic, overall and per channel")
    public TopicStats topics(
            @Parameter(description = "earliest channel timestamp, ISO-8601") @QueryParam("from") String from,
            @Parameter(description = "latest channel timestamp, ISO-8601") @QueryParam("to") String to,
            @Parameter(description = "1h, 24h or 7d before the newest event; instead of from/to") @QueryParam("window") String window,
            @Parameter(description = "only this topic") @QueryParam("topic") String topic) {
        return statistics.byTopic(statistics.range(from, to, window), topicOrNull(topic));
    }

    private static String topicOrNull(String value) {
        return value == null || value.isBlank() ? null : value.strip().toLowerCase(Locale.ROOT);
    }
}

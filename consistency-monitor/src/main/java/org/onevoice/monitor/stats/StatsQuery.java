package org.onevoice.monitor.stats;

import jakarta.ws.rs.QueryParam;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The query parameters every statistics endpoint takes. */
public class StatsQuery {
    @QueryParam("from")
    @Parameter(description = "earliest channel timestamp, ISO-8601")
    public String from;

    @QueryParam("to")
    @Parameter(description = "latest channel timestamp, ISO-8601")
    public String to;

    @QueryParam("window")
    @Parameter(description = "1h, 24h or 7d before the newest event; instead of from/to")
    public String window;

    @QueryParam("topic")
    @Parameter(description = "only contacts about this topic")
    public String topic;

    /** Topics are kept in lower case; a blank one means all. */
    public String topicOrNull() {
        return topic == null || topic.isBlank() ? null : topic.strip().toLowerCase(Locale.ROOT);
    }
}

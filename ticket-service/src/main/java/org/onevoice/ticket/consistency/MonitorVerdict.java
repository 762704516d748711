package org.onevoice.ticket.consistency;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;
import org.onevoice.events.v1.Channel;

/** The part of the monitor's {@code POST /api/answers/check} response the reply composer shows. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MonitorVerdict(List<Conflict> conflicts, PrevailingAnswer prevailingAnswer) {

    /** The draft states {@code draftValue} where {@code statedBy} answers on {@code channels} stated {@code prevailingValue}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Conflict(String fact, String draftValue, String prevailingValue, int statedBy, List<Channel> channels) {
    }

    /** The earlier answer that says most of what the company usually says on the topic. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PrevailingAnswer(Channel channel, Long ticketId, String body, Instant answeredAt) {
    }

    public MonitorVerdict {
        conflicts = conflicts == null ? List.of() : List.copyOf(conflicts);
    }
}

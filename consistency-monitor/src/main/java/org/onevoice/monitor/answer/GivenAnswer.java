package org.onevoice.monitor.answer;

import java.time.Instant;
import org.onevoice.events.v1.Channel;

/** An agent's answer on a topic, on the channel it went out on, with the ticket it belongs to if any. */
public record GivenAnswer(String eventId, String topic, Channel channel, Long ticketId, String body, Instant answeredAt) {
}

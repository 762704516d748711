package org.onevoice.gateway.callcentre;

import java.time.Instant;

/** What the gateway learnt about one call from all its events so far; any field may still be unknown. */
public record CallState(String callId, String caller, String queue, String question, Instant queuedAt) {
}

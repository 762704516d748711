package org.onevoice.monitor.stats;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.onevoice.events.v1.Channel;

/** One channel's figures, flat in JSON: {@code {"channel": "X", "contacts": 2, ...}}. */
public record ChannelFigures(Channel channel, @JsonUnwrapped Figures figures) {
}

package org.onevoice.monitor.stats;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;

/** One topic's figures over all channels, and per channel. */
public record TopicFigures(String topic, @JsonUnwrapped Figures figures, List<ChannelFigures> channels) {
}

package org.onevoice.monitor.stats;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.onevoice.events.v1.Channel;

/** Response figures per channel, per topic and per channel within a topic, in event time. */
@ApplicationScoped
@Transactional
public class Statistics {
    private final ContactRows rows;
    private final Clock clock;

    Statistics(ContactRows rows, Clock clock) {
        this.rows = rows;
        this.clock = clock;
    }

    public StatsRange range(String from, String to, String window) {
        return StatsRange.parse(from, to, window, rows::newestEventTime);
    }

    public ChannelStats byChannel(StatsRange range, String topic) {
        List<ContactRow> contacts = rows.in(range, topic);
        return new ChannelStats(range.from(), range.to(), topic, perChannel(contacts, range.horizon(clock.instant())));
    }

    public TopicStats byTopic(StatsRange range, String topic) {
        Instant horizon = range.horizon(clock.instant());
        Map<String, List<ContactRow>> byTopic = rows.in(range, topic).stream()
                .collect(Collectors.groupingBy(ContactRow::topic, TreeMap::new, Collectors.toList()));
        List<TopicFigures> topics = byTopic.entrySet().stream()
                .map(e -> new TopicFigures(e.getKey(), Figures.of(e.getValue(), horizon), perChannel(e.getValue(), horizon)))
                .sorted(Comparator.comparingInt((TopicFigures t) -> t.figures().contacts()).reversed())
                .toList();
        return new TopicStats(range.from(), range.to(), topics);
    }

    /** Figures of each channel that has contacts, in the order of {@link Channel}. */
    public static List<ChannelFigures> perChannel(List<ContactRow> contacts, Instant horizon) {
        Map<Channel, List<ContactRow>> byChannel = contacts.stream()
                .collect(Collectors.groupingBy(ContactRow::channel, () -> new EnumMap<>(Channel.class), Collectors.toList()));
        return byChannel.entrySet().stream()
                .map(e -> new ChannelFigures(e.getKey(), Figures.of(e.getValue(), horizon)))
                .toList();
    }
}

package org.onevoice.monitor.alert;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.onevoice.monitor.stats.ChannelFigures;
import org.onevoice.monitor.stats.ContactRow;
import org.onevoice.monitor.stats.Statistics;

/** Compares every two channels' median first response, over all topics and per topic, by {@link GapRule}. */
@ApplicationScoped
public class ResponseTimeGaps implements AlertCheck {
    static final String METRIC = "RESPONSE_TIME";
    private static final String ALL_TOPICS = "*";

    private final AlertLifecycle lifecycle;
    private final AlertConfig config;
    private final GapRule rule;

    ResponseTimeGaps(AlertLifecycle lifecycle, AlertConfig config) {
        this.lifecycle = lifecycle;
        this.config = config;
        this.rule = GapRule.from(config);
    }

    @Override
    public void evaluate(EvaluationWindow window) {
        Map<String, List<ContactRow>> groups = new LinkedHashMap<>();
        groups.put(null, window.contacts());
        groups.putAll(window.contacts().stream().collect(Collectors.groupingBy(ContactRow::topic, TreeMap::new, Collectors.toList())));
        groups.forEach((topic, group) -> comparePairs(topic, Statistics.perChannel(group, window.horizon()), window));
    }

    private void comparePairs(String topic, List<ChannelFigures> channels, EvaluationWindow window) {
        for (int i = 0; i < channels.size(); i++) {
            for (int j = i + 1; j < channels.size(); j++) {
                ChannelFigures a = channels.get(i);
                ChannelFigures b = channels.get(j);
                String key = String.join("|", METRIC, topic == null ? ALL_TOPICS : topic, a.channel().name(), b.channel().name());
                rule.compare(a, b).ifPresent(c -> lifecycle.reconcile(draft(key, topic, c, window), rule.opens(c), rule.resolves(c)));
            }
        }
    }

    private AlertDraft draft(String key, String topic, GapRule.Comparison c, EvaluationWindow window) {
        String summary = String.format(Locale.ROOT,
                "%s answers %s %.1f× slower than %s: median first response %.0f s vs %.0f s (%d vs %d contacts)",
                c.slowerChannel(), topic == null ? "all topics" : "'" + topic + "'", c.ratio(), c.fasterChannel(),
                c.slower().figures().medianFirstResponseSeconds(), c.faster().figures().medianFirstResponseSeconds(),
                c.slower().figures().contacts(), c.faster().figures().contacts());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("slower", c.slower());
        details.put("faster", c.faster());
        details.put("ratio", c.ratio());
        details.put("openRatio", config.ratio());
        details.put("resolveRatio", config.ratio() * config.resolveFraction());
        details.put("windowFrom", window.range().from());
        details.put("windowTo", window.range().to());
        return new AlertDraft(key, AlertKind.RESPONSE_TIME_GAP, topic, List.of(c.slowerChannel(), c.fasterChannel()),
                c.ratio(), summary, AlertDraft.details(details));
    }
}

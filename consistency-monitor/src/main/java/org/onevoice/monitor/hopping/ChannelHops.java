package org.onevoice.monitor.hopping;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.onevoice.events.v1.Channel;
import org.onevoice.monitor.alert.Alert;
import org.onevoice.monitor.alert.AlertCheck;
import org.onevoice.monitor.alert.AlertConfig;
import org.onevoice.monitor.alert.AlertDraft;
import org.onevoice.monitor.alert.AlertKind;
import org.onevoice.monitor.alert.AlertLifecycle;
import org.onevoice.monitor.alert.EvaluationWindow;
import org.onevoice.monitor.stats.ContactRow;

/**
 * Alerts when, on one topic, many of a channel's customers give up on it and ask again on one
 * other channel: a share of at least {@code hopping-rate} and at least {@code hopping-min-hops}
 * contacts. Resolves below {@code hopping-rate × resolve-fraction}, or when no such hop is left in
 * the window.
 */
@ApplicationScoped
public class ChannelHops implements AlertCheck {
    static final String METRIC = "CHANNEL_HOPPING";

    private final AlertLifecycle lifecycle;
    private final AlertConfig config;

    ChannelHops(AlertLifecycle lifecycle, AlertConfig config) {
        this.lifecycle = lifecycle;
        this.config = config;
    }

    @Override
    public void evaluate(EvaluationWindow window) {
        Set<String> found = new HashSet<>();
        Map<String, List<ContactRow>> byTopic = window.contacts().stream()
                .collect(Collectors.groupingBy(ContactRow::topic, TreeMap::new, Collectors.toList()));
        byTopic.forEach((topic, rows) -> rows.stream()
                .collect(Collectors.groupingBy(ContactRow::channel, () -> new EnumMap<>(Channel.class), Collectors.toList()))
                .forEach((from, contacts) -> hopsByTarget(contacts).forEach((to, hops) -> {
                    double rate = (double) hops / contacts.size();
                    AlertDraft draft = draft(topic, from, to, hops, contacts.size(), rate, window);
                    found.add(draft.alertKey());
                    lifecycle.reconcile(draft, hops >= config.hoppingMinHops() && rate >= config.hoppingRate(),
                            rate < config.hoppingRate() * config.resolveFraction());
                })));
        Alert.active(AlertKind.CHANNEL_HOPPING).stream()
                .filter(alert -> !found.contains(alert.alertKey))
                .forEach(lifecycle::causeGone);
    }

    private static Map<Channel, Long> hopsByTarget(List<ContactRow> contacts) {
        return contacts.stream().filter(ContactRow::hoppedOut)
                .collect(Collectors.groupingBy(ContactRow::hoppedTo, () -> new EnumMap<>(Channel.class), Collectors.counting()));
    }

    private AlertDraft draft(String topic, Channel from, Channel to, long hops, int contacts, double rate, EvaluationWindow window) {
        String key = String.join("|", METRIC, topic, from.name(), to.name());
        String summary = String.format(Locale.ROOT,
                "%d of %d %s contacts on '%s' (%.0f %%) were asked again on %s before they were answered and resolved",
                hops, contacts, from, topic, rate * 100, to);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("from", from);
        details.put("to", to);
        details.put("hopOuts", hops);
        details.put("contacts", contacts);
        details.put("hopOutRate", rate);
        details.put("openRate", config.hoppingRate());
        details.put("resolveRate", config.hoppingRate() * config.resolveFraction());
        details.put("windowFrom", window.range().from());
        details.put("windowTo", window.range().to());
        return new AlertDraft(key, AlertKind.CHANNEL_HOPPING, topic, List.of(from, to), rate, summary, AlertDraft.details(details));
    }
}

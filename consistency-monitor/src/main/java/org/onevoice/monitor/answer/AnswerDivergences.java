package org.onevoice.monitor.answer;

import java.time.Instant;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.onevoice.events.v1.Channel;
import org.onevoice.monitor.alert.Alert;
import org.onevoice.monitor.alert.AlertCheck;
import org.onevoice.monitor.alert.AlertDraft;
import org.onevoice.monitor.alert.AlertKind;
import org.onevoice.monitor.alert.AlertLifecycle;
import org.onevoice.monitor.alert.EvaluationWindow;

/**
 * Opens an answer-divergence alert for every topic and pair of channels whose answers in the
 * window contradict each other, with the conflicting answers side by side, and resolves it once
 * the window holds no contradiction between them any more.
 */
@ApplicationScoped
public class AnswerDivergences implements AlertCheck {
    static final String METRIC = "ANSWER_DIVERGENCE";

    private final TopicAnswers answers;
    private final AlertLifecycle lifecycle;

    AnswerDivergences(TopicAnswers answers, AlertLifecycle lifecycle) {
        this.answers = answers;
        this.lifecycle = lifecycle;
    }

    /** One answer as the alert shows it. */
    public record Quoted(String eventId, Long ticketId, Instant answeredAt, String stated, String body) {
    }

    @Override
    public void evaluate(EvaluationWindow window) {
        Map<String, List<GivenAnswer>> byTopic = answers.in(window.range(), null).stream()
                .collect(Collectors.groupingBy(GivenAnswer::topic, TreeMap::new, Collectors.toList()));
        Set<String> found = new HashSet<>();
        byTopic.forEach((topic, given) -> Disagreements.between(given).forEach((pair, conflicts) -> {
            AlertDraft draft = draft(topic, pair, conflicts);
            found.add(draft.alertKey());
            lifecycle.reconcile(draft, true, false);
        }));
        Alert.active(AlertKind.ANSWER_DIVERGENCE).stream()
                .filter(alert -> !found.contains(alert.alertKey))
                .forEach(lifecycle::causeGone);
    }

    private static AlertDraft draft(String topic, List<Channel> pair, List<Disagreements.Conflict> conflicts) {
        String key = String.join("|", METRIC, topic, pair.get(0).name(), pair.get(1).name());
        String differences = conflicts.stream()
                .map(c -> c.fact() + " " + String.join("/", c.first().values()) + " vs " + String.join("/", c.second().values()))
                .collect(Collectors.joining("; "));
        String summary = pair.get(0) + " and " + pair.get(1) + " answer '" + topic + "' differently: " + differences;
        List<Map<String, Object>> details = conflicts.stream().map(c -> {
            Map<String, Object> conflict = new LinkedHashMap<>();
            conflict.put("fact", c.fact());
            conflict.put("sides", List.of(side(c.first()), side(c.second())));
            return conflict;
        }).toList();
        return new AlertDraft(key, AlertKind.ANSWER_DIVERGENCE, topic, pair, null, summary, AlertDraft.details(Map.of("conflicts", details)));
    }

    private static Map<String, Object> side(Disagreements.Side side) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("channel", side.channel());
        json.put("values", side.values());
        json.put("answers", side.statements().stream()
                .map(s -> new Quoted(s.answer().eventId(), s.answer().ticketId(), s.answer().answeredAt(), s.text(), s.answer().body()))
                .toList());
        return json;
    }
}

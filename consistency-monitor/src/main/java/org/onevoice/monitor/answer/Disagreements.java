package org.onevoice.monitor.answer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.onevoice.events.v1.Channel;

/**
 * Where two channels contradict each other on one topic: for a kind of fact both state, they
 * have no value in common (X always says 3 business days, email always 10). A channel that
 * states several values of a kind, one of them the other channel's, is not counted as a
 * contradiction: several durations can be right at once (delivery and refund).
 */
public final class Disagreements {
    private Disagreements() {
    }

    /** One channel's statements of one kind of fact. */
    public record Side(Channel channel, Set<String> values, List<Statement> statements) {
    }

    public record Conflict(FactKind fact, Side first, Side second) {
    }

    /** A fact's most stated value on a topic, by how many answers on which channels. */
    public record Prevailing(FactKind fact, String value, int statedBy, Set<Channel> channels) {
    }

    /** The conflicts of every two channels of one topic's answers, per pair in {@link Channel} order. */
    public static Map<List<Channel>, List<Conflict>> between(List<GivenAnswer> answers) {
        Map<Channel, Map<FactKind, List<Statement>>> byChannel = new EnumMap<>(Channel.class);
        answers.stream().flatMap(Statement::of).forEach(s -> byChannel
                .computeIfAbsent(s.answer().channel(), c -> new EnumMap<>(FactKind.class))
                .computeIfAbsent(s.kind(), k -> new ArrayList<>())
                .add(s));
        List<Channel> channels = new ArrayList<>(byChannel.keySet());
        Map<List<Channel>, List<Conflict>> conflicts = new LinkedHashMap<>();
        for (int i = 0; i < channels.size(); i++) {
            for (int j = i + 1; j < channels.size(); j++) {
                List<Conflict> pair = conflicts(channels.get(i), byChannel.get(channels.get(i)), channels.get(j), byChannel.get(channels.get(j)));
                if (!pair.isEmpty()) {
                    conflicts.put(List.of(channels.get(i), channels.get(j)), pair);
                }
            }
        }
        return conflicts;
    }

    private static List<Conflict> conflicts(Channel a, Map<FactKind, List<Statement>> factsA, Channel b, Map<FactKind, List<Statement>> factsB) {
        List<Conflict> conflicts = new ArrayList<>();
        factsA.forEach((kind, statementsA) -> {
            List<Statement> statementsB = factsB.get(kind);
            if (statementsB == null) {
                return;
            }
            Set<String> valuesA = values(statementsA);
            Set<String> valuesB = values(statementsB);
            if (valuesA.stream().noneMatch(valuesB::contains)) {
                conflicts.add(new Conflict(kind, new Side(a, valuesA, statementsA), new Side(b, valuesB, statementsB)));
            }
        });
        return conflicts;
    }

    /** For each kind of fact stated on the topic, the value most answers state; the newest wins a tie. */
    public static Map<FactKind, Prevailing> prevailing(List<GivenAnswer> answers) {
        Map<FactKind, Map<String, List<Statement>>> byValue = answers.stream().flatMap(Statement::of)
                .collect(Collectors.groupingBy(Statement::kind, () -> new EnumMap<>(FactKind.class),
                        Collectors.groupingBy(Statement::value)));
        Map<FactKind, Prevailing> prevailing = new EnumMap<>(FactKind.class);
        byValue.forEach((kind, values) -> values.entrySet().stream()
                .max(Comparator.<Map.Entry<String, List<Statement>>>comparingInt(e -> distinctAnswers(e.getValue()))
                        .thenComparing(e -> newest(e.getValue())))
                .ifPresent(e -> prevailing.put(kind, new Prevailing(kind, e.getKey(), distinctAnswers(e.getValue()),
                        e.getValue().stream().map(s -> s.answer().channel()).collect(Collectors.toCollection(TreeSet::new))))));
        return prevailing;
    }

    private static Set<String> values(List<Statement> statements) {
        return statements.stream().map(Statement::value).collect(Collectors.toCollection(TreeSet::new));
    }

    private static int distinctAnswers(List<Statement> statements) {
        return (int) statements.stream().map(s -> s.answer().eventId()).distinct().count();
    }

    private static Instant newest(List<Statement> statements) {
        return statements.stream().map(s -> s.answer().answeredAt()).max(Comparator.naturalOrder()).orElseThrow();
    }
}

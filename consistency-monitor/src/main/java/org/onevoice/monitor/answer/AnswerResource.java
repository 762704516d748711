package org.onevoice.monitor.answer;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.onevoice.monitor.alert.AlertConfig;
import org.onevoice.monitor.answer.AnswerCheck.Contradiction;
import org.onevoice.monitor.stats.ContactRows;
import org.onevoice.monitor.stats.StatsRange;
import org.onevoice.problem.ProblemException;

/** Checks a draft answer against what the company answered on the topic before, on any channel. */
@Path("/api/answers")
public class AnswerResource {
    private final TopicAnswers answers;
    private final ContactRows rows;
    private final AlertConfig config;

    AnswerResource(TopicAnswers answers, ContactRows rows, AlertConfig config) {
        this.answers = answers;
        this.rows = rows;
        this.config = config;
    }

    @POST
    @Path("/check")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "The facts of a draft answer that contradict the prevailing answers on its topic")
    public AnswerCheck.Result check(AnswerCheck.Request request) {
        if (request == null || request.topic() == null || request.topic().isBlank()) {
            throw ProblemException.badField("topic", "the topic the draft answers is required");
        }
        if (request.channel() == null) {
            throw ProblemException.badField("channel", "the channel the draft goes out on is required: X, EMAIL or CALL_CENTRE");
        }
        if (request.draft() == null || request.draft().isBlank()) {
            throw ProblemException.badField("draft", "the draft answer's text is required");
        }
        String topic = request.topic().strip().toLowerCase(Locale.ROOT);
        Instant newest = rows.newestEventTime();
        List<GivenAnswer> given = newest == null ? List.of() : answers.in(new StatsRange(newest.minus(config.window()), newest), topic);
        Map<FactKind, Disagreements.Prevailing> prevailing = Disagreements.prevailing(given);
        List<StatedFact> facts = FactExtractor.extract(request.draft());
        List<Contradiction> conflicts = facts.stream()
                .filter(f -> prevailing.containsKey(f.kind()) && !prevailing.get(f.kind()).value().equals(f.value()))
                .map(f -> {
                    Disagreements.Prevailing p = prevailing.get(f.kind());
                    return new Contradiction(f.kind(), f.value(), p.value(), p.statedBy(), List.copyOf(p.channels()));
                })
                .toList();
        return new AnswerCheck.Result(topic, request.channel(), facts, conflicts, mostAgreeing(given, prevailing));
    }

    /** The answer that states the most prevailing values; the newest of those. */
    private static GivenAnswer mostAgreeing(List<GivenAnswer> given, Map<FactKind, Disagreements.Prevailing> prevailing) {
        Comparator<GivenAnswer> byAgreement = Comparator.comparingLong(a -> Statement.of(a)
                .filter(s -> prevailing.containsKey(s.kind()) && prevailing.get(s.kind()).value().equals(s.value()))
                .map(Statement::kind).distinct().count());
        return given.stream()
                .filter(a -> Statement.of(a).findAny().isPresent())
                .max(byAgreement.thenComparing(GivenAnswer::answeredAt))
                .orElse(null);
    }
}

package org.onevoice.monitor.answer;

import java.util.List;
import org.onevoice.events.v1.Channel;

/** Request and response of {@code POST /api/answers/check}. */
public final class AnswerCheck {
    private AnswerCheck() {
    }

    /** An answer an agent is about to send on {@code channel} to a question about {@code topic}. */
    public record Request(String topic, Channel channel, String draft) {
    }

    /**
     * What the draft states, where it contradicts what the company's answers on the topic mostly
     * say, and the answer that says most of it.
     */
    public record Result(String topic, Channel channel, List<StatedFact> facts, List<Contradiction> conflicts,
                         GivenAnswer prevailingAnswer) {
    }

    /** The draft says {@code draftValue} where {@code statedBy} answers on {@code channels} said {@code prevailingValue}. */
    public record Contradiction(FactKind fact, String draftValue, String prevailingValue, int statedBy, List<Channel> channels) {
    }
}

package org.onevoice.ticket.consistency;

import java.util.List;
import java.util.Locale;
import org.onevoice.events.v1.Channel;

/**
 * What the reply composer shows before the agent sends: the draft's conflicts with what other
 * channels answered on the ticket's topic, one readable warning per conflict, or why there is no
 * check.
 */
public record ReplyCheck(Status status, String topic, Channel channel, List<MonitorVerdict.Conflict> conflicts,
                         List<String> warnings, MonitorVerdict.PrevailingAnswer prevailingAnswer, String note) {

    public enum Status {
        /** The monitor compared the draft with the topic's answers. */
        CHECKED,
        /** The ticket has no topic yet, so there is nothing to compare with. */
        NO_TOPIC,
        /** The monitor could not be asked; the agent may send without the check. */
        UNAVAILABLE
    }

    static ReplyCheck checked(String topic, Channel channel, MonitorVerdict verdict) {
        List<String> warnings = verdict.conflicts().stream().map(ReplyCheck::warning).toList();
        return new ReplyCheck(Status.CHECKED, topic, channel, verdict.conflicts(), warnings, verdict.prevailingAnswer(),
                warnings.isEmpty() ? "No conflict with what other channels answered on " + topic + "." : null);
    }

    static ReplyCheck noTopic(Channel channel) {
        return new ReplyCheck(Status.NO_TOPIC, null, channel, List.of(), List.of(), null,
                "Set the ticket's topic to check the reply against other channels' answers.");
    }

    static ReplyCheck unavailable(String topic, Channel channel) {
        return new ReplyCheck(Status.UNAVAILABLE, topic, channel, List.of(), List.of(), null,
                "The consistency check is unavailable right now; the reply can still be sent.");
    }

    private static String warning(MonitorVerdict.Conflict c) {
        String fact = c.fact() == null ? "fact" : c.fact().toLowerCase(Locale.ROOT).replace('_', '/');
        String channels = c.channels() == null ? "" : " on " + String.join(", ", c.channels().stream().map(Channel::name).toList());
        return "This reply says " + c.draftValue() + " (" + fact + ") where " + c.statedBy()
                + (c.statedBy() == 1 ? " answer" : " answers") + channels + " said " + c.prevailingValue() + ".";
    }
}

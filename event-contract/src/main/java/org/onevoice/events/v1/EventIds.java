package org.onevoice.events.v1;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Event ids that are a function of what happened on the channel, so a redelivered webhook, a
 * second copy of the same mail or a re-imported log line produce the same id and consumers can
 * recognise the duplicate.
 */
public final class EventIds {
    private EventIds() {
    }

    public static String forChannelMessage(Channel channel, String channelMessageId, String eventType) {
        String name = channel.name() + '\n' + channelMessageId + '\n' + eventType;
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }
}

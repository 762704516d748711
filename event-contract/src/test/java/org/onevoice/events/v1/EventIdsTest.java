package org.onevoice.events.v1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class EventIdsTest {
    @Test
    void theSameChannelMessageAlwaysGetsTheSameId() {
        assertEquals(EventIds.forChannelMessage(Channel.X, "123", ContactReceived.TYPE),
                EventIds.forChannelMessage(Channel.X, "123", ContactReceived.TYPE));
    }

    @Test
    void channelMessageIdAndEventTypeAllCount() {
        String id = EventIds.forChannelMessage(Channel.X, "123", ContactReceived.TYPE);
        assertNotEquals(id, EventIds.forChannelMessage(Channel.EMAIL, "123", ContactReceived.TYPE));
        assertNotEquals(id, EventIds.forChannelMessage(Channel.X, "124", ContactReceived.TYPE));
        assertNotEquals(id, EventIds.forChannelMessage(Channel.X, "123", AnswerGiven.TYPE));
    }
}

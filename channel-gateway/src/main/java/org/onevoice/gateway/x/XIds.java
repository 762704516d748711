package org.onevoice.gateway.x;

/**
 * How X things are named in contact events. Direct messages get prefixed ids: a DM event id and a
 * tweet id are both plain numbers, and a reply must know which of the two it answers.
 */
public final class XIds {
    static final String DM_EVENT_PREFIX = "dm-event:";
    static final String DM_THREAD_PREFIX = "dm:";

    private XIds() {
    }

    /** {@code channelMessageId} of a direct message. */
    public static String dmEvent(String dmEventId) {
        return DM_EVENT_PREFIX + dmEventId;
    }

    /** {@code threadKey} of the DM conversation between the brand and one customer. */
    public static String dmThread(String customerUserId) {
        return DM_THREAD_PREFIX + customerUserId;
    }

    public static boolean isDmEvent(String channelMessageId) {
        return channelMessageId != null && channelMessageId.startsWith(DM_EVENT_PREFIX);
    }
}

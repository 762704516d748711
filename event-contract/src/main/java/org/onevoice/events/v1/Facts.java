package org.onevoice.events.v1;

/** Well-known keys of {@link ContactEvent#facts()}. */
public final class Facts {
    /** Call-centre queue name. */
    public static final String QUEUE = "queue";
    /** Seconds the caller waited in the queue, whole seconds. */
    public static final String QUEUE_WAIT_SECONDS = "queueWaitSeconds";
    /** The question as the agent noted it at wrap-up. */
    public static final String QUESTION = "question";
    /** The topic as the agent noted it at wrap-up. */
    public static final String TOPIC = "topic";
    /** The X event kind the contact came from: tweet or direct message. */
    public static final String X_KIND = "xKind";

    private Facts() {
    }
}

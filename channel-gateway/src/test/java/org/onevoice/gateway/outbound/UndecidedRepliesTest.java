package org.onevoice.gateway.outbound;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;

/** The bound on replies held until decided makes reading wait without holding a thread. */
class UndecidedRepliesTest {

    @Test
    void roomBeyondTheBoundWaitsForADecisionOldestFirst() {
        UndecidedReplies replies = new UndecidedReplies(2);
        assertTrue(done(replies.room()));
        assertTrue(done(replies.room()));
        CompletableFuture<Void> third = replies.room().toCompletableFuture();
        CompletableFuture<Void> fourth = replies.room().toCompletableFuture();
        assertFalse(third.isDone());

        replies.decided();
        assertTrue(third.isDone());
        assertFalse(fourth.isDone(), "one decision makes room for one reply");

        replies.decided();
        assertTrue(fourth.isDone());
    }

    @Test
    void roomFreedWithNobodyWaitingIsThereForTheNext() {
        UndecidedReplies replies = new UndecidedReplies(1);
        assertTrue(done(replies.room()));
        replies.decided();
        assertTrue(done(replies.room()));
        assertFalse(done(replies.room()));
    }

    private static boolean done(CompletionStage<Void> room) {
        return room.toCompletableFuture().isDone();
    }
}

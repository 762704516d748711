package org.onevoice.gateway.outbound;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Bounds the replies held until decided ({@link DeliveryConfig#maxUndecided()}) without blocking
 * the thread that asks for room: beyond the bound, room is a stage that completes when an earlier
 * reply is decided, in the order it was asked for. The consumer of ticket events waits on that
 * stage, so reading stops while the bound is reached.
 */
final class UndecidedReplies {
    private final int max;
    private final Deque<CompletableFuture<Void>> waiting = new ArrayDeque<>();
    private int held;

    UndecidedReplies(int max) {
        this.max = max;
    }

    /** Completes once one more reply may be held: at once while there is room. */
    synchronized CompletionStage<Void> room() {
        if (held < max) {
            held++;
            return CompletableFuture.completedFuture(null);
        }
        CompletableFuture<Void> turn = new CompletableFuture<>();
        waiting.addLast(turn);
        return turn;
    }

    /** A held reply was decided: its room passes to the reply that has waited longest, if one has. */
    void decided() {
        CompletableFuture<Void> next;
        synchronized (this) {
            next = waiting.pollFirst();
            if (next == null) {
                held--;
            }
        }
        if (next != null) {
            // Outside the lock: completing runs the waiter's delivery start on this thread.
            next.complete(null);
        }
    }
}

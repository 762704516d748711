package org.onevoice.local.bench;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * What the gateway answered to each contact and when. Written from many threads (each index by
 * one), read after the load.
 */
final class AckLog {
    /** Due but not sent: every request slot was busy, so the load generator could not keep the rate. */
    static final int DROPPED = -1;
    /** The connection failed or timed out. */
    static final int IO_ERROR = -2;

    private final BenchContact[] contacts;
    private final AtomicLongArray status;
    private final AtomicLongArray ackEpochMicros;
    private final AtomicLongArray dueToAckNanos;
    private volatile long sent;

    AckLog(int size) {
        contacts = new BenchContact[size];
        status = new AtomicLongArray(size);
        ackEpochMicros = new AtomicLongArray(size);
        dueToAckNanos = new AtomicLongArray(size);
    }

    void sent(BenchContact contact) {
        contacts[(int) contact.index()] = contact;
        sent = contact.index() + 1;
    }

    void answered(long index, int code, long dueToAck) {
        Instant now = Instant.now();
        ackEpochMicros.set((int) index, now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000);
        dueToAckNanos.set((int) index, dueToAck);
        status.set((int) index, code);
    }

    /** How many contacts were due so far (sent or dropped). */
    long sent() {
        return sent;
    }

    BenchContact contact(long index) {
        return contacts[(int) index];
    }

    int status(long index) {
        return (int) status.get((int) index);
    }

    boolean pending(long index) {
        return status.get((int) index) == 0;
    }

    /** 2xx from a webhook, 250 from SMTP. */
    boolean accepted(long index) {
        int code = status(index);
        return code >= 200 && code < 300;
    }

    long ackEpochMicros(long index) {
        return ackEpochMicros.get((int) index);
    }

    double dueToAckMillis(long index) {
        return dueToAckNanos.get((int) index) / 1e6;
    }
}

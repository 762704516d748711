package org.onevoice.monitor.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * PostgreSQL advisory locks, held to the end of the intake transaction, that let intake
 * transactions (of any consumer thread, on any instance) run side by side while the facts about
 * one contact are still applied one transaction after another.
 *
 * <p>Each fact names the join keys it is found by (a conversation, the contact event a ticket
 * names, a ticket); every transaction that writes a fact or a contact locks those keys first, so
 * the second of two transactions meeting on a key waits for the first and then reads what it
 * committed. A batch takes its keys in one sorted sweep, which keeps two batches from taking them
 * in opposite order; a key learnt later (the ticket a stored contact belongs to) may still meet a
 * lock held the other way round, and PostgreSQL then aborts one transaction as a deadlock, which
 * the {@link BatchApplier} runs again.
 *
 * <p>Every such transaction also holds the intake lock shared; a customer's erasure takes it
 * exclusively, so it waits for the intake in flight and nothing of that customer is written
 * beside it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class IntakeLocks {
    private static final long INTAKE_LOCK = 0x6d_6f_6e_69_6e_74L;
    /** Join keys use the two-integer key space, which never overlaps the single-bigint one of the other locks. */
    private static final int JOIN_KEY_SPACE = 0x6a_6f_69_6e;

    private final EntityManager em;

    IntakeLocks(EntityManager em) {
        this.em = em;
    }

    /** Shared intake lock and the join keys, in one fixed order. */
    public void beside(Collection<String> joinKeys) {
        em.createNativeQuery("SELECT pg_advisory_xact_lock_shared(?1)").setParameter(1, INTAKE_LOCK).getSingleResult();
        lock(joinKeys);
    }

    /** The intake lock alone: no other intake transaction runs until this one ends. */
    public void alone() {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(?1)").setParameter(1, INTAKE_LOCK).getSingleResult();
    }

    /**
     * Locks join keys, smallest hash first; null keys (a fact the event lacks) are skipped.
     * {@code String.hashCode} is fixed by the language, so every instance locks a key alike; two keys
     * with one hash only wait for each other.
     */
    public void lock(Collection<String> joinKeys) {
        String hashes = joinKeys.stream().filter(Objects::nonNull).map(String::hashCode).distinct().sorted()
                .map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
        if (hashes.length() > 2) {
            // unnest() hands the keys over in array order, so they are locked in the sorted order.
            em.createNativeQuery("SELECT CAST(pg_advisory_xact_lock(?1, k) AS text) FROM unnest(CAST(?2 AS integer[])) AS k")
                    .setParameter(1, JOIN_KEY_SPACE)
                    .setParameter(2, hashes)
                    .getResultList();
        }
    }
}

package org.hamyar.beneficiaries.coordination.service;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.LongSupplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.hamyar.beneficiaries.config.BeneficiariesConfig;
import org.hamyar.beneficiaries.coordination.CoordinationTerms;
import org.hamyar.beneficiaries.coordination.repository.CoordinationAgreementRepository;

/**
 * The ACTIVE agreements of an organisation as the overlap check and the grant read them: from
 * memory for at most {@code hamyar.beneficiaries.agreements-cache-ttl} (2 s), then from
 * {@code coordination_agreement} again (docs/benchmarks.md, "Design choices the numbers drove").
 *
 * <p>Every replica consumes {@code agreements.events} in one consumer group, so a replica applies
 * only the events of its own partitions: what it learns from its consumer it forgets at once
 * ({@link #changed()}, before and after the projection's transaction), and what another replica
 * applied it sees when the entry expires. An agreement's change therefore binds a replica at most
 * the TTL later than it reaches the database, which is itself asynchronous to the agreements-service.
 *
 * <p>An entry remembers the generation it was read in; a change starts a new generation, so an
 * entry read while the projection's transaction was still open is never used after it commits.
 * There is one entry per organisation that records aid: a few thousand in the whole network.
 */
@ApplicationScoped
public class ActiveAgreements {

    private final Function<UUID, List<CoordinationTerms>> database;
    private final TransactionSynchronizationRegistry transactions;
    private final long ttlNanos;
    private final LongSupplier nanoClock;
    private final Map<UUID, Entry> byOrganization = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();

    private record Entry(List<CoordinationTerms> terms, long readAt, long generation) {
    }

    @Inject
    ActiveAgreements(CoordinationAgreementRepository agreements, TransactionSynchronizationRegistry transactions,
                     BeneficiariesConfig config) {
        this(agreements::activeWith, transactions, config.agreementsCacheTtl(), System::nanoTime);
    }

    /** For unit tests: the database as a function, time as a clock of nanoseconds. */
    ActiveAgreements(Function<UUID, List<CoordinationTerms>> database, TransactionSynchronizationRegistry transactions,
                     Duration ttl, LongSupplier nanoClock) {
        this.database = database;
        this.transactions = transactions;
        this.ttlNanos = ttl.toNanos();
        this.nanoClock = nanoClock;
    }

    /** The ACTIVE agreements the organisation is a party to (no older than the TTL). */
    public List<CoordinationTerms> activeWith(UUID organizationId) {
        if (ttlNanos <= 0) {
            return database.apply(organizationId);
        }
        long now = nanoClock.getAsLong();
        long current = generation.get();
        Entry entry = byOrganization.get(organizationId);
        if (entry != null && entry.generation() == current && now - entry.readAt() < ttlNanos) {
            return entry.terms();
        }
        List<CoordinationTerms> terms = List.copyOf(database.apply(organizationId));
        byOrganization.put(organizationId, new Entry(terms, now, current));
        return terms;
    }

    /**
     * The projection changes in the current transaction: forget every entry now, and again once
     * the transaction has ended (an entry read meanwhile saw the rows before the change).
     */
    public void changed() {
        generation.incrementAndGet();
        if (transactions != null && transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    generation.incrementAndGet();
                }
            });
        }
    }
}

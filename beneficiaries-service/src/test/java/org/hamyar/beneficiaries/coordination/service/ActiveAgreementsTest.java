package org.hamyar.beneficiaries.coordination.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.hamyar.beneficiaries.coordination.CoordinationTerms;
import org.junit.jupiter.api.Test;

/** The agreements cache of the overlap check and the grant, on a clock the test moves. */
class ActiveAgreementsTest {

    private static final UUID RELIEF = UUID.fromString("0a000000-0000-4000-8000-000000000005");
    private static final UUID WELFARE = UUID.fromString("0a000000-0000-4000-8000-000000000006");

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final AtomicInteger reads = new AtomicInteger();
    private final Map<UUID, List<CoordinationTerms>> table = new HashMap<>();
    private final Function<UUID, List<CoordinationTerms>> database = organization -> {
        reads.incrementAndGet();
        return table.getOrDefault(organization, List.of());
    };

    @Test
    void answersFromMemoryWithinTheTtlAndFromTheDatabaseAfterIt() {
        ActiveAgreements agreements = new ActiveAgreements(database, null, Duration.ofSeconds(2), now::get);
        table.put(RELIEF, List.of(terms()));

        assertThat(agreements.activeWith(RELIEF)).hasSize(1);
        // another replica's consumer terminates the agreement: this replica learns it within the TTL
        table.put(RELIEF, List.of());
        now.addAndGet(Duration.ofMillis(1_999).toNanos());
        assertThat(agreements.activeWith(RELIEF)).hasSize(1);
        now.addAndGet(Duration.ofMillis(1).toNanos());
        assertThat(agreements.activeWith(RELIEF)).isEmpty();
        assertThat(reads).hasValue(2);
    }

    @Test
    void eachOrganisationHasItsOwnEntry() {
        ActiveAgreements agreements = new ActiveAgreements(database, null, Duration.ofSeconds(2), now::get);
        table.put(RELIEF, List.of(terms()));

        assertThat(agreements.activeWith(RELIEF)).hasSize(1);
        assertThat(agreements.activeWith(WELFARE)).isEmpty();
        assertThat(agreements.activeWith(RELIEF)).hasSize(1);
        assertThat(reads).hasValue(2);
    }

    @Test
    void aChangeThisReplicaAppliesIsSeenAtOnce() {
        FakeTransactions transactions = new FakeTransactions();
        ActiveAgreements agreements = new ActiveAgreements(database, transactions, Duration.ofMinutes(1), now::get);
        assertThat(agreements.activeWith(RELIEF)).isEmpty();

        // the consumer's transaction: the projection changes, a check reads the old rows meanwhile
        transactions.status = Status.STATUS_ACTIVE;
        agreements.changed();
        assertThat(agreements.activeWith(RELIEF)).isEmpty();
        table.put(RELIEF, List.of(terms()));
        transactions.commit();

        assertThat(agreements.activeWith(RELIEF)).as("what was read before the commit is not kept").hasSize(1);
        assertThat(reads).hasValue(3);
    }

    @Test
    void aTtlOfZeroReadsEveryTime() {
        ActiveAgreements agreements = new ActiveAgreements(database, null, Duration.ZERO, now::get);
        agreements.activeWith(RELIEF);
        agreements.activeWith(RELIEF);
        assertThat(reads).hasValue(2);
    }

    private static CoordinationTerms terms() {
        return new CoordinationTerms(UUID.randomUUID(), Set.of(RELIEF, WELFARE), Set.of("26"), Set.of(),
                Set.of("FOOD_BASKET"), true);
    }

    /** Just enough of a transaction to run the synchronizations registered in it. */
    private static final class FakeTransactions implements TransactionSynchronizationRegistry {

        int status = Status.STATUS_NO_TRANSACTION;
        final List<Synchronization> synchronizations = new ArrayList<>();

        void commit() {
            synchronizations.forEach(Synchronization::beforeCompletion);
            status = Status.STATUS_COMMITTED;
            synchronizations.forEach(s -> s.afterCompletion(Status.STATUS_COMMITTED));
            synchronizations.clear();
            status = Status.STATUS_NO_TRANSACTION;
        }

        @Override
        public Object getTransactionKey() {
            return status == Status.STATUS_ACTIVE ? this : null;
        }

        @Override
        public void putResource(Object key, Object value) {
        }

        @Override
        public Object getResource(Object key) {
            return null;
        }

        @Override
        public void registerInterposedSynchronization(Synchronization synchronization) {
            synchronizations.add(synchronization);
        }

        @Override
        public int getTransactionStatus() {
            return status;
        }

        @Override
        public void setRollbackOnly() {
        }

        @Override
        public boolean getRollbackOnly() {
            return false;
        }
    }
}

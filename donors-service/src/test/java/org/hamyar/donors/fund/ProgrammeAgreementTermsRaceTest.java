package org.hamyar.donors.fund;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.hamyar.donors.fund.event.ProgrammeAgreements;
import org.hamyar.events.agreements.AgreementParty;
import org.hamyar.events.agreements.AgreementTerms;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The demo data's seed terms and the consumer's announced terms of one programme agreement may be
 * written at the same moment on a first start, both finding no row: the second must apply its
 * version, not fail on the first's insert (which made the announced AgreementActivated a dead letter).
 */
@QuarkusTest
class ProgrammeAgreementTermsRaceTest {

    @Inject
    ProgrammeAgreements agreements;

    @Inject
    ProgrammeAgreementRepository repository;

    @Inject
    AgroalDataSource database;

    @Test
    void twoWritersOfANewAgreementsTermsBothApply() throws Exception {
        UUID agreementId = UUID.randomUUID();
        CountDownLatch firstWrote = new CountDownLatch(1);
        CountDownLatch secondWaits = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> first = pool.submit(() -> QuarkusTransaction.requiringNew().run(() -> {
                agreements.terms(terms(agreementId, 0), Instant.now());
                repository.flush();
                firstWrote.countDown();
                awaitLatch(secondWaits);
            }));
            assertThat(firstWrote.await(60, TimeUnit.SECONDS)).isTrue();
            Future<?> second = pool.submit(() -> QuarkusTransaction.requiringNew().run(() ->
                    agreements.terms(terms(agreementId, 1), Instant.now())));
            // the first commits only once the second is blocked behind it
            await().atMost(Duration.ofSeconds(60)).until(this::aWriterWaitsForALock);
            secondWaits.countDown();
            first.get(60, TimeUnit.SECONDS);
            second.get(60, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
        assertThat(QuarkusTransaction.requiringNew().call(() -> repository.findById(agreementId).version())).isEqualTo(1);
    }

    private boolean aWriterWaitsForALock() throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
             ResultSet waiting = statement.executeQuery("select count(*) from pg_stat_activity where datname = current_database()"
                     + " and wait_event_type = 'Lock' and (query like '%programme_agreement%' or query like '%pg_advisory_xact_lock%')")) {
            waiting.next();
            return waiting.getLong(1) > 0;
        }
    }

    private static void awaitLatch(CountDownLatch latch) {
        try {
            assertThat(latch.await(60, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static AgreementTerms terms(UUID agreementId, int version) {
        return new AgreementTerms(agreementId, version, "ACTIVE",
                List.of(new AgreementParty(UUID.randomUUID(), "WELFARE_SERVICES"), new AgreementParty(UUID.randomUUID(), "ENDOWMENT_TRUSTEE")),
                List.of("22"), List.of(), List.of("DISABILITY"), List.of("EMPLOYMENT_LOAN"), true, List.of(),
                LocalDate.of(2026, 3, 21), LocalDate.of(2028, 3, 19));
    }
}

package org.hamyar.faults.delivery;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hamyar.faults.CaseResult;
import org.hamyar.infrastructure.PostgresDatabases;
import org.hamyar.infrastructure.suite.SuiteOptions;

/**
 * What a delivery case checks once the faults are over: rows = events on the topics = effects in
 * the consumers, and every acknowledged write is there. It reads the three databases directly and
 * the topics with a plain consumer ({@link EventLog}).
 *
 * <ul>
 *   <li><b>rows → events</b>: every row the case's writes committed (aid, revocations, households,
 *       allocations and their commitment and release, donations, signatures, activations) has
 *       exactly one event in its service's outbox (found by the id in the event's data). None is
 *       <i>lost</i>; two with different ids for one row is <i>doubled</i>;</li>
 *   <li><b>events → topics</b>: every event of the case is on its topic (more than one copy of a
 *       {@code ce_id} is at-least-once delivery, which the consumers deduplicate: noted, not counted);</li>
 *   <li><b>events → effects</b>: every AidGranted and AidRevoked was applied by the donors-service
 *       ({@code processed_event}), its granted-aid row has the aid's status and the allocation the
 *       aid named is COMMITTED to it, or RELEASED when the aid was revoked; every AgreementActivated
 *       was applied by the beneficiaries- and the donors-service. A missing effect is <i>lost</i>; an
 *       allocation with two commitment or two release entries in the journal is <i>doubled</i>;</li>
 *   <li><b>answers → rows</b>: every write answered 2xx is in its database (<i>lost</i> otherwise).
 *       Writes that got no answer are not counted: only what was acknowledged must survive.</li>
 * </ul>
 */
final class DeliveryCheck implements AutoCloseable {


    private static final String AID_GRANTED = "hamyar.beneficiaries.aid-granted.v1";
    private static final String AID_REVOKED = "hamyar.beneficiaries.aid-revoked.v1";
    private static final String ACTIVATED = "hamyar.agreements.agreement-activated.v1";

    private final String agreements;
    private final String beneficiaries;
    private final String donors;
    private final Map<String, Connection> connections = new LinkedHashMap<>();
    /** Where the case began: the databases' clock and each outbox's first sequence number after it. */
    private OffsetDateTime since;
    private final Map<String, Long> firstSeq = new HashMap<>();

    DeliveryCheck(SuiteOptions suite) {
        agreements = suite.agreementsDatabase();
        beneficiaries = suite.beneficiariesDatabase();
        donors = suite.donorsDatabase();
        try {
            for (String database : List.of(agreements, beneficiaries, donors)) {
                connections.put(database, DriverManager.getConnection(PostgresDatabases.jdbcUrl(database),
                        PostgresDatabases.user(), PostgresDatabases.password()));
            }
        } catch (SQLException e) {
            close();
            throw new IllegalStateException("cannot read the suite's databases: " + e.getMessage(), e);
        }
    }

    /** Marks the start of the case: rows and events from now on are the case's. */
    void begin() {
        try (PreparedStatement statement = connections.get(donors).prepareStatement("select now()");
             ResultSet now = statement.executeQuery()) {
            now.next();
            since = now.getObject(1, OffsetDateTime.class);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        for (String database : connections.keySet()) {
            firstSeq.put(database, single(database, "select coalesce(max(seq), 0) + 1 from outbox_event"));
        }
    }

    /** Events of every outbox not yet sent (events set aside excluded: they never go by themselves). */
    long unsent() {
        long unsent = 0;
        for (String database : connections.keySet()) {
            unsent += single(database, "select count(*) from outbox_event where published_at is null and failed_at is null");
        }
        return unsent;
    }

    /**
     * Waits until every outbox is drained and every consumer group has caught up, at most
     * {@code bound}; returns how long it took, or null when it did not happen in time.
     */
    Duration awaitQuiet(EventLog log, Duration bound) throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + bound.toNanos();
        int quiet = 0;
        while (System.nanoTime() < deadline) {
            boolean caughtUp;
            try {
                caughtUp = EventLog.GROUPS.keySet().stream().allMatch(group -> log.lag(group) == 0);
            } catch (RuntimeException e) {
                caughtUp = false; // the broker still starting
            }
            // lag first: a consumer that has caught up has written what it publishes in turn, then the outbox
            quiet = caughtUp && unsent() == 0 ? quiet + 1 : 0;
            if (quiet == 2) {
                return Duration.ofNanos(System.nanoTime() - start);
            }
            Thread.sleep(1_000);
        }
        return null;
    }

    /** Published events of one topic in one database's outbox (the relay marks them after the broker's acknowledgement). */
    long published(String database, String topic) {
        return single(database, "select count(*) from outbox_event where topic = '" + topic + "' and published_at is not null");
    }

    /** The events of the donors' aid consumer applied so far. */
    long appliedAidEvents() {
        return single(donors, "select count(*) from processed_event where consumer = 'donors-granted-aid'");
    }

    /** AidGranted and AidRevoked the beneficiaries-service's relay has sent. */
    long publishedAidEvents() {
        return single(beneficiaries, "select count(*) from outbox_event where ce_type in ('" + AID_GRANTED + "', '"
                + AID_REVOKED + "') and published_at is not null");
    }

    void verify(CaseResult result, EventLog log, List<Load.Acknowledged> acknowledged) {
        Tally tally = new Tally(result);
        rowsToEvents(tally);
        result.note("rows of the case, each looked up in its outbox: " + tally.checked);
        eventsToTopics(tally, log);
        eventsToEffects(tally);
        answersToRows(tally, acknowledged);
        strays(result);
        result.lost(tally.lost);
        result.doubled(tally.doubled);
    }

    /** Counts and the first examples of each kind of failure. */
    private static final class Tally {
        private final CaseResult result;
        private final Map<String, Integer> examples = new HashMap<>();
        final Map<String, Integer> checked = new LinkedHashMap<>();
        long lost;
        long doubled;

        Tally(CaseResult result) {
            this.result = result;
        }

        void lost(String what, String example) {
            lost++;
            example("lost: " + what, example);
        }

        void doubled(String what, long count, String example) {
            doubled += count;
            example("doubled: " + what, example);
        }

        private void example(String what, String example) {
            if (examples.merge(what, 1, Integer::sum) <= 3) {
                result.note("FAILED " + what + ": " + example);
            }
        }
    }

    // ---- rows → events ------------------------------------------------------------------------

    private void rowsToEvents(Tally tally) {
        eachRowOneEvent(tally, beneficiaries, "aid without one AidGranted",
                "select a.id::text, count(distinct e.id) from aid a left join outbox_event e on e.ce_type = '" + AID_GRANTED
                        + "' and e.payload->>'aidId' = a.id::text where a.recorded_at >= ? group by a.id");
        eachRowOneEvent(tally, beneficiaries, "revoked aid without one AidRevoked",
                "select a.id::text, count(distinct e.id) from aid a left join outbox_event e on e.ce_type = '" + AID_REVOKED
                        + "' and e.payload->>'aidId' = a.id::text where a.recorded_at >= ? and a.status = 'REVOKED' group by a.id");
        eachRowOneEvent(tally, beneficiaries, "household without one HouseholdRegistered",
                "select h.id::text, count(distinct e.id) from household h left join outbox_event e on e.ce_type = "
                        + "'hamyar.beneficiaries.household-registered.v1' and e.payload->>'householdId' = h.id::text"
                        + " where h.registered_at >= ? group by h.id");
        for (String[] step : new String[][]{
                {"reserved", "true", "hamyar.donors.allocation-reserved.v1"},
                {"committed", "a.committed_at is not null", "hamyar.donors.allocation-committed.v1"},
                {"released", "a.released_at is not null", "hamyar.donors.allocation-released.v1"}}) {
            eachRowOneEvent(tally, donors, step[0] + " allocation without one " + step[2],
                    "select a.id::text, count(distinct e.id) from allocation a left join outbox_event e on e.ce_type = '"
                            + step[2] + "' and e.payload->>'allocationId' = a.id::text where a.reserved_at >= ? and "
                            + step[1] + " group by a.id");
        }
        eachRowOneEvent(tally, donors, "donation without one DonationReceived",
                "select d.id::text, count(distinct e.id) from donation d left join outbox_event e on e.ce_type = "
                        + "'hamyar.donors.donation-received.v1' and e.payload->>'donationId' = d.id::text"
                        + " where d.created_at >= ? group by d.id");
        eachRowOneEvent(tally, agreements, "signature without one AgreementSigned",
                "select p.agreement_id || ' ' || p.organization_id, count(distinct e.id) from agreement_party p"
                        + " left join outbox_event e on e.ce_type = 'hamyar.agreements.agreement-signed.v1'"
                        + " and e.payload->>'agreementId' = p.agreement_id::text"
                        + " and e.payload->>'organizationId' = p.organization_id::text"
                        + " where p.signed_at >= ? group by p.agreement_id, p.organization_id");
        eachRowOneEvent(tally, agreements, "active agreement without one AgreementActivated",
                "select g.id::text, count(distinct e.id) from agreement g left join outbox_event e on e.ce_type = '"
                        + ACTIVATED + "' and e.payload->'terms'->>'agreementId' = g.id::text where g.status = 'ACTIVE'"
                        + " and g.id in (select agreement_id from agreement_party where signed_at >= ?) group by g.id");
        // effects doubled in the books: a second commitment or release of one allocation
        for (List<String> row : rows(donors, "select j.allocation_id::text, j.kind, count(*) from journal_entry j"
                + " join allocation a on a.id = j.allocation_id where a.reserved_at >= ? group by j.allocation_id, j.kind"
                + " having count(*) > 1", true)) {
            tally.doubled("allocation with more than one " + row.get(1) + " entry", Long.parseLong(row.get(2)) - 1,
                    "allocation " + row.get(0) + ": " + row.get(2) + " × " + row.get(1));
        }
    }

    private void eachRowOneEvent(Tally tally, String database, String what, String sql) {
        List<List<String>> rows = rows(database, sql, true);
        tally.checked.put(what.substring(0, what.indexOf(" without")), rows.size());
        for (List<String> row : rows) {
            long events = Long.parseLong(row.get(1));
            if (events == 0) {
                tally.lost(what, row.get(0));
            } else if (events > 1) {
                tally.doubled(what, events - 1, row.get(0) + " has " + events + " events with different ids");
            }
        }
    }

    // ---- events → topics ----------------------------------------------------------------------

    private void eventsToTopics(Tally tally, EventLog log) {
        Map<String, Integer> copies = log.copiesById();
        long events = 0;
        long redelivered = 0;
        for (String database : connections.keySet()) {
            for (List<String> row : rows(database, "select id::text, ce_type from outbox_event where seq >= "
                    + firstSeq.get(database), false)) {
                events++;
                int onTopic = copies.getOrDefault(row.get(0), 0);
                if (onTopic == 0) {
                    tally.lost("event never on its topic", row.get(1) + " " + row.get(0) + " (" + database + ")");
                } else if (onTopic > 1) {
                    redelivered++;
                }
            }
        }
        tally.result.note(events + " events in the outboxes since the case began, each looked up among the "
                + copies.values().stream().mapToLong(Integer::longValue).sum() + " records of the three topics; "
                + redelivered + " of them are on their topic more than once (at-least-once: sent again after a crash"
                + " or a lost acknowledgement, the same ce_id, applied once by the consumers)");
    }

    // ---- events → effects ---------------------------------------------------------------------

    private void eventsToEffects(Tally tally) {
        Set<String> appliedByDonors = set(donors, "select event_id::text from processed_event where consumer = 'donors-granted-aid'");
        for (List<String> event : rows(beneficiaries, "select id::text, ce_type, payload->>'aidId' from outbox_event where seq >= "
                + firstSeq.get(beneficiaries) + " and ce_type in ('" + AID_GRANTED + "', '" + AID_REVOKED + "')", false)) {
            if (!appliedByDonors.contains(event.get(0))) {
                tally.lost("aid event not applied by the donors-service", event.get(1) + " " + event.get(0) + " of aid " + event.get(2));
            }
        }
        Map<String, List<String>> grantedAid = byFirst(rows(donors, "select aid_id::text, status from granted_aid"
                + " where recorded_at >= ?", true));
        Map<String, List<String>> allocations = byFirst(rows(donors, "select id::text, status, aid_id::text, release_reason"
                + " from allocation where reserved_at >= ?", true));
        for (List<String> aid : rows(beneficiaries, "select id::text, status, allocation_id::text from aid where recorded_at >= ?", true)) {
            boolean revoked = aid.get(1).equals("REVOKED");
            List<String> recorded = grantedAid.get(aid.get(0));
            if (recorded == null || recorded.get(1).equals("REVOKED") != revoked) {
                tally.lost("aid not recorded as it stands by the donors-service", "aid " + aid.get(0) + " " + aid.get(1)
                        + ", granted_aid " + (recorded == null ? "missing" : recorded.get(1)));
            }
            List<String> allocation = aid.get(2) == null ? null : allocations.get(aid.get(2));
            boolean effect = allocation != null && (revoked
                    ? allocation.get(1).equals("RELEASED") && "AID_REVOKED".equals(allocation.get(3))
                    : allocation.get(1).equals("COMMITTED") && aid.get(0).equals(allocation.get(2)));
            if (aid.get(2) != null && !effect) {
                tally.lost("allocation not committed or released for its aid", "aid " + aid.get(0) + " " + aid.get(1)
                        + ", allocation " + aid.get(2) + " " + (allocation == null ? "missing" : allocation.subList(1, 4)));
            }
        }
        Set<String> projected = set(beneficiaries, "select event_id::text from processed_event"
                + " where consumer = 'beneficiaries-agreements-projection'");
        Set<String> programmes = set(donors, "select event_id::text from processed_event where consumer = 'donors-programme-agreements'");
        for (List<String> event : rows(agreements, "select id::text from outbox_event where seq >= " + firstSeq.get(agreements)
                + " and ce_type = '" + ACTIVATED + "'", false)) {
            if (!projected.contains(event.get(0))) {
                tally.lost("AgreementActivated not applied by the beneficiaries-service", event.get(0));
            }
            if (!programmes.contains(event.get(0))) {
                tally.lost("AgreementActivated not applied by the donors-service", event.get(0));
            }
        }
    }

    // ---- answers → rows -----------------------------------------------------------------------

    private void answersToRows(Tally tally, List<Load.Acknowledged> acknowledged) {
        Map<Load.Kind, Set<String>> stored = new HashMap<>();
        stored.put(Load.Kind.RESERVATION, set(donors, "select id::text from allocation where reserved_at >= ?"));
        stored.put(Load.Kind.DONATION, set(donors, "select id::text from donation where created_at >= ?"));
        stored.put(Load.Kind.GRANT, set(beneficiaries, "select id::text from aid where recorded_at >= ?"));
        stored.put(Load.Kind.REVOCATION, set(beneficiaries, "select id::text from aid where recorded_at >= ? and status = 'REVOKED'"));
        stored.put(Load.Kind.HOUSEHOLD, set(beneficiaries, "select id::text from household"));
        stored.put(Load.Kind.DRAFT, set(agreements, "select id::text from agreement"));
        stored.put(Load.Kind.SIGNATURE, set(agreements, "select agreement_id || ' ' || organization_id from agreement_party"
                + " where signed_at >= ?"));
        Map<Load.Kind, Long> counts = new LinkedHashMap<>();
        for (Load.Acknowledged write : acknowledged) {
            counts.merge(write.kind(), 1L, Long::sum);
            String key = write.kind() == Load.Kind.SIGNATURE ? write.id() + " " + write.detail() : write.id();
            if (!stored.get(write.kind()).contains(key)) {
                tally.lost("acknowledged write not in the database", write.kind() + " " + key);
            }
        }
        tally.result.note("acknowledged (2xx) writes, each found in its database: " + counts);
    }

    /** Dead letters and events set aside since the case began: each an effect or an event that did not happen. */
    private void strays(CaseResult result) {
        for (String database : connections.keySet()) {
            for (List<String> row : rows(database, "select channel, ce_type, left(reason, 200) from dead_letter"
                    + " where dead_lettered_at >= ? limit 3", true)) {
                result.broken("dead letter in " + database + ": " + row);
            }
            for (List<String> row : rows(database, "select ce_type, id::text, left(failure, 200) from outbox_event"
                    + " where failed_at is not null and seq >= " + firstSeq.get(database) + " limit 3", false)) {
                result.broken("event set aside in " + database + ": " + row);
            }
        }
    }

    // ---- plumbing -----------------------------------------------------------------------------

    private long single(String database, String sql) {
        return Long.parseLong(rows(database, sql, false).getFirst().getFirst());
    }

    private Set<String> set(String database, String sql) {
        Set<String> values = new HashSet<>();
        rows(database, sql, sql.contains("?")).forEach(row -> values.add(row.getFirst()));
        return values;
    }

    private static Map<String, List<String>> byFirst(List<List<String>> rows) {
        Map<String, List<String>> map = new HashMap<>();
        rows.forEach(row -> map.put(row.getFirst(), row));
        return map;
    }

    /** The rows of a query as text; {@code sinceParameter}: the one {@code ?} is the case's start. */
    private List<List<String>> rows(String database, String sql, boolean sinceParameter) {
        try (PreparedStatement statement = connections.get(database).prepareStatement(sql)) {
            if (sinceParameter) {
                statement.setObject(1, since);
            }
            List<List<String>> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    List<String> row = new ArrayList<>(columns);
                    for (int i = 1; i <= columns; i++) {
                        row.add(result.getString(i));
                    }
                    rows.add(row);
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(database + ": " + sql + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        connections.values().forEach(connection -> {
            try {
                connection.close();
            } catch (SQLException e) {
                // closing anyway
            }
        });
    }
}

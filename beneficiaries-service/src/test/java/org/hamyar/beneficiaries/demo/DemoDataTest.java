package org.hamyar.beneficiaries.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.hamyar.api.security.Actor;
import org.hamyar.api.security.Roles;
import org.hamyar.api.paging.PageRequest;
import org.hamyar.beneficiaries.aid.AidCategory;
import org.hamyar.beneficiaries.duplicate.DuplicateStatus;
import org.hamyar.beneficiaries.duplicate.service.DuplicateService;
import org.hamyar.beneficiaries.household.HouseholdDetails;
import org.hamyar.beneficiaries.report.OverlapReportRepository;
import org.hamyar.beneficiaries.report.OverlapReportService;
import org.hamyar.beneficiaries.household.service.HouseholdService;
import org.hamyar.beneficiaries.testing.AgreementsTopic;
import org.hamyar.beneficiaries.testing.Arrange;
import org.hamyar.beneficiaries.testing.Database;
import org.hamyar.events.agreements.AgreementParty;
import org.hamyar.events.agreements.AgreementTerms;
import org.hamyar.events.agreements.CoordinationRule;
import org.hamyar.standards.NationalCode;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The demo data, loaded as a start with DEMO_DATA would load it: every feature of the service on the
 * seeds' beneficiaries, and nothing new at a second start. The first load finds the coordination
 * projection without seed 002 (as a first start may), so the referral waits for its retry.
 */
@QuarkusTest
class DemoDataTest {

    static final UUID RELIEF = DemoData.RELIEF_COMMITTEE_QAZVIN;
    static final UUID RURAL = DemoData.RURAL_AFFAIRS_QAZVIN;
    static final UUID WELFARE = DemoData.WELFARE_HORMOZGAN;

    @Inject
    DemoData demoData;

    @Inject
    Arrange arrange;

    @Inject
    HouseholdService households;

    @Inject
    OverlapReportService overlapReport;

    @Inject
    DuplicateService duplicates;

    @Test
    void demoHouseholdsHaveValidDistinctNationalCodesInTheirSeedsProvinces() {
        List<String> codes = new ArrayList<>();
        for (HouseholdDetails household : DemoData.qazvinHouseholds()) {
            assertThat(household.address().provinceCode).isEqualTo("26");
            assertThat(household.address().rural).isTrue();
            addCodes(household, codes);
        }
        for (HouseholdDetails household : DemoData.hormozganHouseholds()) {
            assertThat(household.address().provinceCode).isEqualTo("22");
            addCodes(household, codes);
        }
        assertThat(codes).allMatch(NationalCode::isValid).doesNotHaveDuplicates();
    }

    private static void addCodes(HouseholdDetails household, List<String> codes) {
        if (household.head().nationalCode() != null) {
            codes.add(household.head().nationalCode());
        }
        household.members().stream().map(m -> m.person().nationalCode()).filter(c -> c != null).forEach(codes::add);
    }

    @Test
    void showsEveryFeatureOnceAndASecondStartAddsNothing() {
        Database db = arrange.database();
        // other tests act as the demo organisations too (AidKeycloakTest's users): what the demo adds is the difference
        Map<String, Long> before = byOrganisation(db);
        demoData.load();
        Map<String, Long> added = difference(before, byOrganisation(db));

        Map<String, Long> expected = new java.util.TreeMap<>();
        // households: six of the relief committee, one of them the rural affairs office's too, two of Hormozgan's welfare
        expected.put("households " + RELIEF, 6L);
        expected.put("households " + RURAL, 1L);
        expected.put("households " + WELFARE, 2L);
        // enrolments of each organisation, one of Hormozgan's of a person
        expected.put("enrolments " + RELIEF + " RURAL_POOR", 3L);
        expected.put("enrolments " + RELIEF + " FEMALE_HEADED", 1L);
        expected.put("enrolments " + RELIEF + " ORPHAN", 1L);
        expected.put("enrolments " + RELIEF + " ELDERLY", 1L);
        expected.put("enrolments " + RURAL + " RURAL_POOR", 1L);
        expected.put("enrolments " + WELFARE + " DISABILITY", 3L);
        expected.put("person enrolments " + WELFARE, 1L);
        // aid of four categories; one warning: the rural affairs office's food basket after the relief committee's
        expected.put("aid " + RELIEF, 3L);
        expected.put("aid " + RURAL, 1L);
        expected.put("aid " + WELFARE, 2L);
        expected.put("aid with a warning " + RURAL + " FOOD_BASKET", 1L);
        // the overlap report's case: a WARN between the two agencies, nothing blocked
        expected.put("overlap WARN " + RURAL + " over " + RELIEF + " FOOD_BASKET", 1L);
        // no seed 002 in the projection yet: no referral, the step waits for its retry
        assertThat(added).isEqualTo(expected);
        assertThat(db.count("select count(distinct category) from aid where recorded_by = 'demo-data'")).isEqualTo(4);
        // the refugee family without national codes, by their Amayesh cards
        assertThat(db.count("select count(*) from person where national_code is null and document_type = 'AMAYESH'"
                + " and document_number in ('800412345', '800412346')")).isEqualTo(2);
        // ... which each of the two agencies finds in its overlap report
        OverlapReportRepository.Filter baskets = new OverlapReportRepository.Filter(null, "26", null,
                AidCategory.FOOD_BASKET, null, null);
        String rahimi = household(db, DemoData.RAHIMI);
        for (UUID agency : List.of(RELIEF, RURAL)) {
            assertThat(overlapReport.cases(Actor.of(agency, "coordinator", Roles.COORDINATOR), baskets, PageRequest.of(0, 200))
                    .items()).as("overlap cases of %s", agency)
                    .anyMatch(c -> c.householdId() != null && c.householdId().toString().equals(rahimi));
        }

        // the possible duplicate: the refugee again by his foreign national id, a spelling variant of his name, OPEN
        assertThat(db.count("select count(*) from duplicate_flag f join person p on p.id = f.person_id"
                + " join person c on c.id = f.candidate_id where f.status = 'OPEN'"
                + " and p.document_number = ? and c.document_number = ?",
                DemoData.HEIDARI_FIDA, DemoData.HEIDARI_AMAYESH)).isEqualTo(1);
        // ... in the relief committee's list of open flags
        String flagged = db.text("select f.id::text from duplicate_flag f join person p on p.id = f.person_id"
                + " where p.document_number = ?", DemoData.HEIDARI_FIDA);
        assertThat(duplicates.list(Actor.of(RELIEF, "coordinator.qazvin-relief", Roles.COORDINATOR), DuplicateStatus.OPEN,
                PageRequest.of(0, 200)).items()).anyMatch(f -> f.id.toString().equals(flagged));

        UUID karimi = UUID.fromString(household(db, DemoData.KARIMI));
        assertThat(demoData.referralPending()).isTrue();
        assertThat(db.count("select count(*) from referral where household_id = ?", karimi)).isZero();

        // seed 002 arrives on agreements.events; the retry sends the referral and the office accepts it
        arrange.agreement(seed002());
        demoData.retryReferral();
        assertThat(demoData.referralPending()).isFalse();
        assertThat(db.text("select status || ' ' || consent_method from referral where household_id = ?"
                + " and sender_organization_id = ? and receiver_organization_id = ?", karimi, RELIEF, RURAL))
                .isEqualTo("ACCEPTED SIGNED_FORM");
        assertThat(db.count("select count(*) from referral_transition t join referral r on r.id = t.referral_id"
                + " where r.household_id = ?", karimi)).isEqualTo(2);
        // the receiver sees the referred family
        assertThat(households.read(Actor.of(RURAL, "officer.qazvin-rural", Roles.OFFICER), karimi)).isPresent();

        // a second start: nothing twice, no event
        Map<String, Long> loaded = snapshot(db);
        demoData.load();
        assertThat(demoData.referralPending()).isFalse();
        assertThat(snapshot(db)).isEqualTo(loaded);
    }

    private static String household(Database db, String headCode) {
        return db.text("select h.id::text from household h join person p on p.id = h.head_person_id where p.national_code = ?",
                headCode);
    }

    /** What the demo organisations hold, by what the demo adds. */
    private static Map<String, Long> byOrganisation(Database db) {
        Map<String, Long> counts = new java.util.TreeMap<>();
        for (UUID org : List.of(RELIEF, RURAL, WELFARE)) {
            counts.put("households " + org, db.count("select count(*) from household_registration where organization_id = ?", org));
            counts.put("aid " + org, db.count("select count(*) from aid where provider_organization_id = ?", org));
            counts.put("person enrolments " + org,
                    db.count("select count(*) from enrolment where organization_id = ? and person_id is not null", org));
            for (String category : List.of("DISABILITY", "RURAL_POOR", "ORPHAN", "FEMALE_HEADED", "ELDERLY",
                    "CHRONIC_ILLNESS", "UNEMPLOYED", "OTHER")) {
                counts.put("enrolments " + org + " " + category,
                        db.count("select count(*) from enrolment where organization_id = ? and category = ?", org, category));
            }
            for (String category : List.of("FOOD_BASKET", "MONTHLY_STIPEND", "RURAL_HOUSING_INSURANCE", "EMPLOYMENT_LOAN",
                    "CASH_GRANT")) {
                counts.put("aid with a warning " + org + " " + category, db.count(
                        "select count(*) from aid where provider_organization_id = ? and category = ? and overlap_warnings > 0",
                        org, category));
                for (UUID other : List.of(RELIEF, RURAL, WELFARE)) {
                    for (String outcome : List.of("WARN", "BLOCK")) {
                        counts.put("overlap " + outcome + " " + org + " over " + other + " " + category, db.count(
                                "select count(*) from overlap_detection where provider_organization_id = ?"
                                        + " and overlapped_provider_organization_id = ? and category = ? and outcome = ?",
                                org, other, category, outcome));
                    }
                }
            }
        }
        return counts;
    }

    private static Map<String, Long> difference(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Long> added = new java.util.TreeMap<>();
        after.forEach((key, n) -> {
            if (n - before.get(key) != 0) {
                added.put(key, n - before.get(key));
            }
        });
        return added;
    }

    /** Seed 002 as the agreements-service publishes it: data sharing, blocks on housing, insurance and stipends. */
    private static AgreementTerms seed002() {
        UUID id = UUID.fromString("0a000000-0000-4000-8000-000000001002");
        List<CoordinationRule> rules = List.of(new CoordinationRule("HOUSING", "BLOCK"),
                new CoordinationRule("RURAL_HOUSING_INSURANCE", "BLOCK"), new CoordinationRule("MONTHLY_STIPEND", "BLOCK"),
                new CoordinationRule("PILGRIMAGE", "WARN"), new CoordinationRule("EMPLOYMENT_LOAN", "WARN"));
        return new AgreementTerms(id, 1, "ACTIVE",
                List.of(new AgreementParty(RELIEF, "RELIEF_PROVIDER_AND_MONITOR"), new AgreementParty(RURAL, "RURAL_ADMINISTRATION")),
                List.of("26"), List.of(), List.of("RURAL_POOR", "ORPHAN"),
                List.of("MONTHLY_STIPEND", "IFTAR_MEAL", "CULTURAL_PACKAGE", "EMPLOYMENT_LOAN", "HOUSING",
                        "RURAL_HOUSING_INSURANCE", "PILGRIMAGE"),
                true, rules, java.time.LocalDate.of(2018, 12, 17), java.time.LocalDate.of(2028, 3, 19));
    }

    private static Map<String, Long> snapshot(Database db) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : List.of("person", "person_registration", "household", "household_registration",
                "household_membership", "enrolment", "aid", "overlap_detection", "referral", "referral_transition",
                "duplicate_flag")) {
            counts.put(table, db.count("select count(*) from " + table));
        }
        // no event published either
        counts.put("outbox_event.seq", db.count("select coalesce(max(seq), 0) from outbox_event"));
        return counts;
    }
}

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
        demoData.load();

        // households: six of the relief committee, one of them the rural affairs office's too, two of Hormozgan's welfare
        assertThat(db.count("select count(*) from household_registration where organization_id = ?", RELIEF)).isEqualTo(6);
        assertThat(db.count("select count(*) from household_registration where organization_id = ?", RURAL)).isEqualTo(1);
        assertThat(db.count("select count(*) from household_registration where organization_id = ?", WELFARE)).isEqualTo(2);
        // the refugee family without national codes, by their Amayesh cards
        assertThat(db.count("select count(*) from person where national_code is null and document_type = 'AMAYESH'"
                + " and document_number in ('800412345', '800412346')")).isEqualTo(2);

        // enrolments of each organisation
        assertThat(categories(db, RELIEF)).isEqualTo(Map.of("ELDERLY", 1L, "FEMALE_HEADED", 1L, "ORPHAN", 1L, "RURAL_POOR", 3L));
        assertThat(categories(db, RURAL)).isEqualTo(Map.of("RURAL_POOR", 1L));
        assertThat(categories(db, WELFARE)).isEqualTo(Map.of("DISABILITY", 3L));
        assertThat(db.count("select count(*) from enrolment where organization_id = ? and person_id is not null", WELFARE))
                .isEqualTo(1);

        // aid, and the one overlap warning: the rural affairs office's food basket after the relief committee's
        assertThat(db.count("select count(*) from aid where provider_organization_id in (?, ?, ?)", RELIEF, RURAL, WELFARE))
                .isEqualTo(6);
        assertThat(db.count("select count(distinct category) from aid where provider_organization_id in (?, ?, ?)",
                RELIEF, RURAL, WELFARE)).isEqualTo(4);
        assertThat(db.count("select count(*) from aid where provider_organization_id in (?, ?, ?) and overlap_warnings > 0",
                RELIEF, RURAL, WELFARE)).isEqualTo(1);
        assertThat(db.count("select count(*) from aid where provider_organization_id = ? and category = 'FOOD_BASKET'"
                + " and overlap_warnings = 1", RURAL)).isEqualTo(1);
        // the overlap report's case: a WARN between the two agencies, nothing blocked
        assertThat(db.count("select count(*) from overlap_detection where provider_organization_id = ?"
                + " and overlapped_provider_organization_id = ? and category = 'FOOD_BASKET' and outcome = 'WARN'",
                RURAL, RELIEF)).isEqualTo(1);
        assertThat(db.count("select count(*) from overlap_detection where outcome = 'BLOCK'"
                + " and provider_organization_id in (?, ?, ?)", RELIEF, RURAL, WELFARE)).isZero();

        // ... which each of the two agencies finds in its overlap report
        OverlapReportRepository.Filter baskets = new OverlapReportRepository.Filter(null, "26", null,
                AidCategory.FOOD_BASKET, null, null);
        for (UUID agency : List.of(RELIEF, RURAL)) {
            assertThat(overlapReport.cases(Actor.of(agency, "coordinator", Roles.COORDINATOR), baskets, PageRequest.of(0, 20))
                    .total()).as("overlap cases of %s", agency).isEqualTo(1);
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
                PageRequest.of(0, 100)).items()).anyMatch(f -> f.id.toString().equals(flagged));

        // no seed 002 in the projection yet: no referral, the step waits for its retry
        assertThat(demoData.referralPending()).isTrue();
        assertThat(db.count("select count(*) from referral where sender_organization_id = ?", RELIEF)).isZero();

        // seed 002 arrives on agreements.events; the retry sends the referral and the office accepts it
        arrange.agreement(seed002());
        demoData.retryReferral();
        assertThat(demoData.referralPending()).isFalse();
        assertThat(db.text("select status from referral where sender_organization_id = ? and receiver_organization_id = ?",
                RELIEF, RURAL)).isEqualTo("ACCEPTED");
        assertThat(db.count("select count(*) from referral_transition t join referral r on r.id = t.referral_id"
                + " where r.sender_organization_id = ?", RELIEF)).isEqualTo(2);
        // the receiver sees the referred family
        UUID karimi = UUID.fromString(db.text("select r.household_id::text from referral r where r.sender_organization_id = ?",
                RELIEF));
        assertThat(households.read(Actor.of(RURAL, "officer.qazvin-rural", Roles.OFFICER), karimi)).isPresent();

        // a second start: nothing twice, no event
        Map<String, Long> before = snapshot(db);
        demoData.load();
        assertThat(demoData.referralPending()).isFalse();
        assertThat(snapshot(db)).isEqualTo(before);
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

    private static Map<String, Long> categories(Database db, UUID organization) {
        Map<String, Long> counts = new java.util.TreeMap<>();
        for (String category : List.of("DISABILITY", "RURAL_POOR", "ORPHAN", "FEMALE_HEADED", "ELDERLY", "CHRONIC_ILLNESS",
                "UNEMPLOYED", "OTHER")) {
            long n = db.count("select count(*) from enrolment where organization_id = ? and category = ?", organization, category);
            if (n > 0) {
                counts.put(category, n);
            }
        }
        return counts;
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

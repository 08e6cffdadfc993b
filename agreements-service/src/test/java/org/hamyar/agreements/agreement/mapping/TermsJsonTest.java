package org.hamyar.agreements.agreement.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.hamyar.agreements.agreement.AidCategory;
import org.hamyar.agreements.agreement.BeneficiaryCategory;
import org.hamyar.agreements.agreement.CalendarKind;
import org.hamyar.agreements.agreement.CoordinationMode;
import org.hamyar.agreements.agreement.Terms;
import org.hamyar.agreements.organization.OrganizationType;
import org.junit.jupiter.api.Test;

/** The stored form of a version's text reads what earlier versions of the service wrote, and writes it the same way. */
class TermsJsonTest {

    private static final UUID RELIEF = UUID.fromString("0a000000-0000-4000-8000-000000000005");
    private static final UUID RURAL = UUID.fromString("0a000000-0000-4000-8000-000000000006");
    private static final UUID COMMITMENT = UUID.fromString("4f8a7c1e-0000-4000-8000-000000000001");
    private static final UUID RULE = UUID.fromString("4f8a7c1e-0000-4000-8000-000000000002");
    private static final UUID ENTRY = UUID.fromString("4f8a7c1e-0000-4000-8000-000000000003");

    /** A version as the service stored it while the API record was the stored record too. */
    private static final String STORED = """
            {"title":"تفاهم‌نامه همکاری","parties":[{"organizationId":"0a000000-0000-4000-8000-000000000005","role":"IMPLEMENTER"},
             {"organizationId":"0a000000-0000-4000-8000-000000000006","role":"IMPLEMENTER"}],
             "scope":{"provinces":["26"],"counties":["تاکستان"],"beneficiaryCategories":["RURAL_POOR"],"aidCategories":["FOOD_BASKET"]},
             "effectiveFrom":"2018-12-17","effectiveTo":null,"objectives":["اجتناب از هم‌پوشانی"],
             "commitments":[{"id":"4f8a7c1e-0000-4000-8000-000000000001","organizationId":"0a000000-0000-4000-8000-000000000006",
               "text":"همکاری در بیمه مسکن روستایی","dueDate":"2019-06-21",
               "target":{"indicator":"خانوار روستایی بیمه‌شده","unit":"خانوار","value":900}}],
             "committee":{"seats":[{"organizationId":"0a000000-0000-4000-8000-000000000005","seats":2}],
               "nominationRules":[{"id":"4f8a7c1e-0000-4000-8000-000000000002",
                 "nominatingOrganizationId":"0a000000-0000-4000-8000-000000000005",
                 "choosingOrganizationId":"0a000000-0000-4000-8000-000000000006","nominees":3,"seats":1,
                 "nomineeType":"NGO","description":null}]},
             "monitoringOrganizationId":"0a000000-0000-4000-8000-000000000005",
             "coordination":{"dataSharing":true,"rules":[{"aidCategory":"FOOD_BASKET","mode":"BLOCK"}]},
             "calendar":[{"id":"4f8a7c1e-0000-4000-8000-000000000003","title":"جشن نیکوکاری","kind":"FESTIVAL",
               "startDate":"2027-03-06","endDate":"2027-03-11","provinces":["26"],"description":null}]}""";

    private static final Terms TERMS = new Terms("تفاهم‌نامه همکاری",
            List.of(new Terms.Party(RELIEF, "IMPLEMENTER"), new Terms.Party(RURAL, "IMPLEMENTER")),
            new Terms.Scope(List.of("26"), List.of("تاکستان"), List.of(BeneficiaryCategory.RURAL_POOR),
                    List.of(AidCategory.FOOD_BASKET)),
            LocalDate.of(2018, 12, 17), null, List.of("اجتناب از هم‌پوشانی"),
            List.of(new Terms.Commitment(COMMITMENT, RURAL, "همکاری در بیمه مسکن روستایی", LocalDate.of(2019, 6, 21),
                    new Terms.Target("خانوار روستایی بیمه‌شده", "خانوار", 900L))),
            new Terms.Committee(List.of(new Terms.Seats(RELIEF, 2)),
                    List.of(new Terms.NominationRule(RULE, RELIEF, RURAL, 3, 1, OrganizationType.NGO, null))),
            RELIEF,
            new Terms.Coordination(true, List.of(new Terms.Rule(AidCategory.FOOD_BASKET, CoordinationMode.BLOCK))),
            List.of(new Terms.CalendarEntry(ENTRY, "جشن نیکوکاری", CalendarKind.FESTIVAL, LocalDate.of(2027, 3, 6),
                    LocalDate.of(2027, 3, 11), List.of("26"), null)));

    @Test
    void aStoredVersionReadsAsTheDomainsText() {
        assertThat(TermsJson.read(STORED)).isEqualTo(TERMS);
    }

    @Test
    void theTextIsWrittenInTheStoredShape() throws Exception {
        var json = new ObjectMapper();
        // the shape of today: each party says whether the agreement entrusts it with assessing NGOs
        // (a version stored before that reads it as false: aStoredVersionReadsAsTheDomainsText)
        String today = STORED.replace("\"role\":\"IMPLEMENTER\"}", "\"role\":\"IMPLEMENTER\",\"assessesNgos\":false}");
        assertThat(json.readTree(TermsJson.write(TERMS))).isEqualTo(json.readTree(today));
    }

    @Test
    void aVersionStoredBeforeAPartExistedReadsItAsEmpty() {
        Terms old = TermsJson.read("""
                {"title":"t","parties":[],"scope":{"provinces":["26"]},"effectiveFrom":"2018-12-17","retired":1}""");
        assertThat(old.committee().seats()).isEmpty();
        assertThat(old.coordination().dataSharing()).isFalse();
        assertThat(old.calendar()).isEmpty();
        assertThat(old.scope().aidCategories()).isEmpty();
    }
}

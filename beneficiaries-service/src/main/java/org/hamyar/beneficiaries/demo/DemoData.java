package org.hamyar.beneficiaries.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.hamyar.api.config.DemoDataConfig;
import org.hamyar.api.security.Actor;
import org.hamyar.api.security.Roles;
import org.hamyar.beneficiaries.household.EnrolmentCategory;
import org.hamyar.beneficiaries.household.HouseholdDetails;
import org.hamyar.beneficiaries.household.Relation;
import org.hamyar.beneficiaries.household.service.HouseholdService;
import org.hamyar.beneficiaries.person.Address;
import org.hamyar.beneficiaries.person.DisabilitySeverity;
import org.hamyar.beneficiaries.person.DisabilityType;
import org.hamyar.beneficiaries.person.PersonDetails;
import org.hamyar.beneficiaries.person.Sex;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/**
 * Demo data ({@code DEMO_DATA=true}): rural households of Qazvin province that the Relief
 * Committee of Qazvin (demo organisation 05) serves, as in seed 002. Loading it again finds every
 * household by its head's national code and changes nothing. The names and codes are invented;
 * the codes pass the check-digit rule.
 */
@ApplicationScoped
public class DemoData {

    /** The Imam Khomeini Relief Committee of Qazvin province (docs/architecture.md). */
    static final UUID RELIEF_COMMITTEE_QAZVIN = UUID.fromString("0a000000-0000-4000-8000-000000000005");
    private static final Logger LOG = Logger.getLogger(DemoData.class);

    private final DemoDataConfig config;
    private final HouseholdService households;

    DemoData(DemoDataConfig config, HouseholdService households) {
        this.config = config;
        this.households = households;
    }

    void load(@Observes StartupEvent start) {
        if (!config.enabled()) {
            return;
        }
        Actor loader = Actor.of(RELIEF_COMMITTEE_QAZVIN, "demo-data", Roles.OFFICER);
        int created = 0;
        for (HouseholdDetails household : households()) {
            if (households.register(loader, household).created()) {
                created++;
            }
        }
        LOG.infof("Demo data: %d rural households of Qazvin (%d new)", households().size(), created);
    }

    static List<HouseholdDetails> households() {
        Address kuhin = new Address("26", "قزوین", "کوهین", true);
        Address ziaabad = new Address("26", "تاکستان", "ضیاءآباد", true);
        Address kondaj = new Address("26", "البرز", "کوندج", true);
        Address razmian = new Address("26", "قزوین", "رازمیان", true);
        return List.of(
                new HouseholdDetails(
                        person("4312345678", "حسن", "رحیمی", "علی", LocalDate.of(1975, 4, 2), Sex.MALE, kuhin),
                        List.of(member("4319876547", "فاطمه", "رحیمی", "محمد", LocalDate.of(1979, 9, 12), Sex.FEMALE, Relation.SPOUSE),
                                member("4324567891", "زینب", "رحیمی", "حسن", LocalDate.of(2006, 1, 20), Sex.FEMALE, Relation.CHILD)),
                        kuhin, EnrolmentCategory.RURAL_POOR),
                new HouseholdDetails(
                        person("4331122336", "معصومه", "کریمی", "جواد", LocalDate.of(1968, 7, 30), Sex.FEMALE, ziaabad),
                        List.of(member("4345566770", "مهدی", "کریمی", "رضا", LocalDate.of(2010, 3, 5), Sex.MALE, Relation.CHILD)),
                        ziaabad, EnrolmentCategory.FEMALE_HEADED),
                new HouseholdDetails(
                        new PersonDetails("4356677889", "رضا", "موسوی", "کاظم", LocalDate.of(1958, 11, 11), Sex.MALE,
                                DisabilityType.PHYSICAL_MOTOR, DisabilitySeverity.SEVERE, null, kondaj),
                        List.of(), kondaj, EnrolmentCategory.DISABILITY),
                new HouseholdDetails(
                        person("4367788997", "علی‌اکبر", "نوری", "قاسم", LocalDate.of(1950, 2, 14), Sex.MALE, razmian),
                        List.of(member("4378899000", "سکینه", "نوری", "حسین", LocalDate.of(1953, 6, 1), Sex.FEMALE, Relation.SPOUSE)),
                        razmian, EnrolmentCategory.ELDERLY));
    }

    private static PersonDetails person(String code, String first, String last, String father, LocalDate born, Sex sex,
                                        Address address) {
        return new PersonDetails(code, first, last, father, born, sex, null, null, null, address);
    }

    private static HouseholdDetails.Member member(String code, String first, String last, String father, LocalDate born,
                                                  Sex sex, Relation relation) {
        return new HouseholdDetails.Member(new PersonDetails(code, first, last, father, born, sex, null, null, null, null),
                relation);
    }
}

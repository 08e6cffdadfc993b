package org.hamyar.beneficiaries.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.hamyar.api.config.DemoDataConfig;
import org.hamyar.api.http.EntityTags;
import org.hamyar.api.problem.DomainProblem;
import org.hamyar.api.security.Actor;
import org.hamyar.api.security.Roles;
import org.hamyar.beneficiaries.access.Subject;
import org.hamyar.beneficiaries.aid.AidCategory;
import org.hamyar.beneficiaries.aid.AidOrder;
import org.hamyar.beneficiaries.aid.repository.AidRepository;
import org.hamyar.beneficiaries.aid.service.AidService;
import org.hamyar.beneficiaries.enrolment.EnrolmentOrder;
import org.hamyar.beneficiaries.enrolment.EnrolmentProblems;
import org.hamyar.beneficiaries.enrolment.repository.EnrolmentRepository;
import org.hamyar.beneficiaries.enrolment.service.EnrolmentService;
import org.hamyar.beneficiaries.household.EnrolmentCategory;
import org.hamyar.beneficiaries.household.HouseholdDetails;
import org.hamyar.beneficiaries.household.HouseholdView;
import org.hamyar.beneficiaries.household.Relation;
import org.hamyar.beneficiaries.household.repository.HouseholdRepository;
import org.hamyar.beneficiaries.household.service.HouseholdService;
import org.hamyar.beneficiaries.person.Address;
import org.hamyar.beneficiaries.person.DisabilitySeverity;
import org.hamyar.beneficiaries.person.DisabilityType;
import org.hamyar.beneficiaries.person.DocumentType;
import org.hamyar.beneficiaries.person.IdentityDocument;
import org.hamyar.beneficiaries.person.PersonDetails;
import org.hamyar.beneficiaries.person.Sex;
import org.hamyar.beneficiaries.person.service.PersonService;
import org.hamyar.beneficiaries.referral.ConsentMethod;
import org.hamyar.beneficiaries.referral.Referral;
import org.hamyar.beneficiaries.referral.ReferralAction;
import org.hamyar.beneficiaries.referral.ReferralOrder;
import org.hamyar.beneficiaries.referral.ReferralProblems;
import org.hamyar.beneficiaries.referral.ReferralStatus;
import org.hamyar.beneficiaries.referral.repository.ReferralRepository;
import org.hamyar.beneficiaries.referral.service.ReferralService;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;

/**
 * Demo data ({@code DEMO_DATA=true}), the beneficiaries of the seed agreements, written through the
 * services as the organisation that would write each record:
 * <ul>
 * <li>seed 002: rural households of Qazvin that the Relief Committee of Qazvin (05) registers and
 *     enrols (RURAL_POOR, FEMALE_HEADED, ORPHAN, ELDERLY), one of them registered by the Office of
 *     Rural Affairs (06) too; an Afghan refugee family identified by Amayesh cards, and the same
 *     man registered a second time by his foreign national id under a spelling variant of his name
 *     (an OPEN possible duplicate); aid of both; two food baskets of the two agencies to one
 *     household within 30 days (an overlap WARNING: no clause of seed 002 covers food baskets); a
 *     referral of a female-headed household to the rural affairs office, with consent, ACCEPTED;
 * <li>seed 000: persons with disabilities that Hormozgan's welfare office (01) registers, their
 *     DISABILITY enrolments (a household's and a person's) and an employment loan.
 * </ul>
 * Loading again changes nothing: households and persons are found by their codes and documents,
 * aid by household, provider and category, enrolments and the referral by their subject,
 * organisations and category. The names, codes and documents are invented; the codes pass the
 * check-digit rule.
 *
 * <p>The referral needs its receiver known to the service (the coordination projection, filled
 * from {@code agreements.events}), which at the first start may not have arrived yet: the step is
 * then tried again every 20 seconds for ten minutes (README "Decisions").
 *
 * <p>Replicas starting together may load at the same time: registrations wait on the codes' locks,
 * a provider's second grant of the same aid is blocked as a repetition, a second enrolment is
 * refused as overlapping, and the referral is looked for and sent under the family's row lock.
 */
@ApplicationScoped
public class DemoData {

    /** The Imam Khomeini Relief Committee of Qazvin province (docs/architecture.md). */
    static final UUID RELIEF_COMMITTEE_QAZVIN = UUID.fromString("0a000000-0000-4000-8000-000000000005");
    /** The Office of Rural Affairs and Councils of the Qazvin governorate. */
    static final UUID RURAL_AFFAIRS_QAZVIN = UUID.fromString("0a000000-0000-4000-8000-000000000006");
    /** The Welfare Organisation of Hormozgan province. */
    static final UUID WELFARE_HORMOZGAN = UUID.fromString("0a000000-0000-4000-8000-000000000001");

    /** Heads of the households the aid, the overlap and the referral are about. */
    static final String RAHIMI = "4312345678";
    static final String KARIMI = "4331122336";
    static final String MOUSAVI = "4356677889";
    static final String JAMALI = "3431122337";
    static final String BALUCHI = "3431334458";
    /** The Amayesh card of the refugee registered twice, and the foreign national id of his second registration. */
    static final String HEIDARI_AMAYESH = "800412345";
    static final String HEIDARI_FIDA = "120012345678";

    /** Retries of the referral step while its receiver is unknown: every 20 s, for 10 minutes. */
    static final int REFERRAL_ATTEMPTS = 30;

    private static final Logger LOG = Logger.getLogger(DemoData.class);
    private static final String LOADER = "demo-data";

    private final DemoDataConfig config;
    private final HouseholdService households;
    private final PersonService persons;
    private final EnrolmentService enrolmentService;
    private final EnrolmentRepository enrolments;
    private final AidService aidService;
    private final AidRepository aids;
    private final ReferralService referralService;
    private final ReferralRepository referrals;
    private final HouseholdRepository householdRows;
    private final Clock clock;
    private final AtomicBoolean referralPending = new AtomicBoolean();
    private final AtomicInteger referralAttempts = new AtomicInteger();

    DemoData(DemoDataConfig config, HouseholdService households, PersonService persons,
             EnrolmentService enrolmentService, EnrolmentRepository enrolments, AidService aidService, AidRepository aids,
             ReferralService referralService, ReferralRepository referrals, HouseholdRepository householdRows,
             Clock clock) {
        this.config = config;
        this.households = households;
        this.persons = persons;
        this.enrolmentService = enrolmentService;
        this.enrolments = enrolments;
        this.aidService = aidService;
        this.aids = aids;
        this.referralService = referralService;
        this.referrals = referrals;
        this.householdRows = householdRows;
        this.clock = clock;
    }

    void load(@Observes StartupEvent start) {
        if (config.enabled()) {
            load();
        }
    }

    /** Loads everything; the referral, if its receiver is not known yet, is left to {@link #retryReferral}. */
    void load() {
        Actor relief = actor(RELIEF_COMMITTEE_QAZVIN);
        Actor rural = actor(RURAL_AFFAIRS_QAZVIN);
        Actor welfare = actor(WELFARE_HORMOZGAN);
        int created = register(relief, qazvinHouseholds()) + register(rural, List.of(qazvinHouseholds().getFirst()))
                + register(welfare, hormozganHouseholds());
        // the refugee again, at another office, by his foreign national id and with his name spelt otherwise
        if (persons.register(relief, heidariAgain()).created()) {
            created++;
        }

        LocalDate today = LocalDate.now(clock);
        UUID rahimi = householdOf(relief, RAHIMI);
        UUID karimi = householdOf(relief, KARIMI);
        UUID mousavi = householdOf(relief, MOUSAVI);
        UUID jamali = householdOf(welfare, JAMALI);
        UUID baluchi = householdOf(welfare, BALUCHI);
        UUID jamaliSon = memberOf(welfare, jamali);
        // a person's own enrolment, besides the household's
        enrolPerson(welfare, jamaliSon, EnrolmentCategory.DISABILITY, today.minusMonths(6));

        int granted = 0;
        granted += grant(relief, rahimi, null, AidCategory.FOOD_BASKET, 35_000_000L, today.minusDays(20), null);
        // the other agency's basket 17 days later: recorded, with an overlap warning
        granted += grant(rural, rahimi, null, AidCategory.FOOD_BASKET, 30_000_000L, today.minusDays(3), null);
        granted += grant(relief, karimi, null, AidCategory.MONTHLY_STIPEND, 45_000_000L, today.withDayOfMonth(1),
                today.withDayOfMonth(1).plusMonths(1).minusDays(1));
        granted += grant(relief, mousavi, null, AidCategory.RURAL_HOUSING_INSURANCE, 12_000_000L,
                today.minusMonths(2), today.minusMonths(2).plusYears(1).minusDays(1));
        granted += grant(welfare, jamali, jamaliSon, AidCategory.EMPLOYMENT_LOAN, 3_000_000_000L, today.minusMonths(1), null);
        granted += grant(welfare, baluchi, null, AidCategory.MONTHLY_STIPEND, 40_000_000L, today.withDayOfMonth(1),
                today.withDayOfMonth(1).plusMonths(1).minusDays(1));

        boolean referred = refer();
        referralPending.set(!referred);
        LOG.infof("Demo data: %d households of Qazvin and Hormozgan, %d new registrations, %d new aid records; referral %s",
                qazvinHouseholds().size() + hormozganHouseholds().size(), created, granted,
                referred ? "ACCEPTED" : "waiting for the rural affairs office to be known (seed 002 on agreements.events)");
    }

    /** The referral step again while its receiver was unknown, at most {@value #REFERRAL_ATTEMPTS} times. */
    @Scheduled(identity = "demo-data-referral", every = "20s", delayed = "20s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void retryReferral() {
        if (!referralPending.get()) {
            return;
        }
        if (refer()) {
            referralPending.set(false);
            LOG.info("Demo data: the referral to the rural affairs office of Qazvin is ACCEPTED");
        } else if (referralAttempts.incrementAndGet() >= REFERRAL_ATTEMPTS) {
            referralPending.set(false);
            LOG.warn("Demo data: the rural affairs office of Qazvin is still unknown (no seed 002 on agreements.events); "
                    + "the demo has no referral until the next start");
        }
    }

    boolean referralPending() {
        return referralPending.get();
    }

    /**
     * The relief committee refers the Karimi household to the rural affairs office for a rural
     * employment plan, and the office accepts: true once the referral is ACCEPTED (or moved on
     * since), false while the office is not known to the service.
     */
    synchronized boolean refer() {
        Actor relief = actor(RELIEF_COMMITTEE_QAZVIN);
        UUID karimi = householdOf(relief, KARIMI);
        Referral referral;
        try {
            // one referral however many replicas load the demo data: the family's row is locked while
            // looking for it and sending it
            referral = QuarkusTransaction.requiringNew().call(() -> {
                householdRows.lock(List.of(karimi));
                return referrals.find("senderOrganizationId = ?1 and receiverOrganizationId = ?2 and householdId = ?3",
                                RELIEF_COMMITTEE_QAZVIN, RURAL_AFFAIRS_QAZVIN, karimi)
                        .firstResultOptional()
                        .orElseGet(() -> referralService.send(relief, new ReferralOrder(Subject.household(karimi),
                                RURAL_AFFAIRS_QAZVIN, AidCategory.EMPLOYMENT_LOAN,
                                "سرپرست خانوار برای طرح اشتغال روستایی معرفی می‌شود؛ آموزش قالی‌بافی دیده است",
                                true, LocalDate.now(clock), ConsentMethod.SIGNED_FORM)).referral());
            });
        } catch (ReferralProblems.UnknownReceiver unknown) {
            return false;
        }
        if (referral.status == ReferralStatus.SENT) {
            try {
                referralService.act(actor(RURAL_AFFAIRS_QAZVIN), referral.id, ReferralAction.ACCEPT,
                        EntityTags.of(referral.version).toString(), null);
            } catch (ReferralProblems.InvalidTransition accepted) {
                // another replica accepted it in the meantime
            } catch (DomainProblem problem) {
                if (problem.status() != 412) {
                    throw problem;
                }
                // the same: the referral changed since it was read
            }
        }
        return true;
    }

    private int register(Actor actor, List<HouseholdDetails> list) {
        int created = 0;
        for (HouseholdDetails household : list) {
            if (households.register(actor, household).created()) {
                created++;
            }
        }
        return created;
    }

    /** The household the head heads, as the organisation registered it (registering again finds it). */
    private UUID householdOf(Actor actor, String headCode) {
        List<HouseholdDetails> all = new java.util.ArrayList<>(qazvinHouseholds());
        all.addAll(hormozganHouseholds());
        HouseholdDetails details = all.stream().filter(h -> headCode.equals(h.head().nationalCode())).findFirst()
                .orElseThrow();
        return households.register(actor, details).household().household().id;
    }

    private UUID memberOf(Actor actor, UUID household) {
        HouseholdView view = households.read(actor, household).orElseThrow();
        return view.members().getFirst().person().identity().id;
    }

    private void enrolPerson(Actor actor, UUID person, EnrolmentCategory category, LocalDate start) {
        boolean enrolled = QuarkusTransaction.requiringNew().call(() -> enrolments.count(
                "personId = ?1 and organizationId = ?2 and category = ?3", person, actor.organization(), category) > 0);
        if (!enrolled) {
            try {
                enrolmentService.enrol(actor, new EnrolmentOrder(Subject.person(person), category, start, null));
            } catch (EnrolmentProblems.EnrolmentOverlaps enrolledMeanwhile) {
                // another replica loading the demo data enrolled the person first
            }
        }
    }

    /** Aid once per household (and person), provider and category; 1 when recorded now. */
    private int grant(Actor actor, UUID household, UUID person, AidCategory category, long rials, LocalDate start,
                      LocalDate end) {
        boolean given = QuarkusTransaction.requiringNew().call(() -> aids.count(
                "householdId = ?1 and providerOrganizationId = ?2 and category = ?3", household, actor.organization(),
                category) > 0);
        if (given) {
            return 0;
        }
        AidService.GrantResult result = aidService.grant(actor, new AidOrder(household, person, category, rials, 1, start,
                end, null, null, null, null, null));
        if (result instanceof AidService.Blocked blocked) {
            // another replica's load recorded it first (a repetition of the provider), or a rule blocks it
            LOG.infof("Demo data: %s for household %s not recorded: %s", category, household, blocked.assessment());
            return 0;
        }
        return 1;
    }

    private static Actor actor(UUID organization) {
        return Actor.of(organization, LOADER, Roles.OFFICER);
    }

    /** Seed 002: rural households of Qazvin the relief committee registers, each with its enrolment. */
    static List<HouseholdDetails> qazvinHouseholds() {
        Address kuhin = new Address("26", "قزوین", "کوهین", true);
        Address ziaabad = new Address("26", "تاکستان", "ضیاءآباد", true);
        Address kondaj = new Address("26", "البرز", "کوندج", true);
        Address razmian = new Address("26", "قزوین", "رازمیان", true);
        Address abgarm = new Address("26", "آوج", "آبگرم", true);
        Address esmailabad = new Address("26", "البرز", "اسماعیل‌آباد", true);
        return List.of(
                new HouseholdDetails(
                        person(RAHIMI, "حسن", "رحیمی", "علی", LocalDate.of(1975, 4, 2), Sex.MALE, kuhin),
                        List.of(member("4319876547", "فاطمه", "رحیمی", "محمد", LocalDate.of(1979, 9, 12), Sex.FEMALE, Relation.SPOUSE),
                                member("4324567891", "زینب", "رحیمی", "حسن", LocalDate.of(2006, 1, 20), Sex.FEMALE, Relation.CHILD)),
                        kuhin, EnrolmentCategory.RURAL_POOR),
                new HouseholdDetails(
                        person(KARIMI, "معصومه", "کریمی", "جواد", LocalDate.of(1968, 7, 30), Sex.FEMALE, ziaabad),
                        List.of(member("4345566770", "مهدی", "کریمی", "رضا", LocalDate.of(2010, 3, 5), Sex.MALE, Relation.CHILD)),
                        ziaabad, EnrolmentCategory.FEMALE_HEADED),
                new HouseholdDetails(
                        new PersonDetails(MOUSAVI, "رضا", "موسوی", "کاظم", LocalDate.of(1958, 11, 11), Sex.MALE,
                                DisabilityType.PHYSICAL_MOTOR, DisabilitySeverity.SEVERE, null, kondaj),
                        List.of(), kondaj, EnrolmentCategory.RURAL_POOR),
                new HouseholdDetails(
                        person("4367788997", "علی‌اکبر", "نوری", "قاسم", LocalDate.of(1950, 2, 14), Sex.MALE, razmian),
                        List.of(member("4378899000", "سکینه", "نوری", "حسین", LocalDate.of(1953, 6, 1), Sex.FEMALE, Relation.SPOUSE)),
                        razmian, EnrolmentCategory.ELDERLY),
                // two orphaned grandchildren in their grandmother's care
                new HouseholdDetails(
                        person("4315566772", "خدیجه", "صفری", "اسماعیل", LocalDate.of(1957, 8, 23), Sex.FEMALE, abgarm),
                        List.of(member("4315677884", "امیرحسین", "صفری", "مرتضی", LocalDate.of(2013, 10, 2), Sex.MALE, Relation.GRANDCHILD),
                                member("4315788996", "ریحانه", "صفری", "مرتضی", LocalDate.of(2016, 5, 17), Sex.FEMALE, Relation.GRANDCHILD)),
                        abgarm, EnrolmentCategory.ORPHAN),
                // an Afghan refugee family without national codes, identified by their Amayesh cards
                new HouseholdDetails(
                        refugee(HEIDARI_AMAYESH, "غلام‌سخی", "حیدری", "عبدالله", LocalDate.of(1984, 3, 21), Sex.MALE, esmailabad),
                        List.of(new HouseholdDetails.Member(refugee("800412346", "گل‌بی‌بی", "حیدری", "نورمحمد",
                                LocalDate.of(1990, 6, 2), Sex.FEMALE, null), Relation.SPOUSE)),
                        esmailabad, EnrolmentCategory.RURAL_POOR));
    }

    /** Seed 000: persons with disabilities Hormozgan's welfare office registers, enrolled for DISABILITY. */
    static List<HouseholdDetails> hormozganHouseholds() {
        Address isin = new Address("22", "بندرعباس", "ایسین", true);
        Address minab = new Address("22", "میناب", "حکمی", true);
        return List.of(
                new HouseholdDetails(
                        person(JAMALI, "مریم", "جمالی", "عبدالرحیم", LocalDate.of(1972, 12, 5), Sex.FEMALE, isin),
                        List.of(new HouseholdDetails.Member(new PersonDetails("3431223346", "یوسف", "جمالی", "احمد",
                                LocalDate.of(1998, 4, 9), Sex.MALE, DisabilityType.HEARING, DisabilitySeverity.MODERATE,
                                null, null), Relation.CHILD)),
                        isin, EnrolmentCategory.DISABILITY),
                new HouseholdDetails(
                        new PersonDetails(BALUCHI, "عبدالله", "بلوچی", "دادخدا", LocalDate.of(1965, 1, 28), Sex.MALE,
                                DisabilityType.VISUAL, DisabilitySeverity.SEVERE, null, minab),
                        List.of(member("3431445561", "شهناز", "بلوچی", "محمد", LocalDate.of(1969, 9, 14), Sex.FEMALE, Relation.SPOUSE)),
                        minab, EnrolmentCategory.DISABILITY));
    }

    /** The refugee as a second office typed him: no ZWNJ in his name, an Arabic yeh, his foreign national id. */
    static PersonDetails heidariAgain() {
        return new PersonDetails(null, "غلامسخی", "حیدرى", "عبدالله", LocalDate.of(1984, 3, 21), Sex.MALE, null, null,
                null, new Address("26", "البرز", "اسماعیل‌آباد", true),
                new IdentityDocument(DocumentType.FOREIGN_NATIONAL_ID, HEIDARI_FIDA));
    }

    private static PersonDetails person(String code, String first, String last, String father, LocalDate born, Sex sex,
                                        Address address) {
        return new PersonDetails(code, first, last, father, born, sex, null, null, null, address);
    }

    private static PersonDetails refugee(String amayesh, String first, String last, String father, LocalDate born, Sex sex,
                                         Address address) {
        return new PersonDetails(null, first, last, father, born, sex, null, null, null, address,
                new IdentityDocument(DocumentType.AMAYESH, amayesh));
    }

    private static HouseholdDetails.Member member(String code, String first, String last, String father, LocalDate born,
                                                  Sex sex, Relation relation) {
        return new HouseholdDetails.Member(new PersonDetails(code, first, last, father, born, sex, null, null, null, null),
                relation);
    }
}

package org.hamyar.donors.demo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.hamyar.api.config.DemoDataConfig;
import org.hamyar.api.security.Actor;
import org.hamyar.api.security.Roles;
import org.hamyar.donors.allocation.AllocationService;
import org.hamyar.donors.allocation.rest.AllocationRequest;
import org.hamyar.donors.donation.DonationKind;
import org.hamyar.donors.donation.DonationService;
import org.hamyar.donors.donation.rest.DonationRequest;
import org.hamyar.donors.donor.AssemblyLevel;
import org.hamyar.donors.donor.DonorDetails;
import org.hamyar.donors.donor.DonorKind;
import org.hamyar.donors.donor.DonorService;
import org.hamyar.donors.donor.rest.DonorRequest;
import org.hamyar.donors.endowment.EndowmentService;
import org.hamyar.donors.endowment.rest.EndowmentRequest;
import org.hamyar.donors.fund.FundKind;
import org.hamyar.donors.fund.FundRepository;
import org.hamyar.donors.fund.FundService;
import org.hamyar.donors.fund.ProgrammeAgreementRepository;
import org.hamyar.donors.fund.event.ProgrammeAgreements;
import org.hamyar.donors.fund.rest.FundRequest;
import org.hamyar.donors.aid.AidCategory;
import org.hamyar.donors.money.BeneficiaryCategory;
import org.hamyar.donors.money.Restrictions;
import org.hamyar.events.agreements.AgreementParty;
import org.hamyar.events.agreements.AgreementTerms;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The money of the seed reports (docs/domain.md), loaded through the services at start when
 * {@code hamyar.demo-data.enabled} ({@code DEMO_DATA}) is true; fixed ids, so a restart or a second
 * replica loads nothing twice (the whole set is one transaction, skipped once its first fund exists).
 * <ul>
 * <li>seed 000: two Hormozgan endowments under the Awqaf directorate (02) — one for people with
 * disabilities, one for orphans' education — with their income, and the Shamim Khedmat programme
 * fund of the welfare–Awqaf agreement; allocations for the Hormozgan welfare organisation (01);</li>
 * <li>seed 001: the National Donors' Assembly (04) with its donors at national and province level
 * (donor.reza, donor.maryam, a company), a crisis fund for an earthquake in Hormozgan and a general
 * fund, their donations (one a pledge not yet paid) and an allocation that puts women-headed
 * families first.</li>
 * </ul>
 * The allocations are RESERVED: aid the beneficiaries-service grants naming their ids commits them.
 */
@ApplicationScoped
public class DemoData {

    public static final UUID WELFARE_HORMOZGAN = demoOrganization(1);
    public static final UUID AWQAF_HORMOZGAN = demoOrganization(2);
    public static final UUID DONORS_ASSEMBLY = demoOrganization(4);
    /** The seed 000 agreement of the agreements-service's demo data: its Shamim Khedmat plan is a programme fund. */
    public static final UUID SEED_000_AGREEMENT = UUID.fromString("0a000000-0000-4000-8000-000000001000");

    public static final UUID DONOR_REZA = id("d0000000-0000-4000-8000-000000000001");
    public static final UUID DONOR_MARYAM = id("d0000000-0000-4000-8000-000000000002");
    public static final UUID DONOR_COMPANY = id("d0000000-0000-4000-8000-000000000003");
    public static final UUID ENDOWMENT_DISABILITY = id("d0000000-0000-4000-8000-0000000e0001");
    public static final UUID ENDOWMENT_ORPHANS = id("d0000000-0000-4000-8000-0000000e0002");
    public static final UUID FUND_DISABILITY = id("d0000000-0000-4000-8000-0000000f0001");
    public static final UUID FUND_ORPHANS = id("d0000000-0000-4000-8000-0000000f0002");
    public static final UUID FUND_SHAMIM = id("d0000000-0000-4000-8000-0000000f0003");
    public static final UUID FUND_CRISIS = id("d0000000-0000-4000-8000-0000000f0004");
    public static final UUID FUND_GENERAL = id("d0000000-0000-4000-8000-0000000f0005");
    public static final UUID ALLOCATION_EMPLOYMENT = id("d0000000-0000-4000-8000-0000000a0001");
    public static final UUID ALLOCATION_SHAMIM = id("d0000000-0000-4000-8000-0000000a0002");
    public static final UUID ALLOCATION_CRISIS = id("d0000000-0000-4000-8000-0000000a0003");

    /** The demo reservations wait for their aid until the end of the Jalali year 1405. */
    private static final LocalDate END_OF_1405 = LocalDate.of(2027, 3, 20);

    private static final Logger LOG = Logger.getLogger(DemoData.class);

    private final DemoDataConfig config;
    private final FundRepository funds;
    private final ProgrammeAgreementRepository agreements;
    private final ProgrammeAgreements programmeAgreements;
    private final DonorService donors;
    private final EndowmentService endowments;
    private final FundService fundService;
    private final DonationService donations;
    private final AllocationService allocations;
    private final Clock clock;

    DemoData(DemoDataConfig config, FundRepository funds, ProgrammeAgreementRepository agreements,
             ProgrammeAgreements programmeAgreements, DonorService donors, EndowmentService endowments,
             FundService fundService, DonationService donations, AllocationService allocations, Clock clock) {
        this.config = config;
        this.funds = funds;
        this.agreements = agreements;
        this.programmeAgreements = programmeAgreements;
        this.donors = donors;
        this.endowments = endowments;
        this.fundService = fundService;
        this.donations = donations;
        this.allocations = allocations;
        this.clock = clock;
    }

    void onStart(@Observes StartupEvent start) {
        if (config.enabled()) {
            load();
        }
    }

    /** Loads the demo money unless it is there already; returns whether it loaded anything. */
    public boolean load() {
        return QuarkusTransaction.requiringNew().call(() -> {
            if (funds.findByIdOptional(FUND_DISABILITY).isPresent()) {
                return false;
            }
            seed000();
            seed001();
            LOG.info("Demo donors, endowments, funds, donations and allocations loaded");
            return true;
        });
    }

    private void seed000() {
        Actor awqaf = Actor.of(AWQAF_HORMOZGAN, "coordinator.hormozgan-awqaf", Roles.COORDINATOR);
        endowments.register(awqaf, ENDOWMENT_DISABILITY, FUND_DISABILITY, new EndowmentRequest(
                "مرحوم حاج عبدالله کازرونی", "۱۳۹۸/۴۵۱۲", "دو باب مغازه در بازار روز بندرعباس", null,
                new Restrictions(List.of(AidCategory.EMPLOYMENT_LOAN, AidCategory.HEALTH_INSURANCE, AidCategory.CASH_GRANT),
                        List.of(BeneficiaryCategory.DISABILITY), List.of("22"), List.of()),
                "درآمد این موقوفه صرف توانمندسازی، اشتغال و درمان معلولان استان هرمزگان شود"));
        endowments.register(awqaf, ENDOWMENT_ORPHANS, FUND_ORPHANS, new EndowmentRequest(
                "مرحومه بی‌بی فاطمه لاری", "۱۴۰۱/۲۲۰۷", "یک قطعه نخلستان در میناب", null,
                new Restrictions(List.of(AidCategory.EDUCATION_SUPPORT), List.of(BeneficiaryCategory.ORPHAN),
                        List.of("22"), List.of()),
                "درآمد این موقوفه صرف هزینهٔ تحصیل ایتام استان هرمزگان شود"));
        donations.receive(awqaf, id("d0000000-0000-4000-8000-0000000d0001"), new DonationRequest(FUND_DISABILITY, null,
                DonationKind.ENDOWMENT_INCOME, 1_200_000_000L, "اجارهٔ سالانهٔ مغازه‌ها"));
        donations.receive(awqaf, id("d0000000-0000-4000-8000-0000000d0002"), new DonationRequest(FUND_ORPHANS, null,
                DonationKind.ENDOWMENT_INCOME, 800_000_000L, "فروش محصول خرمای نخلستان"));
        if (agreements.findByIdOptional(SEED_000_AGREEMENT).isEmpty()) {
            // the agreements-service announces the agreement on agreements.events (version 1 and later
            // replace this); until then the programme fund knows the seed's terms
            programmeAgreements.terms(new AgreementTerms(SEED_000_AGREEMENT, 0, "ACTIVE",
                    List.of(new AgreementParty(WELFARE_HORMOZGAN, "WELFARE_SERVICES"), new AgreementParty(AWQAF_HORMOZGAN, "ENDOWMENT_TRUSTEE")),
                    List.of("22"), List.of(), List.of("DISABILITY", "UNEMPLOYED"), List.of("EMPLOYMENT_LOAN"), true, List.of(),
                    LocalDate.of(2026, 3, 21), LocalDate.of(2028, 3, 19)), Instant.now(clock));
        }
        fundService.open(awqaf, FUND_SHAMIM, new FundRequest(FundKind.PROGRAMME, "برنامهٔ شمیم خدمت (غرفه‌های تولیدات مددجویان در بقاع متبرکه)",
                null, SEED_000_AGREEMENT, Restrictions.none(), "فقط برای اشتغال مددجویان بهزیستی هرمزگان در طرح شمیم خدمت"));
        Actor assembly = Actor.of(DONORS_ASSEMBLY, "coordinator.donors-assembly", Roles.COORDINATOR);
        donors.register(assembly, DONOR_MARYAM, new DonorRequest(DonorKind.PERSON, "2287654321", new DonorDetails(
                "مریم بندری", "09171234567", null, "22", "بندرعباس", DONORS_ASSEMBLY, AssemblyLevel.PROVINCE, "donor.maryam")));
        donations.receive(awqaf, id("d0000000-0000-4000-8000-0000000d0003"), new DonationRequest(FUND_SHAMIM, DONOR_MARYAM,
                DonationKind.CASH, 500_000_000L, "برای غرفه‌های شمیم خدمت"));
        allocations.reserve(awqaf, ALLOCATION_EMPLOYMENT, new AllocationRequest(FUND_DISABILITY, 150_000_000L,
                AidCategory.EMPLOYMENT_LOAN, BeneficiaryCategory.DISABILITY, "22", "بندرعباس", WELFARE_HORMOZGAN, END_OF_1405));
        allocations.reserve(awqaf, ALLOCATION_SHAMIM, new AllocationRequest(FUND_SHAMIM, 100_000_000L,
                AidCategory.EMPLOYMENT_LOAN, BeneficiaryCategory.DISABILITY, "22", null, WELFARE_HORMOZGAN, END_OF_1405));
    }

    private void seed001() {
        Actor assembly = Actor.of(DONORS_ASSEMBLY, "coordinator.donors-assembly", Roles.COORDINATOR);
        donors.register(assembly, DONOR_REZA, new DonorRequest(DonorKind.PERSON, "0012345679", new DonorDetails(
                "رضا احمدی", "09121234567", "reza@example.org", "23", "تهران", DONORS_ASSEMBLY, AssemblyLevel.NATIONAL, "donor.reza")));
        donors.register(assembly, DONOR_COMPANY, new DonorRequest(DonorKind.ORGANIZATION, "10101234565", new DonorDetails(
                "شرکت نیکوکاران البرز", null, "info@example.org", "26", "قزوین", DONORS_ASSEMBLY, AssemblyLevel.PROVINCE, null)));
        fundService.open(assembly, FUND_CRISIS, new FundRequest(FundKind.CRISIS, "صندوق بحران زلزلهٔ هرمزگان", null, null,
                new Restrictions(List.of(AidCategory.FOOD_BASKET, AidCategory.HOUSING, AidCategory.CASH_GRANT), List.of(),
                        List.of("22"), List.of()),
                "فراخوان مجمع خیرین کشور برای آسیب‌دیدگان زلزلهٔ هرمزگان؛ اولویت با زنان سرپرست خانوار و کودکان"));
        fundService.open(assembly, FUND_GENERAL, new FundRequest(FundKind.GENERAL, "صندوق عمومی مجمع خیرین کشور", null, null,
                Restrictions.none(), null));
        donations.receive(assembly, id("d0000000-0000-4000-8000-0000000d0004"), new DonationRequest(FUND_CRISIS, DONOR_REZA,
                DonationKind.CASH, 300_000_000L, null));
        donations.receive(assembly, id("d0000000-0000-4000-8000-0000000d0005"), new DonationRequest(FUND_CRISIS, DONOR_COMPANY,
                DonationKind.CASH, 1_000_000_000L, "کمک نقدی شرکت برای زلزله‌زدگان"));
        donations.receive(assembly, id("d0000000-0000-4000-8000-0000000d0006"), new DonationRequest(FUND_GENERAL, DONOR_REZA,
                DonationKind.PLEDGE, 200_000_000L, "تعهد پرداخت در پایان سال"));
        donations.receive(assembly, id("d0000000-0000-4000-8000-0000000d0007"), new DonationRequest(FUND_GENERAL, DONOR_MARYAM,
                DonationKind.SADAQA, 50_000_000L, null));
        allocations.reserve(assembly, ALLOCATION_CRISIS, new AllocationRequest(FUND_CRISIS, 250_000_000L,
                AidCategory.FOOD_BASKET, BeneficiaryCategory.FEMALE_HEADED, "22", null, WELFARE_HORMOZGAN, END_OF_1405));
    }

    private static UUID demoOrganization(int number) {
        return UUID.fromString("0a000000-0000-4000-8000-%012d".formatted(number));
    }

    private static UUID id(String id) {
        return UUID.fromString(id);
    }
}

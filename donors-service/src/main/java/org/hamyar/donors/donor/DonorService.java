package org.hamyar.donors.donor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.hamyar.api.http.EntityTags;
import org.hamyar.api.paging.Page;
import org.hamyar.api.paging.PageRequest;
import org.hamyar.api.problem.DomainProblem;
import org.hamyar.api.security.Actor;
import org.hamyar.api.security.Roles;
import org.hamyar.api.validation.RequestValidation;
import org.hamyar.api.validation.Violations;
import org.hamyar.donors.PanachePages;
import org.hamyar.donors.access.MoneyAccess;
import org.hamyar.donors.donor.rest.DonorRequest;
import org.hamyar.donors.donor.rest.DonorView;
import org.hamyar.donors.money.MoneyProblems;
import org.hamyar.events.donors.DonorEvents;
import org.hamyar.events.donors.DonorRegistered;
import org.hamyar.outbox.EventOutbox;
import org.hamyar.standards.NationalCode;
import org.hamyar.standards.NationalId;
import org.hamyar.standards.Province;
import org.hamyar.standards.Provinces;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Donors (README "Decisions"): an admin registers any donor; a coordinator registers and manages
 * the donors of the donors' assembly its organisation is, and sees only those; an auditor reads
 * all; a donor user reads the one record whose {@code username} is its own.
 */
@ApplicationScoped
public class DonorService {

    private final DonorRepository donors;
    private final EventOutbox outbox;
    private final RequestValidation validation;
    private final Clock clock;

    DonorService(DonorRepository donors, EventOutbox outbox, RequestValidation validation, Clock clock) {
        this.donors = donors;
        this.outbox = outbox;
        this.validation = validation;
        this.clock = clock;
    }

    @Transactional
    public DonorView register(Actor actor, DonorRequest request) {
        return register(actor, UUID.randomUUID(), request);
    }

    /** {@link #register(Actor, DonorRequest)} with a given id (the demo data's fixed ids). */
    @Transactional
    public DonorView register(Actor actor, UUID id, DonorRequest request) {
        Violations rules = new Violations();
        Optional<String> identifier = Optional.empty();
        if (request != null && request.kind() != null && request.identifier() != null) {
            identifier = request.kind() == DonorKind.PERSON
                    ? NationalCode.normalize(request.identifier()).filter(NationalCode::isValid)
                    : NationalId.normalize(request.identifier()).filter(NationalId::isValid);
            rules.when(identifier.isEmpty(), "identifier",
                    request.kind() == DonorKind.PERSON ? "donor.national-code" : "donor.national-id");
        }
        if (request != null) {
            checkDetails("details", request.details(), rules);
        }
        validation.require(validation.shape(request), rules.list());
        requireAssemblyManager(actor, request.details().assemblyOrganizationId());
        if (donors.identifierRegistered(identifier.orElseThrow())) {
            throw MoneyProblems.duplicate("donor", "identifier");
        }
        requireUsernameFree(request.details().username(), null);
        Instant now = Instant.now(clock);
        Donor donor = new Donor(id, request.kind(), identifier.get(), normalised(request.details()),
                actor.username(), now);
        donors.persist(donor);
        DonorDetails details = donor.details();
        outbox.publish(DonorEvents.DONOR_REGISTERED, donor.id().toString(), new DonorRegistered(donor.id(),
                donor.kind().name(), details.assemblyOrganizationId(),
                details.assemblyLevel() == null ? null : details.assemblyLevel().name(), details.provinceCode(), now));
        return DonorView.of(donor);
    }

    @Transactional
    public DonorView update(Actor actor, UUID id, String ifMatch, DonorDetails details) {
        Violations rules = new Violations();
        checkDetails("", details, rules);
        validation.require(validation.shape(details), rules.list());
        Donor donor = readable(actor, id);
        requireAssemblyManager(actor, donor.assemblyOrganizationId());
        requireAssemblyManager(actor, details.assemblyOrganizationId());
        EntityTags.requireIfMatch(ifMatch, donor.version());
        requireUsernameFree(details.username(), id);
        donor.update(normalised(details), Instant.now(clock));
        donors.flush();
        return DonorView.of(donor);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public DonorView get(Actor actor, UUID id) {
        return DonorView.of(readable(actor, id));
    }

    /** The donor record the signed-in donor user is linked to. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Donor own(Actor actor) {
        return donors.byUsername(actor.username()).orElseThrow(() -> new DomainProblem(404, "donor-not-linked",
                "No donor record", "No donor record is linked to the user {0}; ask your donors' assembly to link it",
                actor.username()));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<DonorView> list(Actor actor, UUID assembly, PageRequest request) {
        if (!actor.readsNetworkRecords()) {
            UUID own = actor.organization();
            if (assembly != null && !assembly.equals(own)) {
                return Page.of(List.of(), request, 0);
            }
            assembly = own;
        }
        return PanachePages.page(donors.matching(assembly), request).map(DonorView::of);
    }

    /**
     * The donor, when the actor may read it: auditors and admins, the coordinators of its assembly,
     * the donor user linked to it. For anyone else it does not exist (404).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Donor readable(Actor actor, UUID id) {
        return donors.findByIdOptional(id).filter(donor -> reads(actor, donor))
                .orElseThrow(() -> MoneyProblems.notFound("donor", id));
    }

    private static boolean reads(Actor actor, Donor donor) {
        return actor.readsNetworkRecords()
                || (actor.hasRole(Roles.COORDINATOR) && donor.assemblyOrganizationId() != null
                    && actor.belongsTo(donor.assemblyOrganizationId()))
                || (actor.hasRole(Roles.DONOR) && actor.username().equals(donor.username()));
    }

    /** An admin manages any donor; a coordinator only the members of its own organisation's assembly. */
    private static void requireAssemblyManager(Actor actor, UUID assembly) {
        if (actor.administersNetwork()) {
            return;
        }
        if (assembly == null || !MoneyAccess.manages(actor, assembly)) {
            throw MoneyAccess.notYourOrganization();
        }
    }

    private void requireUsernameFree(String username, UUID self) {
        if (username != null && !username.isBlank() && donors.usernameTaken(username, self == null ? new UUID(0, 0) : self)) {
            throw MoneyProblems.duplicate("donor", "username");
        }
    }

    private static void checkDetails(String prefix, DonorDetails details, Violations rules) {
        if (details == null) {
            return;
        }
        String at = prefix.isEmpty() ? "" : prefix + ".";
        rules.plainText(at + "nameFa", details.nameFa()).plainText(at + "county", details.county())
                .when(details.provinceCode() != null && Provinces.byCode(details.provinceCode()).isEmpty(),
                        at + "provinceCode", "province.unknown", details.provinceCode())
                .when((details.assemblyOrganizationId() == null) != (details.assemblyLevel() == null),
                        at + "assemblyLevel", "donor.assembly-level");
    }

    private static DonorDetails normalised(DonorDetails d) {
        String province = d.provinceCode() == null ? null : Provinces.byCode(d.provinceCode()).map(Province::code).orElseThrow();
        String username = d.username() == null || d.username().isBlank() ? null : d.username().strip();
        return new DonorDetails(d.nameFa().strip(), d.phone(), d.email(), province, d.county(), d.assemblyOrganizationId(),
                d.assemblyLevel(), username);
    }
}

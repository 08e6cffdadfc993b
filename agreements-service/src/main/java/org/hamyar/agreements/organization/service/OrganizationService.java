package org.hamyar.agreements.organization.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.hamyar.agreements.Submission;
import org.hamyar.agreements.organization.Assessment;
import org.hamyar.agreements.organization.Grading;
import org.hamyar.agreements.organization.Organization;
import org.hamyar.agreements.organization.OrganizationDetails;
import org.hamyar.agreements.organization.OrganizationFilter;
import org.hamyar.agreements.organization.OrganizationNotFound;
import org.hamyar.agreements.organization.OrganizationRules;
import org.hamyar.agreements.organization.OrganizationType;
import org.hamyar.agreements.organization.event.OrganizationEventData;
import org.hamyar.agreements.organization.Entrustments;
import org.hamyar.agreements.organization.repository.AssessmentRepository;
import org.hamyar.agreements.organization.repository.OrganizationRepository;
import org.hamyar.api.http.EntityTags;
import org.hamyar.api.paging.Page;
import org.hamyar.api.paging.PageRequest;
import org.hamyar.api.problem.DomainProblem;
import org.hamyar.api.security.Actor;
import org.hamyar.api.validation.InvalidRequest;
import org.hamyar.api.validation.Violations;
import org.hamyar.events.agreements.AgreementEvents;
import org.hamyar.outbox.EventOutbox;
import org.hamyar.standards.NationalId;

/** Registers and updates organisations and records NGO capacity assessments. */
@ApplicationScoped
public class OrganizationService {

    private final OrganizationRepository organizations;
    private final AssessmentRepository assessments;
    private final Entrustments entrustments;
    private final EventOutbox outbox;
    private final Clock clock;

    OrganizationService(OrganizationRepository organizations, AssessmentRepository assessments,
                        Entrustments entrustments, EventOutbox outbox,
                        Clock clock) {
        this.organizations = organizations;
        this.assessments = assessments;
        this.entrustments = entrustments;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Registers an organisation with a new id. */
    @Transactional
    public Organization register(Submission<OrganizationDetails> submission) {
        return register(UUID.randomUUID(), submission);
    }

    /**
     * Registers an organisation with a given id (the demo data's fixed ids, which the realm's users
     * carry in their {@code org} claim). Publishes {@code OrganizationRegistered}.
     */
    @Transactional
    public Organization register(UUID id, Submission<OrganizationDetails> submission) {
        OrganizationDetails details = check(submission, null);
        requireUnusedNationalId(details, null);
        var organization = Organization.register(id, details, clock.instant());
        organizations.persist(organization);
        outbox.publish(AgreementEvents.ORGANIZATION_REGISTERED, id.toString(), OrganizationEventData.registered(organization));
        return organization;
    }

    @Transactional
    public Organization update(UUID id, String ifMatch, Submission<OrganizationDetails> submission) {
        var organization = organizations.findByIdOptional(id).orElseThrow(() -> new OrganizationNotFound(id));
        EntityTags.requireIfMatch(ifMatch, organization.lockVersion());
        OrganizationDetails details = check(submission, id);
        requireUnusedNationalId(details, id);
        organization.update(details, clock.instant());
        organizations.flush();
        return organization;
    }

    @Transactional
    public Optional<Organization> find(UUID id) {
        return organizations.findByIdOptional(id);
    }

    @Transactional
    public Page<Organization> search(OrganizationFilter filter, PageRequest page) {
        var found = organizations.search(filter, page.page(), page.size());
        return Page.of(found.items(), page, found.total());
    }

    /**
     * Records a capacity assessment of an NGO by the caller's organisation (seed 003: the HQ grades
     * its member NGOs). Only NGOs are graded; a date in the future is refused. Only a party that an
     * ACTIVE agreement entrusts with assessing NGOs, where the agreement's scope covers the NGO, and
     * admins (for their own organisation) may grade: 403 {@code not-an-assessor} otherwise.
     */
    @Transactional
    public Assessment assess(UUID id, Submission<Grading> submission, Actor actor) {
        UUID assessingOrganization = actor.organization();
        var organization = organizations.findByIdOptional(id).orElseThrow(() -> new OrganizationNotFound(id));
        Grading grading = submission.content();
        submission.require(new Violations()
                .plainText("note", grading.note())
                .when(grading.assessedOn() != null && grading.assessedOn().isAfter(LocalDate.now(clock)),
                        "assessedOn", "date.in-future")
                .list());
        if (organization.type() != OrganizationType.NGO) {
            throw new DomainProblem(409, "not-an-ngo", "Not an NGO",
                    "Only NGOs are graded; organisation {0} is {1}", id, organization.type());
        }
        if (!actor.administersNetwork() && !entrustments.entrustedToAssess(assessingOrganization, organization)) {
            throw new DomainProblem(403, "not-an-assessor", "Not an assessor",
                    "No ACTIVE agreement entrusts organisation {0} with assessing NGOs where {1} works",
                    assessingOrganization, id);
        }
        var assessment = new Assessment(id, grading.grade(), grading.assessedOn(), assessingOrganization,
                grading.note(), actor.username(), clock.instant());
        assessments.persist(assessment);
        organization.recordGrade(grading.grade(), grading.assessedOn(), assessingOrganization, clock.instant());
        return assessment;
    }

    /** An organisation's assessments, latest first. */
    @Transactional
    public List<Assessment> assessments(UUID id) {
        if (organizations.findByIdOptional(id).isEmpty()) {
            throw new OrganizationNotFound(id);
        }
        return assessments.history(id);
    }

    /** The details once their shape and rules hold; one 400 names every broken field otherwise. */
    private OrganizationDetails check(Submission<OrganizationDetails> submission, UUID self) {
        OrganizationDetails details = submission.content();
        UUID parent = details.parentOrganizationId();
        boolean parentExists = parent != null && organizations.findByIdOptional(parent).isPresent();
        Set<UUID> ancestors = parentExists && self != null ? organizations.ancestorsOf(parent) : Set.of();
        submission.require(OrganizationRules.check(details, self, parentExists, ancestors));
        return details;
    }

    private void requireUnusedNationalId(OrganizationDetails details, UUID self) {
        var nationalId = NationalId.normalize(details.nationalId());
        if (nationalId.isEmpty()) {
            return;
        }
        organizations.find("nationalId", nationalId.get()).firstResultOptional()
                .filter(other -> !other.id().equals(self))
                .ifPresent(other -> {
                    throw InvalidRequest.of("nationalId", "organization.national-id.taken", other.id());
                });
    }
}

package org.hamyar.agreements.organization.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.hamyar.agreements.organization.Assessment;
import org.hamyar.agreements.organization.Organization;
import org.hamyar.agreements.organization.OrganizationDetails;
import org.hamyar.agreements.organization.OrganizationNotFound;
import org.hamyar.agreements.organization.OrganizationRules;
import org.hamyar.agreements.organization.OrganizationType;
import org.hamyar.agreements.organization.event.OrganizationEventData;
import org.hamyar.agreements.organization.mapping.OrganizationMapper;
import org.hamyar.agreements.organization.repository.AssessmentRepository;
import org.hamyar.agreements.organization.repository.OrganizationRepository;
import org.hamyar.agreements.organization.rest.AssessmentRequest;
import org.hamyar.agreements.organization.rest.AssessmentView;
import org.hamyar.agreements.organization.rest.OrganizationView;
import org.hamyar.api.validation.InvalidRequest;
import org.hamyar.api.validation.RequestValidation;
import org.hamyar.api.validation.Violations;
import org.hamyar.api.http.EntityTags;
import org.hamyar.api.paging.Page;
import org.hamyar.api.paging.PageRequest;
import org.hamyar.api.problem.DomainProblem;
import org.hamyar.events.agreements.AgreementEvents;
import org.hamyar.outbox.EventOutbox;
import org.hamyar.standards.NationalId;

/** Registers and updates organisations and records NGO capacity assessments. */
@ApplicationScoped
public class OrganizationService {

    private final OrganizationRepository organizations;
    private final AssessmentRepository assessments;
    private final RequestValidation validation;
    private final EventOutbox outbox;
    private final Clock clock;

    OrganizationService(OrganizationRepository organizations, AssessmentRepository assessments,
                        RequestValidation validation, EventOutbox outbox, Clock clock) {
        this.organizations = organizations;
        this.assessments = assessments;
        this.validation = validation;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Registers an organisation with a new id. */
    @Transactional
    public OrganizationView register(OrganizationDetails details) {
        return register(UUID.randomUUID(), details);
    }

    /**
     * Registers an organisation with a given id (the demo data's fixed ids, which the realm's users
     * carry in their {@code org} claim). Publishes {@code OrganizationRegistered}.
     */
    @Transactional
    public OrganizationView register(UUID id, OrganizationDetails details) {
        check(details, null);
        if (details.nationalId() != null && !details.nationalId().isBlank()) {
            requireUnusedNationalId(details, null);
        }
        var organization = Organization.register(id, details, clock.instant());
        organizations.persist(organization);
        outbox.publish(AgreementEvents.ORGANIZATION_REGISTERED, id.toString(), OrganizationEventData.registered(organization));
        return OrganizationMapper.view(organization);
    }

    @Transactional
    public OrganizationView update(UUID id, String ifMatch, OrganizationDetails details) {
        var organization = organizations.findByIdOptional(id).orElseThrow(() -> new OrganizationNotFound(id));
        EntityTags.requireIfMatch(ifMatch, organization.lockVersion());
        check(details, id);
        requireUnusedNationalId(details, id);
        organization.update(details, clock.instant());
        organizations.flush();
        return OrganizationMapper.view(organization);
    }

    @Transactional
    public Optional<OrganizationView> find(UUID id) {
        return organizations.findByIdOptional(id).map(OrganizationMapper::view);
    }

    @Transactional
    public Page<OrganizationView> search(OrganizationRepository.Filter filter, PageRequest page) {
        var found = organizations.search(filter, page.page(), page.size());
        return new Page<>(found.items().stream().map(OrganizationMapper::view).toList(), page.page(), page.size(),
                found.total());
    }

    /**
     * Records a capacity assessment of an NGO by the caller's organisation (seed 003: the HQ grades
     * its member NGOs). Only NGOs are graded; a date in the future is refused.
     */
    @Transactional
    public AssessmentView assess(UUID id, AssessmentRequest request, UUID assessingOrganization, String username) {
        var organization = organizations.findByIdOptional(id).orElseThrow(() -> new OrganizationNotFound(id));
        var shape = validation.shape(request);
        var rules = new Violations()
                .plainText("note", request.note())
                .when(request.assessedOn() != null && request.assessedOn().isAfter(LocalDate.now(clock)),
                        "assessedOn", "date.in-future")
                .list();
        validation.require(shape, rules);
        if (organization.type() != OrganizationType.NGO) {
            throw new DomainProblem(409, "not-an-ngo", "Not an NGO",
                    "Only NGOs are graded; organisation {0} is {1}", id, organization.type());
        }
        var assessment = new Assessment(id, request.grade(), request.assessedOn(), assessingOrganization,
                request.note(), username, clock.instant());
        assessments.persist(assessment);
        organization.recordGrade(request.grade(), request.assessedOn(), assessingOrganization, clock.instant());
        return OrganizationMapper.view(assessment);
    }

    @Transactional
    public List<AssessmentView> assessments(UUID id) {
        if (organizations.findByIdOptional(id).isEmpty()) {
            throw new OrganizationNotFound(id);
        }
        return assessments.history(id).stream().map(OrganizationMapper::view).toList();
    }

    private void check(OrganizationDetails details, UUID self) {
        var shape = validation.shape(details);
        UUID parent = details.parentOrganizationId();
        boolean parentExists = parent != null && organizations.findByIdOptional(parent).isPresent();
        Set<UUID> ancestors = parentExists && self != null ? organizations.ancestorsOf(parent) : Set.of();
        validation.require(shape, OrganizationRules.check(details, self, parentExists, ancestors));
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

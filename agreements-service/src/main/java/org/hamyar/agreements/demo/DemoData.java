package org.hamyar.agreements.demo;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.hamyar.agreements.Submission;
import org.hamyar.agreements.agreement.AgreementSnapshot;
import org.hamyar.agreements.agreement.repository.AgreementRepository;
import org.hamyar.agreements.agreement.rest.SignatureRequest;
import org.hamyar.agreements.agreement.rest.TermsBody;
import org.hamyar.agreements.agreement.rest.TermsMapper;
import org.hamyar.agreements.agreement.service.AgreementService;
import org.hamyar.agreements.commitment.rest.ProgressRequest;
import org.hamyar.agreements.commitment.service.CommitmentService;
import org.hamyar.agreements.committee.Decision;
import org.hamyar.agreements.committee.rest.DecisionRequest;
import org.hamyar.agreements.committee.rest.NominationRequest;
import org.hamyar.agreements.committee.rest.SelectionRequest;
import org.hamyar.agreements.committee.service.CommitteeService;
import org.hamyar.agreements.organization.Grade;
import org.hamyar.agreements.organization.OrganizationLevel;
import org.hamyar.agreements.organization.OrganizationType;
import org.hamyar.agreements.organization.repository.AssessmentRepository;
import org.hamyar.agreements.organization.repository.OrganizationRepository;
import org.hamyar.agreements.organization.rest.AssessmentRequest;
import org.hamyar.agreements.organization.rest.OrganizationRequest;
import org.hamyar.agreements.organization.service.OrganizationService;
import org.hamyar.api.config.DemoDataConfig;
import org.hamyar.api.problem.DomainProblem;
import org.hamyar.api.security.Actor;
import org.hamyar.api.security.Roles;
import org.hamyar.api.validation.RequestValidation;
import org.jboss.logging.Logger;

/**
 * The organisations and the four agreements of the seed reports, loaded at start when
 * {@code hamyar.demo-data.enabled} ({@code DEMO_DATA}) is true. The texts live in
 * {@code demo/organizations.json} and {@code demo/agreements.json}, written as the API's request
 * bodies. Everything goes through the services with the API's checks, as the parties' coordinators
 * would do it, so the events are published like any others. Idempotent: what exists (by its fixed id) is left alone, and each agreement is loaded in
 * one transaction, so a crash never leaves half an agreement.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);

    record OrganizationsFile(List<DemoOrganization> organizations, List<DemoAssessment> assessments) {
    }

    record DemoOrganization(UUID id, String nameFa, String nameEn, String type, String level, String provinceCode,
                            String county, UUID parentOrganizationId, String nationalId) {
    }

    record DemoAssessment(UUID organizationId, UUID assessingOrganizationId, String username, Grade grade,
                          LocalDate assessedOn, String note) {
    }

    record AgreementsFile(List<DemoAgreement> agreements) {
    }

    record DemoAgreement(String seed, UUID id, String source, ActingUser createdBy, TermsBody terms,
                         List<DemoSignature> signatures, List<DemoProgress> progress, DemoCommittee committee) {
    }

    record ActingUser(UUID organizationId, String username) {
        Actor actor() {
            return coordinator(organizationId, username);
        }
    }

    record DemoSignature(UUID organizationId, String username, String signatoryName, String signatoryTitle,
                         LocalDate signedOn) {
    }

    record DemoProgress(int commitment, UUID organizationId, String username, Long value, String note,
                        LocalDate reportedOn, Boolean done) {
    }

    record DemoCommittee(List<DemoNomination> nominations, List<DemoDecision> decisions) {
    }

    record DemoNomination(UUID organizationId, String username, List<UUID> nominees, DemoSelection selection) {
    }

    record DemoSelection(UUID organizationId, String username, UUID chosen) {
    }

    record DemoDecision(UUID organizationId, String username, Decision.Kind kind, LocalDate decidedOn, String subject,
                        String text) {
    }

    /** What a load did. */
    public record Loaded(int organizations, int assessments, int agreements) {
    }

    private final boolean enabled;
    private final ObjectMapper json;
    private final RequestValidation validation;
    private final OrganizationService organizationService;
    private final OrganizationRepository organizations;
    private final AssessmentRepository assessments;
    private final AgreementService agreementService;
    private final AgreementRepository agreements;
    private final CommitmentService commitments;
    private final CommitteeService committee;

    DemoData(DemoDataConfig config, ObjectMapper json, RequestValidation validation, OrganizationService organizationService,
             OrganizationRepository organizations, AssessmentRepository assessments, AgreementService agreementService,
             AgreementRepository agreements, CommitmentService commitments, CommitteeService committee) {
        this.enabled = config.enabled();
        this.json = json;
        this.validation = validation;
        this.organizationService = organizationService;
        this.organizations = organizations;
        this.assessments = assessments;
        this.agreementService = agreementService;
        this.agreements = agreements;
        this.commitments = commitments;
        this.committee = committee;
    }

    void onStart(@Observes StartupEvent start) {
        if (enabled) {
            Loaded loaded = load();
            LOG.infof("Demo data: %d organisations, %d assessments, %d agreements loaded (the rest was there)",
                    loaded.organizations(), loaded.assessments(), loaded.agreements());
        }
    }

    /** Loads whatever of the demo data is missing. */
    public Loaded load() {
        OrganizationsFile orgs = read("demo/organizations.json", OrganizationsFile.class);
        int newOrganizations = 0;
        for (DemoOrganization organization : orgs.organizations()) {
            boolean created = QuarkusTransaction.requiringNew().call(() -> {
                if (organizations.findByIdOptional(organization.id()).isPresent()) {
                    return false;
                }
                organizationService.register(organization.id(),
                        Submission.of(request(organization), validation, OrganizationRequest::toDetails));
                return true;
            });
            newOrganizations += created ? 1 : 0;
        }
        int newAgreements = 0;
        for (DemoAgreement agreement : read("demo/agreements.json", AgreementsFile.class).agreements()) {
            try {
                boolean created = QuarkusTransaction.requiringNew().call(() -> {
                    if (agreements.findByIdOptional(agreement.id()).isPresent()) {
                        return false;
                    }
                    loadAgreement(agreement);
                    return true;
                });
                newAgreements += created ? 1 : 0;
            } catch (DomainProblem refused) {
                // demo data never stops the service from starting
                LOG.warnf("Demo agreement of seed %s not loaded: %s", agreement.seed(), refused.getMessage());
            }
        }
        // after the agreements: only the NGO headquarters that seed 003 entrusts with it grades NGOs
        int newAssessments = QuarkusTransaction.requiringNew().call(() -> assess(orgs.assessments()));
        return new Loaded(newOrganizations, newAssessments, newAgreements);
    }

    /** An organisation's assessments are loaded only while it has none, so a restart adds nothing twice. */
    private int assess(List<DemoAssessment> demo) {
        var alreadyAssessed = demo.stream().map(DemoAssessment::organizationId).distinct()
                .filter(id -> !assessments.history(id).isEmpty()).toList();
        int added = 0;
        for (DemoAssessment assessment : demo) {
            if (!alreadyAssessed.contains(assessment.organizationId())) {
                organizationService.assess(assessment.organizationId(), Submission.of(
                                new AssessmentRequest(assessment.grade(), assessment.assessedOn(), assessment.note()),
                                validation, AssessmentRequest::toGrading),
                        coordinator(assessment.assessingOrganizationId(), assessment.username()));
                added++;
            }
        }
        return added;
    }

    private void loadAgreement(DemoAgreement demo) {
        AgreementSnapshot draft = agreementService.create(demo.id(),
                Submission.of(demo.terms(), validation, TermsMapper::toDomain), demo.createdBy().actor());
        for (DemoSignature signature : orEmpty(demo.signatures())) {
            var request = new SignatureRequest(signature.signatoryName(), signature.signatoryTitle(), signature.signedOn());
            agreementService.sign(demo.id(), Submission.of(request, validation, SignatureRequest::toSignature),
                    coordinator(signature.organizationId(), signature.username()));
        }
        for (DemoProgress progress : orEmpty(demo.progress())) {
            UUID commitmentId = draft.terms().commitments().get(progress.commitment()).id();
            var request = new ProgressRequest(progress.value(), progress.note(), progress.reportedOn(), progress.done());
            commitments.report(demo.id(), commitmentId, Submission.of(request, validation, ProgressRequest::toEntry),
                    coordinator(progress.organizationId(), progress.username()));
        }
        if (demo.committee() != null) {
            for (DemoNomination nomination : orEmpty(demo.committee().nominations())) {
                var nominated = committee.nominate(demo.id(),
                        Submission.of(new NominationRequest(null, nomination.nominees()), validation,
                                NominationRequest::toProposal),
                        coordinator(nomination.organizationId(), nomination.username()));
                DemoSelection selection = nomination.selection();
                if (selection != null) {
                    committee.select(demo.id(), nominated.id(),
                            Submission.of(new SelectionRequest(selection.chosen(), null, null), validation,
                                    SelectionRequest::toSelection),
                            coordinator(selection.organizationId(), selection.username()));
                }
            }
            for (DemoDecision decision : orEmpty(demo.committee().decisions())) {
                var request = new DecisionRequest(decision.subject(), decision.text(), decision.decidedOn(), decision.kind());
                committee.decide(demo.id(), Submission.of(request, validation, DecisionRequest::toDecisionText),
                        coordinator(decision.organizationId(), decision.username()));
            }
        }
        LOG.debugf("Demo agreement of seed %s loaded: %s", demo.seed(), demo.source());
    }

    /** The seed reports' organisations act through their coordinators. */
    private static Actor coordinator(UUID organization, String username) {
        return Actor.of(organization, username, Roles.COORDINATOR);
    }

    private static OrganizationRequest request(DemoOrganization organization) {
        return new OrganizationRequest(organization.nameFa(), organization.nameEn(),
                OrganizationType.valueOf(organization.type()),
                OrganizationLevel.valueOf(organization.level()),
                organization.provinceCode(), organization.county(), organization.parentOrganizationId(),
                organization.nationalId());
    }

    private <T> T read(String resource, Class<T> type) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing demo resource " + resource);
            }
            // the files carry a _comment for their readers
            return json.copy().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false).readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read demo resource " + resource, e);
        }
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}

package org.hamyar.agreements.agreement;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A memorandum of understanding between two or more organisations: its current text, its
 * parties' signatures and where it is in its life. Earlier versions of the text are kept as
 * {@link AgreementVersion}s; the lifecycle rules are {@link AgreementLifecycle}'s.
 */
@Entity
@Table(name = "agreement")
public class Agreement {

    @Id
    private UUID id;
    private String title;
    @Enumerated(EnumType.STRING)
    private AgreementStatus status;
    private int version;
    private LocalDate effectiveFrom;
    private LocalDate effectiveTo;
    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> provinces;
    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> counties;
    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> beneficiaryCategories;
    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> aidCategories;
    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> objectives;
    private UUID monitoringOrganizationId;
    private boolean dataSharing;
    private UUID createdByOrganizationId;
    private Instant createdAt;
    private Instant updatedAt;
    private Instant signedAt;
    private Instant activatedAt;
    private String terminationReason;
    private LocalDate terminationOn;
    private Instant terminatedAt;
    private LocalDate expiredOn;
    @Version
    private long lockVersion;

    @ElementCollection
    @CollectionTable(name = "agreement_party", joinColumns = @JoinColumn(name = "agreement_id"))
    @OrderColumn(name = "position")
    private List<Party> parties = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "agreement_coordination_rule", joinColumns = @JoinColumn(name = "agreement_id"))
    private List<CoordinationRuleValue> coordinationRules = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "committee_seats", joinColumns = @JoinColumn(name = "agreement_id"))
    private List<SeatAllocation> committeeSeats = new ArrayList<>();

    @OneToMany(mappedBy = "agreement", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Commitment> commitments = new ArrayList<>();

    @OneToMany(mappedBy = "agreement", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<CalendarEntry> calendar = new ArrayList<>();

    @OneToMany(mappedBy = "agreement", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<NominationRule> nominationRules = new ArrayList<>();

    protected Agreement() {
    }

    /** A new draft; {@code terms} must have passed {@link TermsRules}. */
    public static Agreement draft(UUID id, Terms terms, UUID createdBy, Instant now) {
        var agreement = new Agreement();
        agreement.id = id;
        agreement.status = AgreementStatus.DRAFT;
        agreement.version = 1;
        agreement.createdByOrganizationId = createdBy;
        agreement.createdAt = now;
        agreement.replaceParties(terms.parties());
        agreement.apply(terms, false, now);
        return agreement;
    }

    /**
     * Replaces a draft's text. Signatures already given are cleared: they were given to another
     * text, and every party signs the text that binds it.
     */
    public void edit(Terms terms, Instant now) {
        replaceParties(terms.parties());
        apply(terms, false, now);
    }

    /**
     * A new version of a signed text. The parties stay (and their signatures); commitments the new
     * text drops are withdrawn, with their history kept.
     *
     * @return the previous version
     */
    public int amend(Terms terms, Instant now) {
        int previous = version;
        version = previous + 1;
        for (Terms.Party party : terms.parties()) {
            party(party.organizationId()).ifPresent(p -> p.role(party.role().strip(), party.assessesNgos()));
        }
        apply(terms, true, now);
        return previous;
    }

    /**
     * Records one party's signature.
     *
     * @return whether every party has now signed (and the agreement is {@code SIGNED})
     */
    public boolean sign(UUID organization, String signatoryName, String signatoryTitle, LocalDate signedOn,
                        String username, Instant now) {
        Party party = party(organization).orElseThrow(() -> new IllegalArgumentException("not a party: " + organization));
        party.sign(signatoryName, signatoryTitle, signedOn, username, now);
        touch(now);
        boolean allSigned = parties.stream().allMatch(Party::hasSigned);
        if (allSigned) {
            status = AgreementStatus.SIGNED;
            signedAt = now;
        }
        return allSigned;
    }

    /** SIGNED → ACTIVE when the effective date has come; true when it happened. */
    public boolean activateIfDue(LocalDate today, Instant now) {
        if (!AgreementLifecycle.activationDue(status, effectiveFrom, today)) {
            return false;
        }
        status = AgreementStatus.ACTIVE;
        activatedAt = now;
        touch(now);
        return true;
    }

    /** ACTIVE → EXPIRED the day after the last effective day; true when it happened. */
    public boolean expireIfDue(LocalDate today, Instant now) {
        if (!AgreementLifecycle.expiryDue(status, effectiveTo, today)) {
            return false;
        }
        status = AgreementStatus.EXPIRED;
        expiredOn = effectiveTo.plusDays(1);
        touch(now);
        return true;
    }

    /** Records a termination asked for {@code on}; it takes effect now or on that day. */
    public void requestTermination(String reason, LocalDate on, Instant now) {
        terminationReason = reason;
        terminationOn = on;
        touch(now);
    }

    /** → TERMINATED when a requested termination's day has come; true when it happened. */
    public boolean terminateIfDue(LocalDate today, Instant now) {
        if (!AgreementLifecycle.terminationDue(status, terminationOn, today)) {
            return false;
        }
        status = AgreementStatus.TERMINATED;
        terminatedAt = now;
        touch(now);
        return true;
    }

    public boolean isParty(UUID organization) {
        return organization != null && party(organization).isPresent();
    }

    public Optional<Party> party(UUID organization) {
        return parties.stream().filter(p -> p.organizationId().equals(organization)).findFirst();
    }

    /** The current text, with the ids of its commitments, nomination rules and calendar entries. */
    public Terms terms() {
        return new Terms(title,
                parties.stream().map(p -> new Terms.Party(p.organizationId(), p.role(), p.assessesNgos())).toList(),
                new Terms.Scope(List.copyOf(provinces), List.copyOf(counties),
                        beneficiaryCategories.stream().map(BeneficiaryCategory::valueOf).toList(),
                        aidCategories.stream().map(AidCategory::valueOf).toList()),
                effectiveFrom, effectiveTo, List.copyOf(objectives),
                currentCommitments().stream().map(Commitment::terms).toList(),
                committeeTerms(),
                monitoringOrganizationId,
                new Terms.Coordination(dataSharing, coordinationRules.stream()
                        .map(r -> new Terms.Rule(r.aidCategory(), r.mode())).toList()),
                calendar.stream().map(CalendarEntry::terms).toList());
    }

    /** The committee part of the text: seats per party and nomination rules. */
    public Terms.Committee committeeTerms() {
        return new Terms.Committee(
                committeeSeats.stream().map(s -> new Terms.Seats(s.organizationId(), s.seats())).toList(),
                nominationRules.stream().map(NominationRule::terms).toList());
    }

    /** The agreement as it stands now, free of the persistence context (read it inside the transaction). */
    public AgreementSnapshot snapshot() {
        return new AgreementSnapshot(id, status, version, terms(), parties, createdByOrganizationId, createdAt, updatedAt,
                signedOn(), signedAt, activatedAt, terminationReason, terminationOn, terminatedAt, expiredOn, lockVersion);
    }

    /** The commitments of the current text (not those an amendment withdrew). */
    public List<Commitment> currentCommitments() {
        return commitments.stream().filter(Commitment::isCurrent).toList();
    }

    public Optional<Commitment> commitment(UUID commitmentId) {
        return commitments.stream().filter(c -> c.id().equals(commitmentId)).findFirst();
    }

    private void replaceParties(List<Terms.Party> newParties) {
        parties.clear();
        for (Terms.Party party : newParties) {
            parties.add(new Party(party.organizationId(), party.role().strip(), party.assessesNgos()));
        }
    }

    private void apply(Terms terms, boolean amendment, Instant now) {
        title = terms.title().strip();
        effectiveFrom = terms.effectiveFrom();
        effectiveTo = terms.effectiveTo();
        provinces = new ArrayList<>(TermsRules.canonicalProvinces(terms.scope().provinces()));
        counties = new ArrayList<>(terms.scope().counties().stream().map(String::strip).distinct().toList());
        beneficiaryCategories = new ArrayList<>(terms.scope().beneficiaryCategories().stream().distinct().map(Enum::name).toList());
        aidCategories = new ArrayList<>(terms.scope().aidCategories().stream().distinct().map(Enum::name).toList());
        objectives = new ArrayList<>(terms.objectives().stream().map(String::strip).toList());
        monitoringOrganizationId = terms.monitoringOrganizationId();
        dataSharing = terms.coordination().dataSharing();
        coordinationRules.clear();
        terms.coordination().rules().forEach(r -> coordinationRules.add(new CoordinationRuleValue(r.aidCategory(), r.mode())));
        committeeSeats.clear();
        terms.committee().seats().forEach(s -> committeeSeats.add(new SeatAllocation(s.organizationId(), s.seats())));
        applyCommitments(terms.commitments(), amendment);
        applyCalendar(terms.calendar());
        applyNominationRules(terms.committee().nominationRules());
        touch(now);
    }

    private void applyCommitments(List<Terms.Commitment> texts, boolean amendment) {
        Map<UUID, Commitment> unmatched = byId(currentCommitments(), Commitment::id);
        for (int i = 0; i < texts.size(); i++) {
            Terms.Commitment text = texts.get(i);
            Commitment commitment = text.id() == null ? null : unmatched.remove(text.id());
            if (commitment == null) {
                commitment = new Commitment(this, UUID.randomUUID());
                commitments.add(commitment);
            }
            commitment.apply(text, i);
        }
        for (Commitment dropped : unmatched.values()) {
            if (amendment) {
                dropped.withdraw(version);
            } else {
                commitments.remove(dropped);
            }
        }
    }

    private void applyCalendar(List<Terms.CalendarEntry> entries) {
        Map<UUID, CalendarEntry> unmatched = byId(calendar, CalendarEntry::id);
        var kept = new ArrayList<CalendarEntry>();
        for (int i = 0; i < entries.size(); i++) {
            Terms.CalendarEntry text = entries.get(i);
            CalendarEntry entry = text.id() == null ? null : unmatched.remove(text.id());
            if (entry == null) {
                entry = new CalendarEntry(this, UUID.randomUUID());
            }
            List<String> where = text.provinces().isEmpty() ? provinces : TermsRules.canonicalProvinces(text.provinces());
            entry.apply(text, i, where);
            kept.add(entry);
        }
        calendar.retainAll(kept);
        kept.stream().filter(e -> !calendar.contains(e)).forEach(calendar::add);
    }

    private void applyNominationRules(List<Terms.NominationRule> rules) {
        Map<UUID, NominationRule> unmatched = byId(nominationRules, NominationRule::id);
        var kept = new ArrayList<NominationRule>();
        for (int i = 0; i < rules.size(); i++) {
            Terms.NominationRule text = rules.get(i);
            NominationRule rule = text.id() == null ? null : unmatched.remove(text.id());
            if (rule == null) {
                rule = new NominationRule(this, UUID.randomUUID());
            }
            rule.apply(text, i);
            kept.add(rule);
        }
        nominationRules.retainAll(kept);
        kept.stream().filter(r -> !nominationRules.contains(r)).forEach(nominationRules::add);
    }

    private static <T> Map<UUID, T> byId(List<T> items, Function<T, UUID> id) {
        return items.stream().collect(Collectors.toMap(id, Function.identity(), (a, b) -> a, HashMap::new));
    }

    private void touch(Instant now) {
        updatedAt = now;
    }

    public UUID id() {
        return id;
    }

    public String title() {
        return title;
    }

    public AgreementStatus status() {
        return status;
    }

    public int version() {
        return version;
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    public LocalDate effectiveTo() {
        return effectiveTo;
    }

    public List<String> provinces() {
        return provinces;
    }

    public List<String> counties() {
        return counties;
    }

    public List<String> beneficiaryCategories() {
        return beneficiaryCategories;
    }

    public List<String> aidCategories() {
        return aidCategories;
    }

    public UUID monitoringOrganizationId() {
        return monitoringOrganizationId;
    }

    public boolean dataSharing() {
        return dataSharing;
    }

    public List<CoordinationRuleValue> coordinationRules() {
        return coordinationRules;
    }

    public List<Party> parties() {
        return parties;
    }

    public List<NominationRule> nominationRules() {
        return nominationRules;
    }

    public List<CalendarEntry> calendar() {
        return calendar;
    }

    public UUID createdByOrganizationId() {
        return createdByOrganizationId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant signedAt() {
        return signedAt;
    }

    /** The day the last party signed, as written on the paper; null until every party has signed. */
    public LocalDate signedOn() {
        return status == AgreementStatus.DRAFT ? null
                : parties.stream().map(Party::signedOn).max(LocalDate::compareTo).orElse(null);
    }

    public Instant activatedAt() {
        return activatedAt;
    }

    public String terminationReason() {
        return terminationReason;
    }

    public LocalDate terminationOn() {
        return terminationOn;
    }

    public Instant terminatedAt() {
        return terminatedAt;
    }

    public LocalDate expiredOn() {
        return expiredOn;
    }

    public long lockVersion() {
        return lockVersion;
    }
}

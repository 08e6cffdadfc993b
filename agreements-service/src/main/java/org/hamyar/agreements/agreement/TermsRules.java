package org.hamyar.agreements.agreement;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.hamyar.api.validation.Violation;
import org.hamyar.api.validation.Violations;
import org.hamyar.standards.Provinces;

/**
 * The rules an agreement's text must satisfy beyond the shape of the request: who may be named
 * where, periods in order, real province codes, identities that belong to this agreement. Every
 * rule runs on every request (null parts are skipped: the shape check reports them), so one answer
 * names every broken field.
 */
public final class TermsRules {

    /**
     * What the rules need to know about the world.
     *
     * @param knownOrganizations the organisations among {@link #referencedOrganizations} that exist
     * @param commitmentIds      ids of the agreement's current commitments (empty for a new draft)
     * @param nominationRuleIds  ids of its current nomination rules
     * @param calendarEntryIds   ids of its current calendar entries
     * @param fixedParties       the parties an amendment may not change; null for a draft
     */
    public record Context(Set<UUID> knownOrganizations, Set<UUID> commitmentIds, Set<UUID> nominationRuleIds,
                          Set<UUID> calendarEntryIds, Set<UUID> fixedParties) {

        public static Context forNewDraft(Set<UUID> knownOrganizations) {
            return new Context(knownOrganizations, Set.of(), Set.of(), Set.of(), null);
        }
    }

    private TermsRules() {
    }

    /** Every organisation the text names, to look them up in one query. */
    public static Set<UUID> referencedOrganizations(Terms terms) {
        var ids = new LinkedHashSet<UUID>();
        if (terms.parties() != null) {
            terms.parties().stream().filter(Objects::nonNull).map(Terms.Party::organizationId).forEach(ids::add);
        }
        ids.add(terms.monitoringOrganizationId());
        ids.remove(null);
        return ids;
    }

    public static List<Violation> check(Terms terms, Context context) {
        var violations = new Violations();
        Set<UUID> parties = checkParties(terms, context, violations);

        violations.plainText("title", terms.title());
        violations.when(terms.effectiveFrom() != null && terms.effectiveTo() != null
                        && terms.effectiveTo().isBefore(terms.effectiveFrom()),
                "effectiveTo", "agreement.period.end-before-start");
        violations.each("objectives", terms.objectives(), (path, text, i) -> violations.plainText(path, text));
        checkScope(terms.scope(), violations);
        violations.when(terms.monitoringOrganizationId() != null && !parties.contains(terms.monitoringOrganizationId()),
                "monitoringOrganizationId", "agreement.not-a-party");
        checkCommitments(terms, parties, context, violations);
        checkCommittee(terms.committee(), parties, context, violations);
        checkCoordination(terms, violations);
        checkCalendar(terms.calendar(), context, violations);
        return violations.list();
    }

    private static Set<UUID> checkParties(Terms terms, Context context, Violations violations) {
        var seen = new HashSet<UUID>();
        if (terms.parties() == null) {
            return seen;
        }
        violations.when(terms.parties().size() < 2, "parties", "agreement.parties.too-few");
        violations.each("parties", terms.parties(), (path, party, i) -> {
            violations.plainText(path + ".role", party.role());
            UUID id = party.organizationId();
            if (id == null) {
                return;
            }
            if (!seen.add(id)) {
                violations.add(path + ".organizationId", "agreement.parties.duplicate");
            } else if (!context.knownOrganizations().contains(id)) {
                violations.add(path + ".organizationId", "organization.unknown");
            }
        });
        if (context.fixedParties() != null && !context.fixedParties().equals(seen)) {
            violations.add("parties", "agreement.amendment.parties-changed");
        }
        return seen;
    }

    private static void checkScope(Terms.Scope scope, Violations violations) {
        if (scope == null) {
            return;
        }
        provinceCodes("scope.provinces", scope.provinces(), violations);
        violations.each("scope.counties", scope.counties(), (path, county, i) -> violations.plainText(path, county));
    }

    private static void provinceCodes(String field, List<String> codes, Violations violations) {
        violations.each(field, codes, (path, code, i) ->
                violations.when(!code.isBlank() && !Provinces.isValidCode(code), path, "province.unknown", code));
    }

    private static void checkCommitments(Terms terms, Set<UUID> parties, Context context, Violations violations) {
        var ids = new HashSet<UUID>();
        violations.each("commitments", terms.commitments(), (path, commitment, i) -> {
            violations.when(commitment.organizationId() != null && !parties.contains(commitment.organizationId()),
                    path + ".organizationId", "agreement.not-a-party");
            identity(path, commitment.id(), context.commitmentIds(), ids, violations);
            violations.plainText(path + ".text", commitment.text());
            if (commitment.target() != null) {
                violations.plainText(path + ".target.indicator", commitment.target().indicator());
                violations.plainText(path + ".target.unit", commitment.target().unit());
            }
        });
    }

    private static void checkCommittee(Terms.Committee committee, Set<UUID> parties, Context context,
                                       Violations violations) {
        var seated = new HashSet<UUID>();
        violations.each("committee.seats", committee.seats(), (path, seats, i) -> {
            UUID id = seats.organizationId();
            if (id == null) {
                return;
            }
            if (!parties.contains(id)) {
                violations.add(path + ".organizationId", "agreement.not-a-party");
            } else if (!seated.add(id)) {
                violations.add(path + ".organizationId", "agreement.committee.duplicate-seats");
            }
        });
        var ids = new HashSet<UUID>();
        violations.each("committee.nominationRules", committee.nominationRules(), (path, rule, i) -> {
            identity(path, rule.id(), context.nominationRuleIds(), ids, violations);
            violations.when(rule.nominatingOrganizationId() != null && !parties.contains(rule.nominatingOrganizationId()),
                    path + ".nominatingOrganizationId", "agreement.not-a-party");
            violations.when(rule.choosingOrganizationId() != null && !parties.contains(rule.choosingOrganizationId()),
                    path + ".choosingOrganizationId", "agreement.not-a-party");
            violations.when(rule.nominatingOrganizationId() != null
                            && rule.nominatingOrganizationId().equals(rule.choosingOrganizationId()),
                    path + ".choosingOrganizationId", "agreement.committee.same-party");
            violations.when(rule.nominees() != null && rule.seats() != null && rule.nominees() < rule.seats(),
                    path + ".nominees", "agreement.committee.too-few-nominees", rule.seats());
            violations.plainText(path + ".description", rule.description());
        });
    }

    private static void checkCoordination(Terms terms, Violations violations) {
        var inScope = terms.scope() == null ? List.<AidCategory>of() : terms.scope().aidCategories();
        var seen = new HashSet<AidCategory>();
        violations.each("coordination.rules", terms.coordination().rules(), (path, rule, i) -> {
            AidCategory category = rule.aidCategory();
            if (category == null) {
                return;
            }
            if (!seen.add(category)) {
                violations.add(path + ".aidCategory", "agreement.coordination.duplicate");
            } else if (!inScope.isEmpty() && !inScope.contains(category)) {
                violations.add(path + ".aidCategory", "agreement.coordination.outside-scope");
            }
        });
    }

    private static void checkCalendar(List<Terms.CalendarEntry> calendar, Context context, Violations violations) {
        var ids = new HashSet<UUID>();
        violations.each("calendar", calendar, (path, entry, i) -> {
            identity(path, entry.id(), context.calendarEntryIds(), ids, violations);
            violations.when(entry.startDate() != null && entry.endDate() != null
                            && entry.endDate().isBefore(entry.startDate()),
                    path + ".endDate", "agreement.period.end-before-start");
            provinceCodes(path + ".provinces", entry.provinces(), violations);
            violations.plainText(path + ".title", entry.title());
            violations.plainText(path + ".description", entry.description());
        });
    }

    /** An entry's id, when given, must name an entry of this agreement, and only once. */
    private static void identity(String path, UUID id, Set<UUID> existing, Set<UUID> seen, Violations violations) {
        if (id == null) {
            return;
        }
        if (!seen.add(id)) {
            violations.add(path + ".id", "agreement.entry.duplicate-id");
        } else if (!existing.contains(id)) {
            violations.add(path + ".id", "agreement.entry.unknown-id");
        }
    }

    /** Province codes in their two ASCII digits, as stored and published ({@code ۲۶} → {@code 26}). */
    public static List<String> canonicalProvinces(List<String> codes) {
        var canonical = new ArrayList<String>(codes.size());
        for (String code : codes) {
            String value = Provinces.byCode(code).orElseThrow().code();
            if (!canonical.contains(value)) {
                canonical.add(value);
            }
        }
        return canonical;
    }
}

package org.hamyar.beneficiaries.aid.service;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.hamyar.api.security.Actor;
import org.hamyar.beneficiaries.access.Access;
import org.hamyar.beneficiaries.access.ReadLog;
import org.hamyar.beneficiaries.access.RecordAccess;
import org.hamyar.beneficiaries.aid.Aid;
import org.hamyar.beneficiaries.aid.AidCategory;
import org.hamyar.beneficiaries.household.repository.HouseholdRepository;
import org.hamyar.beneficiaries.person.Person;
import org.hamyar.beneficiaries.person.PersonRecord;
import org.hamyar.beneficiaries.person.repository.PersonRepository;

/**
 * A partner system's question by the keyed hash alone (docs/product.md §4): has this person received
 * aid of a category in a period? Like the overlap check, the answer tells that such aid exists
 * anywhere in the network, and shows of it only what the caller may see. An unknown hash and a
 * person without such aid answer alike: no existence oracle beyond the question itself.
 */
@ApplicationScoped
public class HashCheckService {

    /** More records than any person has of one category; a bound, not a page. */
    static final int MOST_RECORDS = 500;

    private final PersonRepository persons;
    private final HouseholdRepository households;
    private final RecordAccess access;
    private final ReadLog readLog;

    HashCheckService(PersonRepository persons, HouseholdRepository households, RecordAccess access, ReadLog readLog) {
        this.persons = persons;
        this.households = households;
        this.access = access;
        this.readLog = readLog;
    }

    /** @param received some agency gave it; {@code visible}: the part the caller may see, newest period first */
    public record Answer(boolean received, List<Aid> visible) {

        static Answer no() {
            return new Answer(false, List.of());
        }
    }

    @Transactional
    public Answer check(Actor actor, String personHash, AidCategory category, LocalDate from, LocalDate to) {
        Set<UUID> partners = access.partners(actor);
        Optional<Person> person = persons.find("personHash", personHash.toLowerCase(java.util.Locale.ROOT)).firstResultOptional();
        if (person.isEmpty()) {
            return Answer.no();
        }
        List<Aid> received = received(person.get().id, category, from, to);
        if (received.isEmpty()) {
            return Answer.no();
        }
        UUID personId = person.get().id;
        Map<UUID, Access> households = new HashMap<>();
        for (UUID household : new HashSet<>(received.stream().map(a -> a.householdId).filter(Objects::nonNull).toList())) {
            households.put(household, Access.of(actor, this.households.registrants(household), partners));
        }
        // aid outside any household is the person's own: whoever may see the person may see it
        Access personAccess = Access.of(actor,
                persons.records(personId).stream().map(PersonRecord::organizationId).toList(), partners);
        List<Aid> visible = received.stream()
                .filter(a -> (a.householdId == null ? personAccess : households.get(a.householdId)).granted())
                .filter(a -> actor.auditsNetwork() || actor.belongsTo(a.providerOrganizationId)
                        || partners.contains(a.providerOrganizationId))
                .toList();
        readLog.households(actor, visible.stream().map(a -> a.householdId)
                .filter(h -> h != null && households.get(h).logged()).distinct().toList());
        if (personAccess.logged() && visible.stream().anyMatch(a -> a.householdId == null)) {
            readLog.persons(actor, List.of(personId));
        }
        return new Answer(true, visible);
    }

    /**
     * The person's unrevoked aid of the category whose period meets [from, to]: personal aid that
     * names them; for a household category, aid of the household they head or belong to now (the
     * union of the organisations' versions), aid of a household they belonged to that was recorded
     * while they did, and household aid given to them outside any household — the aid the overlap
     * check counts for a household they are in. Index ranges of {@code aid_person_category_start},
     * {@code aid_household_category_start} and {@code household_membership_person}.
     */
    @SuppressWarnings("unchecked")
    private List<Aid> received(UUID personId, AidCategory category, LocalDate from, LocalDate to) {
        String subject = category.subject() == AidCategory.Subject.PERSON ? "a.person_id = :person"
                : "a.id in (select x.id from aid x where x.category = :category and x.household_id in"
                + " (select h.id from household h where h.head_person_id = :person"
                + " union select m.household_id from household_member m where m.person_id = :person)"
                + " union select x.id from household_membership hm join aid x on x.household_id = hm.household_id"
                + " and x.category = :category and x.recorded_at >= hm.valid_from and x.recorded_at < hm.valid_to"
                + " where hm.person_id = :person and hm.valid_to is not null"
                + " union select x.id from aid x where x.person_id = :person and x.category = :category"
                + " and x.household_id is null)";
        var query = persons.getEntityManager().createNativeQuery("select a.* from aid a where a.category = :category"
                + " and a.status <> 'REVOKED' and " + subject
                + (from == null ? "" : " and coalesce(a.period_end, a.period_start) >= :from")
                + (to == null ? "" : " and a.period_start <= :to")
                + " order by a.period_start desc, a.id desc limit " + MOST_RECORDS, Aid.class)
                .setParameter("category", category.name())
                .setParameter("person", personId);
        if (from != null) {
            query.setParameter("from", from);
        }
        if (to != null) {
            query.setParameter("to", to);
        }
        return query.getResultList();
    }
}

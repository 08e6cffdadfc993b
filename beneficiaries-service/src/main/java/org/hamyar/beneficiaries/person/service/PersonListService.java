package org.hamyar.beneficiaries.person.service;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.hamyar.api.paging.Page;
import org.hamyar.api.paging.PageRequest;
import org.hamyar.api.security.Actor;
import org.hamyar.beneficiaries.access.ReadLog;
import org.hamyar.beneficiaries.access.RecordAccess;
import org.hamyar.beneficiaries.access.ShownVersion;
import org.hamyar.beneficiaries.person.Person;
import org.hamyar.beneficiaries.person.PersonRecord;
import org.hamyar.beneficiaries.person.PersonView;
import org.hamyar.beneficiaries.person.repository.PersonListRepository;
import org.hamyar.beneficiaries.person.repository.PersonRepository;

/**
 * The persons an organisation may see, listed (docs/product.md §4): its own registrations and, for
 * persons it did not register, the version of a data-sharing partner (an auditor: the network).
 * Every person shown from another organisation's version is a logged read, one statement per page.
 */
@ApplicationScoped
public class PersonListService {

    private final PersonListRepository lists;
    private final PersonRepository persons;
    private final RecordAccess access;
    private final ReadLog readLog;

    PersonListService(PersonListRepository lists, PersonRepository persons, RecordAccess access, ReadLog readLog) {
        this.lists = lists;
        this.persons = persons;
        this.access = access;
        this.readLog = readLog;
    }

    @Transactional
    public Page<PersonView> list(Actor actor, PersonListRepository.Filter filter, PageRequest page) {
        ShownVersion reader = ShownVersion.of(actor, access.partners(actor));
        Page<PersonRecord> versions = lists.list(reader, filter, page);
        List<UUID> ids = versions.items().stream().map(PersonRecord::personId).toList();
        Map<UUID, Person> identities = ids.isEmpty() ? Map.of() : persons.identities(ids);
        readLog.persons(actor, versions.items().stream()
                .filter(v -> reader.logged(v.organizationId())).map(PersonRecord::personId).toList());
        // the review flag compares versions: lists leave it out (GET /api/persons/{id} shows it)
        return versions.map(v -> new PersonView(identities.get(v.personId()), v, null));
    }
}

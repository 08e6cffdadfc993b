package org.hamyar.beneficiaries.duplicate.event;

import org.hamyar.beneficiaries.duplicate.DuplicateFlag;
import org.hamyar.beneficiaries.person.Person;
import org.hamyar.events.beneficiaries.PersonsMerged;

/** The event of a merge: ids and keyed hashes, never a name, code or document number. */
public final class DuplicateEventMapper {

    private DuplicateEventMapper() {
    }

    public static PersonsMerged merged(DuplicateFlag flag, Person survivor, Person merged) {
        return new PersonsMerged(survivor.id, survivor.personHash, merged.id, merged.personHash, flag.id,
                flag.decidedByOrganizationId, flag.decidedAt);
    }
}

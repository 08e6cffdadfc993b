package org.hamyar.beneficiaries.enrolment.event;

import org.hamyar.beneficiaries.enrolment.Enrolment;
import org.hamyar.events.beneficiaries.EnrolmentCreated;
import org.hamyar.events.beneficiaries.EnrolmentEnded;

/** From an enrolment to its events: ids, category, dates; a person by the network's keyed hash. */
public final class EnrolmentEventMapper {

    private EnrolmentEventMapper() {
    }

    /** @param personHash the enrolled person's keyed hash, null when a household is enrolled */
    public static EnrolmentCreated created(Enrolment e, String personHash) {
        return new EnrolmentCreated(e.id, e.organizationId, e.category.name(), e.householdId, e.personId, personHash,
                e.startDate, e.endDate, e.createdAt);
    }

    public static EnrolmentEnded ended(Enrolment e, String personHash) {
        return new EnrolmentEnded(e.id, e.organizationId, e.category.name(), e.householdId, e.personId, personHash,
                e.startDate, e.endDate, e.endedAt);
    }
}

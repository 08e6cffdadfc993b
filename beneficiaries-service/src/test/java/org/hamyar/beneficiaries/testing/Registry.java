package org.hamyar.beneficiaries.testing;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.enterprise.context.ApplicationScoped;

import org.hamyar.api.security.Actor;
import org.hamyar.api.security.Roles;
import org.hamyar.beneficiaries.household.EnrolmentCategory;
import org.hamyar.beneficiaries.household.HouseholdDetails;
import org.hamyar.beneficiaries.household.Relation;
import org.hamyar.beneficiaries.household.service.HouseholdService;
import org.hamyar.beneficiaries.person.Address;
import org.hamyar.beneficiaries.person.DisabilitySeverity;
import org.hamyar.beneficiaries.person.DisabilityType;
import org.hamyar.beneficiaries.person.PersonDetails;
import org.hamyar.beneficiaries.person.Sex;
import org.hamyar.beneficiaries.person.service.PersonService;

/**
 * Persons and households with the names, dates, places and disabilities a list test filters on,
 * registered through the services as the organisation's own requests would be.
 */
@ApplicationScoped
public class Registry {

    private final PersonService persons;
    private final HouseholdService households;

    Registry(PersonService persons, HouseholdService households) {
        this.persons = persons;
        this.households = households;
    }

    /** A person as one organisation writes them down. */
    public record Someone(String code, String firstName, String lastName, LocalDate birthDate, Sex sex,
                          DisabilityType disability, String province, String county, boolean rural) {

        public Someone named(String first, String last) {
            return new Someone(code, first, last, birthDate, sex, disability, province, county, rural);
        }

        public Someone sex(Sex other) {
            return new Someone(code, firstName, lastName, birthDate, other, disability, province, county, rural);
        }

        PersonDetails details() {
            return new PersonDetails(code, firstName, lastName, null, birthDate, sex, disability,
                    disability == null ? null : DisabilitySeverity.MODERATE, null, address());
        }

        Address address() {
            return new Address(province, county, null, rural);
        }
    }

    public static Someone someone(String first, String last, LocalDate born, Sex sex, DisabilityType disability,
                                  String province, String county, boolean rural) {
        return new Someone(NationalCodes.random(), first, last, born, sex, disability, province, county, rural);
    }

    /** Registers the person for the organisation; returns the identity's id. */
    public UUID person(UUID organization, Someone someone) {
        return persons.register(actor(organization), someone.details()).person().id;
    }

    /** Registers a household (the head's place is the household's) with the members as spouse and children. */
    public UUID household(UUID organization, EnrolmentCategory enrolment, Someone head, Someone... members) {
        List<HouseholdDetails.Member> family = Arrays.stream(members)
                .map(m -> new HouseholdDetails.Member(m.details(), Relation.CHILD)).toList();
        return households.register(actor(organization), new HouseholdDetails(head.details(), family, head.address(), enrolment))
                .household().household().id;
    }

    /** A county nobody else registers in: a test's own corner of the shared database. */
    public static String county() {
        StringBuilder county = new StringBuilder("شهر ");
        String letters = "ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهی";
        for (int i = 0; i < 8; i++) {
            county.append(letters.charAt(ThreadLocalRandom.current().nextInt(letters.length())));
        }
        return county.toString();
    }

    private static Actor actor(UUID organization) {
        return Actor.of(organization, "officer", Roles.OFFICER);
    }
}

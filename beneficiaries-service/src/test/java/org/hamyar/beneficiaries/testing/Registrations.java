package org.hamyar.beneficiaries.testing;

import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hamyar.api.security.Actor;
import org.hamyar.api.security.Roles;
import org.hamyar.beneficiaries.person.mapping.PersonMapper;
import org.hamyar.beneficiaries.person.rest.PersonRequest;
import org.hamyar.beneficiaries.person.service.PersonService;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Persons another organisation registered before the request under test, through the service. */
@ApplicationScoped
public class Registrations {

    private final PersonService persons;
    private final ObjectMapper json;

    Registrations(PersonService persons, ObjectMapper json) {
        this.persons = persons;
        this.json = json;
    }

    /** Registers the person (a POST /api/persons body) for the organisation; returns the person's id. */
    public UUID person(UUID organization, Map<String, Object> body) {
        PersonRequest request = json.convertValue(body, PersonRequest.class);
        return persons.register(Actor.of(organization, "officer", Roles.OFFICER), PersonMapper.details(request)).person().id;
    }
}

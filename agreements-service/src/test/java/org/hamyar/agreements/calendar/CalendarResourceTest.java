package org.hamyar.agreements.calendar;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamyar.agreements.testing.Fixtures.activeAgreement;
import static org.hamyar.agreements.testing.Fixtures.draft;
import static org.hamyar.agreements.testing.Fixtures.qazvin;
import static org.hamyar.agreements.testing.Fixtures.terms;
import static org.hamyar.agreements.testing.Fixtures.today;
import static org.hamyar.agreements.testing.Users.as;
import static org.hamyar.agreements.testing.Users.coordinatorOf;
import static org.hamyar.agreements.testing.Users.officerOf;
import static org.hamyar.agreements.testing.Users.token;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The executive calendars in JSON with Jalali dates and as iCalendar that a real reader parses. */
@QuarkusTest
class CalendarResourceTest {

    @BeforeAll
    static void explainFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void anAgreementsCalendarInJsonHasBothCalendars() {
        var agreement = activeAgreement();
        as(officerOf(agreement.second())).get("/api/agreements/" + agreement.id() + "/calendar")
                .then().statusCode(200)
                .contentType(containsString("application/json"))
                .body("[0].title", equalTo("جشن نیکوکاری"))
                .body("[0].kind", equalTo("FESTIVAL"))
                .body("[0].startDate", equalTo("2027-03-01"))
                .body("[0].startDateJalali", equalTo("1405-12-10"))
                .body("[0].endDateJalali", equalTo("1405-12-20"))
                .body("[0].provinces", equalTo(List.of("26")));
    }

    @Test
    void theSameCalendarAsICalendarParsesWithAConformingReader() throws Exception {
        var agreement = activeAgreement();
        String entryId = as(officerOf(agreement.second())).get("/api/agreements/" + agreement.id() + "/calendar")
                .then().extract().path("[0].id");

        var response = given().auth().oauth2(token(officerOf(agreement.second())))
                .accept("text/calendar").header("Accept-Language", "fa")
                .get("/api/agreements/" + agreement.id() + "/calendar")
                .then().statusCode(200)
                .contentType(containsString("text/calendar"))
                .extract();
        String ics = response.asString();
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").contains("DTSTART;VALUE=DATE:20270301\r\n");
        assertThat(Arrays.stream(ics.split("\r\n")))
                .allSatisfy(line -> assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));

        List<VEvent> events = new CalendarBuilder().build(new StringReader(ics)).getComponents(Component.VEVENT);
        assertThat(events).hasSize(1);
        VEvent festival = events.getFirst();
        assertThat(festival.getProperty(Property.UID).orElseThrow().getValue()).isEqualTo(entryId + "@hamyar");
        assertThat(festival.getProperty(Property.SUMMARY).orElseThrow().getValue()).isEqualTo("جشن نیکوکاری");
        assertThat(festival.getProperty(Property.DTEND).orElseThrow().getValue()).isEqualTo("20270312");
        assertThat(festival.getProperty(Property.DESCRIPTION).orElseThrow().getValue())
                .contains("1405-12-10 تا 1405-12-20");

        given().auth().oauth2(token(officerOf(agreement.second())))
                .queryParam("format", "ics")
                .get("/api/agreements/" + agreement.id() + "/calendar")
                .then().statusCode(200).contentType(containsString("text/calendar"))
                .body(containsString("SUMMARY:جشن نیکوکاری"));
    }

    @Test
    void theNetworkCalendarFiltersByPeriodProvinceAndOrganisationAndLeavesDraftsOut() {
        var agreement = activeAgreement();
        UUID relief = qazvin("RELIEF_COMMITTEE");
        UUID rural = qazvin("RURAL_AFFAIRS");
        UUID draftId = draft(relief, terms(relief, rural, today(), null));

        as(coordinatorOf(relief)).queryParam("from", "1405-12-01").queryParam("to", "1405-12-29")
                .queryParam("organization", agreement.first().toString())
                .get("/api/calendar")
                .then().statusCode(200)
                .body("fromJalali", equalTo("1405-12-01"))
                .body("total", equalTo(1))
                .body("items[0].agreementId", equalTo(agreement.id().toString()))
                .body("items[0].startDateJalali", equalTo("1405-12-10"));
        as(coordinatorOf(relief)).queryParam("from", "1405-12-01").queryParam("to", "1405-12-29")
                .queryParam("organization", relief.toString())
                .get("/api/calendar")
                .then().body("total", equalTo(0));
        as(coordinatorOf(relief)).queryParam("from", "1405-12-01").queryParam("to", "1405-12-29").queryParam("province", "23")
                .queryParam("size", 200)
                .get("/api/calendar")
                .then().body("items.agreementId", not(hasItem(agreement.id().toString())));
        as(coordinatorOf(relief)).queryParam("from", "1405-12-01").queryParam("to", "1405-12-29").queryParam("province", "۲۶")
                .queryParam("size", 200)
                .get("/api/calendar")
                .then().body("items.agreementId", hasItem(agreement.id().toString()))
                .body("items.agreementId", not(hasItem(draftId.toString())));
        as(coordinatorOf(relief)).queryParam("from", "1405-12-21").queryParam("to", "1405-12-29")
                .queryParam("organization", agreement.first().toString())
                .get("/api/calendar")
                .then().body("total", equalTo(0));

        String ics = given().auth().oauth2(token(coordinatorOf(relief))).accept("text/calendar")
                .queryParam("from", "1405-12-01").queryParam("to", "1405-12-29")
                .queryParam("organization", agreement.first().toString())
                .get("/api/calendar").then().statusCode(200).extract().asString();
        assertThat(ics).contains("X-WR-CALNAME:Hamyar: network executive calendar").contains("SUMMARY:جشن نیکوکاری");
    }

    @Test
    void aBadPeriodIs400() {
        var agreement = activeAgreement();
        as(officerOf(agreement.first())).queryParam("from", "1405-12-29").queryParam("to", "1405-01-01").get("/api/calendar")
                .then().statusCode(400).body("errors.field", hasItem("to"));
        as(officerOf(agreement.first())).queryParam("from", "1400-01-01").queryParam("to", "1410-01-01").get("/api/calendar")
                .then().statusCode(400).body("errors.field", hasItem("to"));
        as(officerOf(agreement.first())).queryParam("format", "pdf").get("/api/calendar")
                .then().statusCode(400).body("errors.field", hasItem("format"));
    }
}

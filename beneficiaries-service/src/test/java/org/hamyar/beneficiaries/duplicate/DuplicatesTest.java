package org.hamyar.beneficiaries.duplicate;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.hamyar.beneficiaries.aid.AidCategory;
import org.hamyar.beneficiaries.aid.service.AidService;
import org.hamyar.beneficiaries.duplicate.service.DuplicateService;
import org.hamyar.beneficiaries.person.repository.PersonRepository;
import org.hamyar.beneficiaries.testing.AgreementsTopic;
import org.hamyar.beneficiaries.testing.Arrange;
import org.hamyar.beneficiaries.testing.BeneficiaryEventsReader;
import org.hamyar.beneficiaries.testing.Bodies;
import org.hamyar.beneficiaries.testing.Database;
import org.hamyar.beneficiaries.testing.NationalCodes;
import org.hamyar.beneficiaries.testing.Names;
import org.hamyar.beneficiaries.testing.Registrations;
import org.hamyar.events.agreements.AgreementEvents;
import org.hamyar.events.agreements.AgreementTerminated;
import org.hamyar.events.beneficiaries.BeneficiaryEvents;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;

/**
 * docs/product.md §4 "Duplicates": a new person close to an existing one is flagged with a score and
 * the agreeing fields; only an organisation that may see both persons sees the flag, and a
 * coordinator of one merges (everything moves to the survivor, PersonsMerged) or dismisses it (never
 * flagged again).
 */
@QuarkusTest
class DuplicatesTest {

    /** The caller's organisation in most tests. */
    static final String WELFARE = "7d000000-0000-4000-8000-0000000000e1";
    /** Another agency; shares nothing with the welfare office unless a test signs an agreement. */
    static final String RELIEF = "7d000000-0000-4000-8000-0000000000e2";
    static final String MUNICIPALITY = "7d000000-0000-4000-8000-0000000000e3";
    /** An NGO that registered neither person. */
    static final String NGO = "7d000000-0000-4000-8000-0000000000e4";

    @Inject
    Arrange arrange;

    @Inject
    Registrations registrations;

    @Inject
    DuplicateService duplicates;

    @Inject
    PersonRepository persons;

    @Inject
    org.hamyar.beneficiaries.duplicate.repository.DuplicateFlagRepository flags;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    /** A person no other test has: made-up names, a national code, Alborz county in Qazvin. */
    static Map<String, Object> someone() {
        Map<String, Object> body = new HashMap<>(Bodies.person(NationalCodes.random()));
        body.put("firstName", Names.random());
        body.put("lastName", Names.random());
        body.put("fatherName", Names.random());
        body.put("birthDate", "1360-05-12");
        body.remove("disability");
        body.remove("phone");
        return body;
    }

    /**
     * The same person as another agency typed them: Arabic kaf and yeh, a ZWNJ inside the last name,
     * the birth date in Persian digits, no national code but an Amayesh card.
     */
    static Map<String, Object> retyped(Map<String, Object> original) {
        Map<String, Object> body = new HashMap<>(original);
        body.remove("nationalCode");
        String last = (String) original.get("lastName");
        body.put("lastName", (last.substring(0, 3) + "\u200C" + last.substring(3)).replace('ک', 'ك'));
        body.put("firstName", " " + ((String) original.get("firstName")).replace('ک', 'ك') + " ");
        body.put("birthDate", "۱۳۶۰/۰۵/۱۲");
        body.put("identityDocument", Map.of("type", "AMAYESH", "number", Names.digits(9)));
        return body;
    }

    UUID flagOf(UUID person, UUID candidate) {
        return UUID.fromString(arrange.database().text(
                "select id::text from duplicate_flag where person_id = ? and candidate_id = ?", person, candidate));
    }

    @Test
    @TestSecurity(user = "coordinator.welfare", roles = "coordinator")
    @OidcSecurity(claims = @Claim(key = "org", value = WELFARE))
    void aRetypedPersonWithoutACodeIsFlaggedWithItsScoreAndAgreeingFieldsAndAStrangerIsNot() {
        Map<String, Object> original = someone();
        UUID existing = registrations.person(Arrange.org(WELFARE), original);

        String id = given().contentType(ContentType.JSON).body(retyped(original)).when().post("/api/persons")
                .then().statusCode(201).extract().path("id");
        UUID newcomer = UUID.fromString(id);
        UUID flag = flagOf(newcomer, existing);

        given().when().get("/api/duplicates/" + flag).then().statusCode(200)
                .body("personId", equalTo(id))
                .body("candidateId", equalTo(existing.toString()))
                .body("status", equalTo("OPEN"))
                .body("score", greaterThanOrEqualTo(0.95f))
                .body("agreeingFields", hasItems("firstName", "lastName", "fatherName", "birthDate", "province", "county", "sex"))
                .body("flaggedAtJalali", org.hamcrest.Matchers.notNullValue());
        given().when().get("/api/duplicates?status=OPEN&size=200").then().statusCode(200)
                .body("items.id", hasItem(flag.toString()));
        given().when().get("/api/duplicates?status=DISMISSED&size=200").then().statusCode(200)
                .body("items.id", not(hasItem(flag.toString())));

        // clearly someone else: other names, born years apart
        Map<String, Object> stranger = someone();
        stranger.put("birthDate", "1371-02-03");
        String strangerId = given().contentType(ContentType.JSON).body(stranger).when().post("/api/persons")
                .then().statusCode(201).extract().path("id");
        Database db = arrange.database();
        assertThat(db.count("select count(*) from duplicate_flag where person_id = ? or candidate_id = ?",
                UUID.fromString(strangerId), UUID.fromString(strangerId))).isZero();
        // the existing national code links the identity: no second person, nothing to flag
        registrations.person(Arrange.org(RELIEF), original);
        assertThat(db.count("select count(*) from duplicate_flag where person_id = ? or candidate_id = ?", existing, existing))
                .isOne();
        // bad parameters are 400s naming them
        given().when().get("/api/duplicates?status=MAYBE").then().statusCode(400);
        given().when().get("/api/duplicates?page=2147483647&size=200").then().statusCode(200);
        given().when().get("/api/duplicates?size=201").then().statusCode(400);
    }

    @Test
    @TestSecurity(user = "coordinator.welfare", roles = "coordinator")
    @OidcSecurity(claims = @Claim(key = "org", value = WELFARE))
    void aMergeMovesRegistrationsHeadshipAndAidToTheSurvivorAndPublishesPersonsMerged() {
        // the welfare office registered a family headed by the person, and gave them aid
        Map<String, Object> original = someone();
        Map<String, Object> head = new HashMap<>(original);
        head.remove("address");
        Map<String, Object> household = new HashMap<>(Map.of("head", head, "members", List.of(Bodies.member(NationalCodes.random(), "SPOUSE")),
                "address", Bodies.address("البرز")));
        UUID householdId = UUID.fromString(given().contentType(ContentType.JSON).body(household).when().post("/api/households")
                .then().statusCode(201).extract().path("id"));
        UUID duplicate = UUID.fromString(arrange.database().text("select head_person_id::text from household where id = ?", householdId));
        assertThat(arrange.aid(Arrange.org(WELFARE), householdId, duplicate, AidCategory.DOWRY, LocalDate.now()))
                .isInstanceOf(AidService.Granted.class);
        arrange.aid(Arrange.org(WELFARE), householdId, null, AidCategory.FOOD_BASKET, LocalDate.now());
        // and lists them as a member of their parents' household too
        Map<String, Object> parent = someone();
        parent.remove("address");
        Map<String, Object> asMember = new HashMap<>(original);
        asMember.remove("address");
        asMember.put("relation", "CHILD");
        UUID parentsHousehold = UUID.fromString(given().contentType(ContentType.JSON)
                .body(Map.of("head", parent, "members", List.of(asMember), "address", Bodies.address("البرز")))
                .when().post("/api/households").then().statusCode(201).extract().path("id"));
        // the municipality registered the same person by the code too
        registrations.person(Arrange.org(MUNICIPALITY), original);
        // the relief committee registered them again by an Amayesh card: a new person, flagged
        Map<String, Object> retyped = retyped(original);
        UUID survivor = registrations.person(Arrange.org(RELIEF), retyped);
        // and so did the welfare office, which now sees both
        registrations.person(Arrange.org(WELFARE), retyped);
        UUID flag = flagOf(survivor, duplicate);

        given().contentType(ContentType.JSON).body(Map.of("survivingPersonId", UUID.randomUUID()))
                .when().post("/api/duplicates/" + flag + "/merge")
                .then().statusCode(400).body("errors.field", equalTo(List.of("survivingPersonId")));
        given().contentType(ContentType.JSON).body(Map.of()).when().post("/api/duplicates/" + flag + "/merge")
                .then().statusCode(400).body("errors.field", equalTo(List.of("survivingPersonId")));

        given().contentType(ContentType.JSON).body(Map.of("survivingPersonId", survivor.toString()))
                .when().post("/api/duplicates/" + flag + "/merge")
                .then().statusCode(200)
                .body("status", equalTo("MERGED"))
                .body("survivingPersonId", equalTo(survivor.toString()))
                .body("decidedByOrganizationId", equalTo(WELFARE));

        Database db = arrange.database();
        assertThat(db.text("select head_person_id::text from household where id = ?", householdId)).isEqualTo(survivor.toString());
        assertThat(db.count("select count(*) from aid where household_id = ? and person_id = ?", householdId, survivor))
                .as("the dowry moved").isOne();
        assertThat(db.count("select count(*) from aid where person_id = ?", duplicate)).isZero();
        assertThat(db.count("select count(*) from household_member where household_id = ? and person_id = ?",
                parentsHousehold, survivor)).as("the membership moved").isOne();
        assertThat(db.count("select count(*) from household_registration_member where household_id = ? and person_id = ?",
                parentsHousehold, survivor)).as("in the welfare office's version too").isOne();
        assertThat(db.count("select count(*) from household_member where person_id = ?", duplicate)
                + db.count("select count(*) from household_registration_member where person_id = ?", duplicate)).isZero();
        assertThat(db.count("select count(*) from aid where household_id = ?", householdId)).as("nothing lost").isEqualTo(2);
        assertThat(db.count("select count(*) from person_registration where person_id = ?", survivor))
                .as("relief, welfare (its version of the survivor) and the municipality's moved version").isEqualTo(3);
        assertThat(db.count("select count(*) from person_registration where person_id = ?", duplicate)).isZero();
        assertThat(db.text("select merged_into::text from person where id = ?", duplicate)).isEqualTo(survivor.toString());

        // the merged id answers with the survivor; its national code too
        given().when().get("/api/persons/" + duplicate).then().statusCode(200).body("id", equalTo(survivor.toString()));
        assertThat(registrations.person(Arrange.org(NGO), original)).isEqualTo(survivor);

        // the overlap rules see the merged aid: a second dowry for the same person is blocked
        Map<String, Object> dowry = Bodies.aid(householdId, "DOWRY", 50_000_000L, LocalDate.now());
        dowry.put("personId", survivor.toString());
        given().contentType(ContentType.JSON).body(dowry).when().post("/api/aid").then().statusCode(409)
                .body("type", endsWith("overlap-blocked"));

        ConsumerRecord<String, String> event = BeneficiaryEventsReader.first(
                BeneficiaryEventsReader.ofType(BeneficiaryEvents.PERSONS_MERGED.type(), duplicate),
                Duration.ofSeconds(30)).orElseThrow(() -> new AssertionError("no PersonsMerged for " + duplicate));
        assertThat(event.key()).isEqualTo(survivor.toString());
        assertThat(event.value()).contains(survivor.toString(), flag.toString(),
                        db.text("select person_hash from person where id = ?", duplicate),
                        db.text("select person_hash from person where id = ?", survivor))
                .doesNotContain((String) original.get("firstName"), (String) original.get("nationalCode"));

        given().contentType(ContentType.JSON).body(Map.of("survivingPersonId", survivor.toString()))
                .when().post("/api/duplicates/" + flag + "/merge")
                .then().statusCode(409).body("type", endsWith("duplicate-not-open"));
    }

    @Test
    @TestSecurity(user = "coordinator.welfare", roles = "coordinator")
    @OidcSecurity(claims = @Claim(key = "org", value = WELFARE))
    void twoHeadsOfHouseholdsCannotBeMerged() {
        Map<String, Object> original = someone();
        UUID first = arrange.household(Arrange.org(WELFARE), (String) original.get("nationalCode"));
        UUID firstHead = UUID.fromString(arrange.database().text("select head_person_id::text from household where id = ?", first));
        Map<String, Object> head = retyped(original);
        head.remove("address");
        UUID second = UUID.fromString(given().contentType(ContentType.JSON)
                .body(Map.of("head", head, "members", List.of(), "address", Bodies.address("البرز")))
                .when().post("/api/households").then().statusCode(201).extract().path("id"));
        UUID secondHead = UUID.fromString(arrange.database().text("select head_person_id::text from household where id = ?", second));
        // the arranged household's head has the shared test names: flag this pair by hand
        QuarkusTransaction.requiringNew().run(() ->
                flags.flagIfNew(secondHead, firstHead, 0.9,
                        List.of("birthDate"), Instant.now()));
        UUID flag = flagOf(secondHead, firstHead);
        given().contentType(ContentType.JSON).body(Map.of("survivingPersonId", firstHead.toString()))
                .when().post("/api/duplicates/" + flag + "/merge")
                .then().statusCode(409).body("type", endsWith("merge-conflict"));
        assertThat(arrange.database().text("select status from duplicate_flag where id = ?", flag)).isEqualTo("OPEN");
        assertThat(arrange.database().text("select head_person_id::text from household where id = ?", second))
                .as("nothing half-written").isEqualTo(secondHead.toString());
    }

    @Test
    @TestSecurity(user = "coordinator.welfare", roles = "coordinator")
    @OidcSecurity(claims = @Claim(key = "org", value = WELFARE))
    void aDismissedPairIsNeverFlaggedAgain() {
        Map<String, Object> original = someone();
        UUID existing = registrations.person(Arrange.org(WELFARE), original);
        UUID newcomer = registrations.person(Arrange.org(WELFARE), retyped(original));
        UUID flag = flagOf(newcomer, existing);

        given().when().post("/api/duplicates/" + flag + "/dismiss").then().statusCode(200)
                .body("status", equalTo("DISMISSED"))
                .body("decidedByOrganizationId", equalTo(WELFARE));
        given().when().post("/api/duplicates/" + flag + "/dismiss").then().statusCode(409)
                .body("type", endsWith("duplicate-not-open"));

        // the finder still holds them alike, in either order, but the pair stays dismissed
        QuarkusTransaction.requiringNew().run(() -> duplicates.flagCandidates(persons.findById(newcomer), Instant.now()));
        QuarkusTransaction.requiringNew().run(() -> duplicates.flagCandidates(persons.findById(existing), Instant.now()));
        Database db = arrange.database();
        assertThat(db.count("select count(*) from duplicate_flag where least(person_id, candidate_id) = least(?::uuid, ?::uuid) "
                + "and greatest(person_id, candidate_id) = greatest(?::uuid, ?::uuid)", existing, newcomer, existing, newcomer)).isOne();
        assertThat(db.text("select status from duplicate_flag where id = ?", flag)).isEqualTo("DISMISSED");
        // a third registration of the same person is flagged against both, the dismissed pair untouched
        UUID third = registrations.person(Arrange.org(WELFARE), retyped(original));
        assertThat(db.count("select count(*) from duplicate_flag where person_id = ? and status = 'OPEN'", third)).isEqualTo(2);
        given().when().get("/api/duplicates?status=DISMISSED&size=200").then().statusCode(200)
                .body("items.id", hasItem(flag.toString()));
    }

    @Test
    @TestSecurity(user = "officer.welfare", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = WELFARE))
    void officersSeeFlagsButMayNotMergeOrDismiss() {
        Map<String, Object> original = someone();
        UUID existing = registrations.person(Arrange.org(WELFARE), original);
        UUID newcomer = registrations.person(Arrange.org(WELFARE), retyped(original));
        UUID flag = flagOf(newcomer, existing);
        given().when().get("/api/duplicates/" + flag).then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("survivingPersonId", existing.toString()))
                .when().post("/api/duplicates/" + flag + "/merge").then().statusCode(403);
        given().when().post("/api/duplicates/" + flag + "/dismiss").then().statusCode(403);
        assertThat(arrange.database().text("select status from duplicate_flag where id = ?", flag)).isEqualTo("OPEN");
    }

    @Test
    @TestSecurity(user = "coordinator.ngo", roles = "coordinator")
    @OidcSecurity(claims = @Claim(key = "org", value = NGO))
    void anotherOrganisationSeesAFlagOnlyWhileItMaySeeBothPersons() {
        Map<String, Object> original = someone();
        UUID existing = registrations.person(Arrange.org(WELFARE), original);
        UUID newcomer = registrations.person(Arrange.org(RELIEF), retyped(original));
        UUID flag = flagOf(newcomer, existing);

        // shares nothing: the flag does not exist for it
        given().when().get("/api/duplicates/" + flag).then().statusCode(404).body("type", endsWith("duplicate-not-found"));
        given().contentType(ContentType.JSON).body(Map.of("survivingPersonId", existing.toString()))
                .when().post("/api/duplicates/" + flag + "/merge").then().statusCode(404);
        given().when().post("/api/duplicates/" + flag + "/dismiss").then().statusCode(404);
        given().when().get("/api/duplicates?size=200").then().statusCode(200).body("items.id", not(hasItem(flag.toString())));

        // it registered one of the two: still not both
        registrations.person(Arrange.org(NGO), original);
        given().when().get("/api/duplicates/" + flag).then().statusCode(404);

        // an ACTIVE data-sharing agreement with the relief committee: it may see both now
        UUID agreement = arrange.agreement(Arrange.org(RELIEF), Arrange.org(NGO), true, List.of());
        given().when().get("/api/duplicates/" + flag).then().statusCode(200);
        given().when().get("/api/duplicates?size=200").then().statusCode(200).body("items.id", hasItem(flag.toString()));

        // terminated: gone again, and still open
        try (AgreementsTopic topic = new AgreementsTopic()) {
            arrange.database().awaitProcessed(topic.send(AgreementEvents.AGREEMENT_TERMINATED, agreement,
                    new AgreementTerminated(agreement, 1, LocalDate.now(), Instant.now())));
        }
        given().when().get("/api/duplicates/" + flag).then().statusCode(404);
        given().when().post("/api/duplicates/" + flag + "/dismiss").then().statusCode(404);
        assertThat(arrange.database().text("select status from duplicate_flag where id = ?", flag)).isEqualTo("OPEN");
    }
}

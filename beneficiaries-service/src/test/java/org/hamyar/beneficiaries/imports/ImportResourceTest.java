package org.hamyar.beneficiaries.imports;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.hamyar.api.security.Actor;
import org.hamyar.api.security.Roles;
import org.hamyar.beneficiaries.imports.repository.ImportRepository;
import org.hamyar.beneficiaries.imports.service.ImportService;
import org.hamyar.beneficiaries.imports.service.ImportWorker;
import org.hamyar.beneficiaries.testing.AgreementsTopic;
import org.hamyar.beneficiaries.testing.Arrange;
import org.hamyar.beneficiaries.testing.Database;
import org.hamyar.beneficiaries.testing.NationalCodes;
import org.hamyar.events.agreements.AgreementEvents;
import org.hamyar.events.agreements.AgreementTerminated;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;

/**
 * docs/product.md §4 "Imports": an organisation's registry file imported by a background job, each
 * row's outcome with reasons naming the column, nothing imported twice, nothing of another agency
 * disclosed, the job the uploader's (and auditors') alone, and a job resumed after its worker died.
 */
@QuarkusTest
class ImportResourceTest {

    static final String IMPORTER = "7d000000-0000-4000-8000-0000000000a1";
    static final String OTHER = "7d000000-0000-4000-8000-0000000000a2";
    static final String RELIEF = "7d000000-0000-4000-8000-000000000005";
    static final String CSV = "text/csv; charset=utf-8";

    @Inject
    Arrange arrange;

    @Inject
    ImportService imports;

    @Inject
    ImportWorker worker;

    @Inject
    ImportRepository jobs;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    @TestSecurity(user = "officer.importer", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = IMPORTER))
    void everyOddityOfARealFileEndsInAnOutcomeWithItsReasonAndABadRowStopsNoOther() {
        String head = NationalCodes.random();
        String spouse = NationalCodes.random();
        String child = NationalCodes.random();
        String other = NationalCodes.random();
        String bad = "0684159415";
        String text = "\uFEFF" + RegistryCsv.HEADER + "\r\n"
                // Jalali with slashes, a quoted name holding a comma, a quote and a line break
                + "h1,HEAD," + head + ",\"علی, \"\"رضا\"\"\nمحمد\",كاظمي,حسين,1360/05/12,MALE,26,البرز,کوندج,true,RURAL_POOR\r\n"
                + "\r\n"
                // Persian digits in the code and a Jalali date in Persian digits; Persian relation word
                + "h1,همسر," + NationalCodes.persian(spouse) + ",زهرا,احمدی,محمد,۱۳۶۵-۰۲-۰۱,زن,,,,,\r\n"
                // ISO date, Arabic-Indic digits in the province code, the member's own address by province name
                + "h1,CHILD," + child + ",مریم,کریمی,علی,2010-03-21,FEMALE,قزوین,تاکستان,,false,\r\n"
                // invalid check digit
                + "h1,CHILD," + bad + ",حسن,کریمی,علی,1390-01-01,MALE,,,,,\r\n"
                // wrong column count
                + "h1,CHILD," + NationalCodes.random() + ",حسن\r\n"
                // a bad date, an unknown province and a missing first name in one row: all three named
                + "h2,HEAD," + other + ",,کریمی,,1390-13-40,MALE,99,البرز,,,\r\n"
                + "\n";
        String id = upload(text.getBytes(StandardCharsets.UTF_8));
        JsonPath job = awaitDone(id);
        assertThat(job.getInt("rowsTotal")).isEqualTo(6);
        assertThat(job.getInt("rowsDone")).isEqualTo(6);
        assertThat(job.getInt("outcomes.created")).isEqualTo(3);
        assertThat(job.getInt("outcomes.rejected")).isEqualTo(3);

        JsonPath rows = given().queryParam("size", 50).when().get("/api/imports/" + id + "/rows")
                .then().statusCode(200).body("total", equalTo(6)).extract().jsonPath();
        assertThat(rows.getList("items.row", Integer.class)).as("lines of the file, the quoted line break counted")
                .containsExactly(2, 5, 6, 7, 8, 9);
        assertThat(rows.getString("items[0].outcome")).isEqualTo("CREATED");
        assertThat(rows.getString("items[1].outcome")).isEqualTo("CREATED");
        assertThat(rows.getString("items[2].outcome")).isEqualTo("CREATED");
        assertThat(rows.getString("items[3].outcome")).isEqualTo("REJECTED");
        assertThat(rows.getString("items[3].reasons[0].column")).isEqualTo("national_code");
        assertThat(rows.getString("items[3].reasons[0].message")).contains("check digit");
        assertThat(rows.getString("items[4].reasons[0].code")).isEqualTo("column-count");
        assertThat(rows.getList("items[5].reasons.column", String.class))
                .contains("first_name", "birth_date", "province");
        assertThat(rows.getString("items[0].householdId")).isEqualTo(rows.getString("items[2].householdId"));

        Database db = arrange.database();
        assertThat(db.text("select first_name from person where national_code = ?", head))
                .as("the quoted field as written").isEqualTo("علی, \"رضا\"\nمحمد");
        assertThat(db.text("select last_name_normalized from person where national_code = ?", head))
                .as("Arabic letter forms folded for comparison").isEqualTo("کاظمی");
        assertThat(db.text("select birth_date::text from person where national_code = ?", spouse)).isEqualTo("1986-04-21");
        assertThat(db.text("select birth_date::text from person where national_code = ?", head)).isEqualTo("1981-08-03");
        assertThat(db.text("select r.province_code || ' ' || r.county from person_registration r join person p on p.id = r.person_id "
                + "where p.national_code = ?", child)).isEqualTo("26 تاکستان");
        assertThat(db.text("select r.province_code || ' ' || r.county from person_registration r join person p on p.id = r.person_id "
                + "where p.national_code = ?", spouse)).as("a member without an address lives at the household's")
                .isEqualTo("26 البرز");
        assertThat(db.count("select count(*) from household_registration_member m join household h on h.id = m.household_id "
                + "join person p on p.id = h.head_person_id where p.national_code = ?", head)).isEqualTo(2);
        assertThat(db.count("select count(*) from household_registration where enrolment_category = 'RURAL_POOR' and household_id = ?",
                UUID.fromString(rows.getString("items[0].householdId")))).isOne();
        // the events a registration publishes: one per new person, one per new household
        assertThat(db.count("select count(*) from outbox_event where ce_type = 'hamyar.beneficiaries.person-registered.v1' "
                + "and aggregate_id = any(?)", (Object) new String[]{rows.getString("items[0].personId"),
                rows.getString("items[1].personId"), rows.getString("items[2].personId")})).isEqualTo(3);
        assertThat(db.count("select count(*) from outbox_event where ce_type = 'hamyar.beneficiaries.household-registered.v1' "
                + "and aggregate_id = ?", rows.getString("items[0].householdId"))).isOne();
        assertThat(db.text("select payload::text from outbox_event where aggregate_id = ?", rows.getString("items[0].personId")))
                .as("no personal data in events").doesNotContain(head).doesNotContain("کاظمی");

        given().queryParam("outcome", "rejected").when().get("/api/imports/" + id + "/rows")
                .then().statusCode(200).body("total", equalTo(3)).body("items.outcome", hasSize(3));
        given().queryParam("outcome", "SOMETIMES").when().get("/api/imports/" + id + "/rows")
                .then().statusCode(400).body("errors.field", hasItem("outcome"));
        given().queryParam("page", Integer.MAX_VALUE).when().get("/api/imports/" + id + "/rows")
                .then().statusCode(200).body("items", hasSize(0)).body("total", equalTo(6));
    }

    @Test
    @TestSecurity(user = "officer.importer", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = IMPORTER))
    void aHeaderThatIsMissingAColumnOrNamesAnUnknownOneRefusesTheFileAndQueuesNothing() {
        byte[] unknown = ("household,relation,national_code,first_name,last_name,birth_date,sex,province,county,shoe_size\n"
                + "h,HEAD," + NationalCodes.random() + ",علی,کریمی,1360-05-12,MALE,26,البرز,42\n").getBytes(StandardCharsets.UTF_8);
        given().contentType(CSV).body(unknown).when().post("/api/imports")
                .then().statusCode(400).body("type", equalTo("urn:hamyar:problem:import-file-invalid"))
                .body("errors.field", hasItem("header[10]"));
        byte[] missing = ("household,relation,first_name,last_name,birth_date,sex,province,county\n"
                + "h,HEAD,علی,کریمی,1360-05-12,MALE,26,البرز\n").getBytes(StandardCharsets.UTF_8);
        given().contentType(CSV).header("Accept-Language", "fa").body(missing).when().post("/api/imports")
                .then().statusCode(400).body("errors.field", hasItem("header.national_code"))
                .body("title", equalTo("پرونده قابل ورود نیست"));
        given().contentType(CSV).body(new byte[]{(byte) 0xC3, (byte) 0x28}).when().post("/api/imports")
                .then().statusCode(400).body("errors.field", hasItem("body"));
        // a Persian header is as good as an English one
        String persian = "خانوار,نسبت,کد ملی,نام,نام خانوادگی,تاریخ تولد,جنسیت,استان,شهرستان\n"
                + "p1,سرپرست," + NationalCodes.random() + "," + RegistryCsv.name(new java.util.Random()) + ",کریمی,1360-05-12,مرد,26,البرز\n";
        String id = upload(persian.getBytes(StandardCharsets.UTF_8));
        assertThat(awaitDone(id).getInt("outcomes.created")).isOne();
        given().contentType("application/json").body("{}").when().post("/api/imports").then().statusCode(415);
    }

    @Test
    @TestSecurity(user = "officer.importer", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = IMPORTER))
    void theSameFileUploadedTwiceAnswersTheFirstJobAndImportsNothingTwice() {
        byte[] file = new RegistryCsv().household("t1", 2).household("t2", 1).bytes();
        String id = upload(file);
        awaitDone(id);
        given().contentType(CSV).body(file).when().post("/api/imports")
                .then().statusCode(200).header("Location", containsString("/api/imports/" + id)).body("id", equalTo(id))
                .body("outcomes.created", equalTo(5));
        Database db = arrange.database();
        assertThat(db.count("select count(*) from import_job where organization_id = ? and content_hash = "
                + "(select content_hash from import_job where id = ?)", UUID.fromString(IMPORTER), UUID.fromString(id))).isOne();
        assertThat(db.count("select count(*) from import_row where job_id = ?", UUID.fromString(id))).isEqualTo(5);
        assertThat(db.text("select coalesce(length(content), 0)::text from import_job where id = ?", UUID.fromString(id)))
                .as("the file is dropped once imported").isEqualTo("0");

        // the same rows in another file (another order of lines): all match what the organisation has
        String text = new String(file, StandardCharsets.UTF_8);
        String reordered = text.replace("\n", "\r\n");
        String second = upload(reordered.getBytes(StandardCharsets.UTF_8));
        assertThat(second).isNotEqualTo(id);
        JsonPath job = awaitDone(second);
        assertThat(job.getInt("outcomes.matchedExisting")).isEqualTo(5);
        assertThat(job.getInt("outcomes.created")).isZero();
        given().when().get("/api/imports/" + second + "/rows").then().statusCode(200)
                .body("items[1].reasons[0].code", equalTo("household-unchanged"))
                .body("items[1].householdId", nullValue())
                .body("items[0].reasons", hasSize(0));
        assertThat(db.count("select count(*) from household_registration_member m join import_row r on r.person_id = m.person_id "
                + "where r.job_id = ?", UUID.fromString(id))).as("members linked once").isEqualTo(3);
    }

    @Test
    @TestSecurity(user = "officer.importer", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = IMPORTER))
    void anIdempotencyKeyReplaysTheFirstAnswerAndRefusesAnotherFile() {
        byte[] file = new RegistryCsv().household("k1", 1).bytes();
        String key = UUID.randomUUID().toString();
        String id = given().contentType(CSV).header("Idempotency-Key", key).body(file).when().post("/api/imports")
                .then().statusCode(202).extract().path("id");
        given().contentType(CSV).header("Idempotency-Key", key).body(file).when().post("/api/imports")
                .then().statusCode(202).header("Idempotent-Replayed", "true").body("id", equalTo(id));
        given().contentType(CSV).header("Idempotency-Key", key).body(new RegistryCsv().household("k2", 0).bytes())
                .when().post("/api/imports").then().statusCode(422);
        awaitDone(id);
    }

    @Test
    @TestSecurity(user = "officer.importer", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = IMPORTER))
    void duplicatesWithinTheFileAreFlaggedAgainstTheEarlierRow() {
        String code = NationalCodes.random();
        String twin = NationalCodes.random();
        byte[] file = new RegistryCsv()
                .head("d1", code, "رضا", "صالحی", "1350-01-01")
                .member("d1", NationalCodes.random(), "سارا", "1380-02-02")
                // the same code again, in another household: not imported
                .head("d2", code, "رضا", "صالحی", "1350-01-01")
                // same name, father's name and birth date under another code: imported, flagged
                .head("d3", twin, "رضا", "صالحي", "1350-01-01")
                .bytes();
        String id = upload(file);
        JsonPath job = awaitDone(id);
        assertThat(job.getInt("outcomes.possibleDuplicate")).isEqualTo(2);
        JsonPath rows = given().queryParam("outcome", "POSSIBLE_DUPLICATE").when().get("/api/imports/" + id + "/rows")
                .then().statusCode(200).extract().jsonPath();
        assertThat(rows.getInt("items[0].row")).isEqualTo(4);
        assertThat(rows.getInt("items[0].duplicateOfRow")).isEqualTo(2);
        assertThat(rows.getString("items[0].reasons[0].column")).isEqualTo("national_code");
        assertThat(rows.getString("items[0].personId")).isNull();
        assertThat(rows.getInt("items[1].row")).isEqualTo(5);
        assertThat(rows.getInt("items[1].duplicateOfRow")).isEqualTo(2);
        assertThat(rows.getString("items[1].personId")).isNotNull();
        Database db = arrange.database();
        assertThat(db.count("select count(*) from person where national_code = ?", code)).isOne();
        assertThat(db.count("select count(*) from person where national_code = ?", twin)).isOne();

        // the organisation's own person under another code: the registry-level lookup flags it
        byte[] later = new RegistryCsv().head("d4", NationalCodes.random(), "رضا", "صالحی", "1350-01-01").bytes();
        String laterId = upload(later);
        assertThat(awaitDone(laterId).getInt("outcomes.possibleDuplicate")).isOne();
        given().when().get("/api/imports/" + laterId + "/rows").then().statusCode(200)
                .body("items[0].reasons[0].code", equalTo("probable-duplicate"))
                .body("items[0].duplicateOfPersonId", org.hamcrest.Matchers.oneOf(rows.getString("items[1].personId"),
                        db.text("select id::text from person where national_code = ?", code)));
    }

    @Test
    @TestSecurity(user = "officer.importer", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = IMPORTER))
    void aCodeAnotherAgencyHoldsIsLinkedAsARegistrationLinksItAndNothingOfThatAgencyShows() {
        String head = NationalCodes.random();
        UUID household = arrange.household(Arrange.org(RELIEF), head);
        Database db = arrange.database();
        String identity = db.text("select id::text from person where national_code = ?", head);
        byte[] file = new RegistryCsv().head("m1", head, "مهدی", "رضایی", "1361-01-01").bytes();
        String id = upload(file);
        JsonPath job = awaitDone(id);
        assertThat(job.getInt("outcomes.created")).as("the organisation's first version, as a registration's 201").isOne();
        assertThat(job.getInt("outcomes.matchedExisting")).isZero();
        String row = given().when().get("/api/imports/" + id + "/rows").then().statusCode(200)
                .body("items[0].outcome", equalTo("CREATED"))
                .body("items[0].reasons", hasSize(0))
                .body("items[0].personId", equalTo(identity))
                .body("items[0].householdId", equalTo(household.toString()))
                .body("items[0].duplicateOfPersonId", nullValue())
                .extract().asString();
        assertThat(row).doesNotContain(RELIEF);
        assertThat(db.count("select count(*) from person where national_code = ?", head)).isOne();
        assertThat(db.text("select identity_disputed::text from person_registration where person_id = ?::uuid and organization_id = ?",
                identity, UUID.fromString(IMPORTER))).as("disagreeing names kept and flagged").isEqualTo("true");
        assertThat(db.count("select count(*) from outbox_event where aggregate_id = ? and ce_type like '%person-registered%'",
                identity)).as("no second PersonRegistered").isOne();
        given().when().get("/api/persons/" + identity).then().statusCode(200).body("firstName", equalTo("مهدی"));

        // registered by the importer itself before: MATCHED_EXISTING
        String own = NationalCodes.random();
        arrange.household(UUID.fromString(IMPORTER), own);
        String second = upload(new RegistryCsv().head("m2", own, "علی", "کریمی", "1360-05-12").bytes());
        assertThat(awaitDone(second).getInt("outcomes.matchedExisting")).isOne();
    }

    @Test
    @TestSecurity(user = "officer.importer", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = IMPORTER))
    @SuppressWarnings("unchecked")
    void anImportedHouseholdIsARegisteredOneWithItsMembershipEnrolmentAndDuplicateFlags() {
        // registered earlier by the importer: a head with a rare name, and a spouse who then moves
        String earlierHead = NationalCodes.random();
        String mover = NationalCodes.random();
        java.util.Map<String, Object> body = new java.util.HashMap<>(org.hamyar.beneficiaries.testing.Bodies.household(earlierHead, mover));
        java.util.Map<String, Object> earlier = new java.util.HashMap<>((java.util.Map<String, Object>) body.get("head"));
        earlier.put("firstName", "کیومرث");
        earlier.put("lastName", "ذوالفقاری");
        earlier.put("fatherName", "بهرام");
        earlier.put("birthDate", "1354-07-09");
        body.put("head", earlier);
        String earlierHousehold = given().contentType("application/json").body(body).when().post("/api/households")
                .then().statusCode(201).extract().path("id");
        Database db = arrange.database();
        String earlierPerson = db.text("select id::text from person where national_code = ?", earlierHead);
        String moverId = db.text("select id::text from person where national_code = ?", mover);

        String head = NationalCodes.random();
        String twin = NationalCodes.random();
        String file = RegistryCsv.HEADER + "\n"
                + "e1,HEAD," + head + ",ناصر,قربانی,محمود,1355-01-01,MALE,26,البرز,کوندج,true,ORPHAN\n"
                // the earlier spouse, now a member of this household: moved, as a registration moves them
                + "e1,SPOUSE," + mover + ",زهرا,كريمي,حسین,1360-05-12,FEMALE,,,,,\n"
                // the earlier head's name spelled otherwise, under another code
                + "e1,CHILD," + twin + ",کیومرس,ذوالفقاري,بهرام,1354-07-09,MALE,,,,,\n";
        String id = upload(file.getBytes(StandardCharsets.UTF_8));
        awaitDone(id);
        JsonPath rows = given().when().get("/api/imports/" + id + "/rows").then().statusCode(200).extract().jsonPath();
        String household = rows.getString("items[0].householdId");
        String headId = rows.getString("items[0].personId");
        String twinId = rows.getString("items[2].personId");
        assertThat(rows.getString("items[0].outcome")).isEqualTo("CREATED");
        assertThat(rows.getString("items[1].outcome")).isEqualTo("MATCHED_EXISTING");
        assertThat(rows.getString("items[2].outcome")).isEqualTo("POSSIBLE_DUPLICATE");
        assertThat(rows.getString("items[2].duplicateOfPersonId")).isEqualTo(earlierPerson);
        assertThat(rows.getString("items[2].reasons[0].code")).isEqualTo("probable-duplicate");

        // the version names its head; the membership is the network's, with its history
        assertThat(db.text("select head_person_id::text from household_registration where household_id = ?::uuid", household))
                .isEqualTo(headId);
        given().when().get("/api/households/" + household + "/history").then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.findAll { it.personId == '" + headId + "' }.head", org.hamcrest.Matchers.contains(true))
                .body("items.findAll { it.personId == '" + moverId + "' }.relation", org.hamcrest.Matchers.contains("SPOUSE"))
                .body("items.findAll { it.personId == '" + twinId + "' }.relation", org.hamcrest.Matchers.contains("CHILD"))
                .body("items.validTo", org.hamcrest.Matchers.everyItem(nullValue()));
        given().when().get("/api/households/" + earlierHousehold + "/history").then().statusCode(200)
                .body("items.findAll { it.personId == '" + moverId + "' }.endReason", org.hamcrest.Matchers.contains("MOVED"))
                .body("items.findAll { it.personId == '" + moverId + "' }.endedByOrganizationId",
                        org.hamcrest.Matchers.contains(IMPORTER));
        assertThat(db.count("select count(*) from household_membership where person_id = ?::uuid and valid_to is null", moverId))
                .as("one household at a time").isOne();
        assertThat(db.count("select count(*) from household_member where household_id = ?::uuid and person_id = ?::uuid",
                UUID.fromString(earlierHousehold), UUID.fromString(moverId))).as("no longer a present member there").isZero();
        assertThat(db.count("select count(*) from household_member where household_id = ?::uuid", UUID.fromString(household)))
                .as("the present members besides the head").isEqualTo(2);
        given().when().get("/api/households/" + earlierHousehold).then().statusCode(200)
                .body("members", hasSize(0));

        // the category is an open enrolment from the day of the import, published as a registration's
        given().queryParam("householdId", household).when().get("/api/enrolments").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].category", equalTo("ORPHAN"))
                .body("items[0].startDate", equalTo(db.text("select (now() at time zone 'Asia/Tehran')::date::text")))
                .body("items[0].endDate", nullValue());
        assertThat(db.count("select count(*) from outbox_event where ce_type = 'hamyar.beneficiaries.enrolment-created.v1' "
                + "and aggregate_id = ?", household)).isOne();

        // the imported person carries the finder's keys, and the pair is a flag the organisation lists
        assertThat(db.text("select dup_key_last from person where id = ?::uuid", twinId)).isNotNull();
        given().queryParam("size", 200).when().get("/api/duplicates").then().statusCode(200)
                .body("items.findAll { it.personId == '" + twinId + "' }.candidateId", hasItem(earlierPerson));
    }

    @Test
    @TestSecurity(user = "officer.other", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = OTHER))
    void anotherOrganisationFindsNoImportEvenWhenItSharesDataWithTheUploader() {
        UUID job = imports.upload(Actor.of(UUID.fromString(IMPORTER), "officer.importer", Roles.OFFICER),
                new RegistryCsv().household("o1", 1).bytes()).job().id;
        awaitStatus(job, "DONE");
        notFound(job);
        // an ACTIVE data-sharing agreement shares records, not the uploader's imports
        UUID agreement = arrange.agreement(UUID.fromString(IMPORTER), UUID.fromString(OTHER), true, List.of());
        notFound(job);
        try (AgreementsTopic topic = new AgreementsTopic()) {
            arrange.database().awaitProcessed(topic.send(AgreementEvents.AGREEMENT_TERMINATED, agreement,
                    new AgreementTerminated(agreement, 1, LocalDate.now(), Instant.now())));
        }
        notFound(job);
        // an unknown id answers exactly alike
        given().when().get("/api/imports/" + UUID.randomUUID()).then().statusCode(404)
                .body("type", equalTo("urn:hamyar:problem:import-not-found"));
    }

    @Test
    @TestSecurity(user = "auditor", roles = "auditor")
    void anAuditorReadsAnyImportAndUploadsNone() {
        UUID job = imports.upload(Actor.of(UUID.fromString(IMPORTER), "officer.importer", Roles.OFFICER),
                new RegistryCsv().household("a1", 1).bytes()).job().id;
        awaitStatus(job, "DONE");
        given().when().get("/api/imports/" + job).then().statusCode(200).body("organizationId", equalTo(IMPORTER));
        given().contentType(CSV).body(new RegistryCsv().household("a2", 0).bytes()).when().post("/api/imports")
                .then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "officer.importer", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = IMPORTER))
    void theRowsDownloadAsCsv() {
        String bad = "0684159415";
        byte[] file = new RegistryCsv().household("c1", 1)
                .line("c1,CHILD," + bad + ",حسن,کریمی,علی,1390-01-01,MALE,,,,,").bytes();
        String id = upload(file);
        awaitDone(id);
        String csv = given().when().get("/api/imports/" + id + "/rows.csv").then().statusCode(200)
                .contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString("attachment"))
                .extract().asString();
        List<String> lines = csv.lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).endsWith("row,household,outcome,columns,reasons,person_id,household_id,duplicate_of_row,duplicate_of_person_id");
        assertThat(lines.get(1)).startsWith("2,c1,CREATED,,,");
        assertThat(lines.get(3)).startsWith("4,c1,REJECTED,national_code,national_code: ");
    }

    @Test
    @TestSecurity(user = "officer.importer", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = IMPORTER))
    void aNearDuplicateIsFoundWhateverChunkItsEarlierRowWasWrittenIn() {
        java.util.Random random = new java.util.Random();
        // registered before the job, with made-up names: found by the registry's lookup
        String before = NationalCodes.random();
        java.util.Map<String, Object> body = new java.util.HashMap<>(org.hamyar.beneficiaries.testing.Bodies.household(before));
        @SuppressWarnings("unchecked")
        java.util.Map<String, Object> head = new java.util.HashMap<>((java.util.Map<String, Object>) body.get("head"));
        head.put("firstName", RegistryCsv.name(random));
        head.put("lastName", RegistryCsv.name(random) + "ی");
        head.put("fatherName", RegistryCsv.name(random));
        head.put("birthDate", "1349-11-20");
        body.put("head", head);
        given().contentType("application/json").body(body).when().post("/api/households").then().statusCode(201);
        Database db = arrange.database();
        String beforeId = db.text("select id::text from person where national_code = ?", before);
        JsonPath registered = given().when().get("/api/persons/" + beforeId).then().statusCode(200).extract().jsonPath();
        String[] rare = {RegistryCsv.name(random), RegistryCsv.name(random)};
        byte[] file = new RegistryCsv()
                .head("n1", NationalCodes.random(), rare[0], rare[1], "1355-03-10")
                // the next chunk: the person of the row above is in the registry once its chunk committed
                .head("n2", NationalCodes.random(), rare[0], rare[1] + "ی", "1355-03-10")
                .head("n3", NationalCodes.random(), RegistryCsv.name(random), RegistryCsv.name(random), "1340-01-01")
                // two chunks later, names swapped
                .head("n4", NationalCodes.random(), rare[1], rare[0], "1355-03-10")
                // the person registered before, another code, the last name's ی in its Arabic form
                .line("n5,HEAD," + NationalCodes.random() + "," + registered.getString("firstName") + ","
                        + registered.getString("lastName").replace('ی', 'ي') + "," + registered.getString("fatherName") + ","
                        + registered.getString("birthDate") + "," + registered.getString("sex") + ",26,البرز,کوندج,true,")
                .bytes();
        Actor importer = Actor.of(UUID.fromString(IMPORTER), "officer.importer", Roles.OFFICER);
        // one household a chunk: every row is written in a chunk of its own
        UUID job = QuarkusTransaction.requiringNew().call(() -> {
            UUID queued = imports.upload(importer, file).job().id;
            jobs.getEntityManager().createNativeQuery("update import_job set chunk_rows = 1 where id = ?1")
                    .setParameter(1, queued).executeUpdate();
            return queued;
        });
        JsonPath done = awaitDone(job.toString());
        assertThat(done.getInt("outcomes.created")).isEqualTo(2);
        assertThat(done.getInt("outcomes.possibleDuplicate")).isEqualTo(3);
        JsonPath rows = given().queryParam("size", 10).when().get("/api/imports/" + job + "/rows").then().statusCode(200)
                .extract().jsonPath();
        String first = rows.getString("items[0].personId");
        assertThat(rows.getList("items.outcome", String.class)).containsExactly("CREATED", "POSSIBLE_DUPLICATE", "CREATED",
                "POSSIBLE_DUPLICATE", "POSSIBLE_DUPLICATE");
        assertThat(rows.getString("items[1].duplicateOfPersonId")).as("the next chunk's row").isEqualTo(first);
        assertThat(rows.getString("items[3].duplicateOfPersonId")).as("a row two chunks later").isEqualTo(first);
        assertThat(rows.getString("items[4].duplicateOfPersonId")).as("a person registered before the job").isEqualTo(beforeId);
        assertThat(db.count("select count(*) from duplicate_flag where candidate_id = ?::uuid", first))
                .as("one flag a pair, however the match was found").isEqualTo(2);
    }

    @Test
    @TestSecurity(user = "officer.importer", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = IMPORTER))
    void aJobWhoseWorkerDiedResumesAfterItsLastCommittedChunkAndImportsNothingTwice() {
        RegistryCsv csv = new RegistryCsv();
        for (int h = 0; h < 10; h++) {
            csv.household("r" + h, 2);
        }
        byte[] file = csv.bytes();
        UUID token = UUID.randomUUID();
        Actor importer = Actor.of(UUID.fromString(IMPORTER), "officer.importer", Roles.OFFICER);
        // uploaded and claimed by a worker in one transaction, so no other worker sees it queued
        UUID job = QuarkusTransaction.requiringNew().call(() -> {
            UUID id = imports.upload(importer, file).job().id;
            jobs.getEntityManager().createNativeQuery("update import_job set status = 'RUNNING', claim_token = ?1, "
                    + "chunk_rows = 6, lease_until = now() + interval '1 hour', attempts = 1 where id = ?2")
                    .setParameter(1, token).setParameter(2, id).executeUpdate();
            return id;
        });
        Database db = arrange.database();
        assertThat(db.text("select claim_token::text from import_job where id = ?", job))
                .as("claimed by the test's worker before the scheduled one").isEqualTo(token.toString());
        worker.run(new ImportRepository.Claimed(job, token, UUID.fromString(IMPORTER), 6, 0, 1), 2);

        // the worker "died" after two chunks: its progress shows
        given().when().get("/api/imports/" + job).then().statusCode(200)
                .body("status", equalTo("RUNNING")).body("rowsTotal", equalTo(30)).body("rowsDone", equalTo(12))
                .body("outcomes.created", equalTo(12));
        // its lease runs out: another worker takes the job over and finishes it
        db.count("with expired as (update import_job set lease_until = now() - interval '1 minute' where id = ? returning 1) "
                + "select count(*) from expired", job);
        JsonPath done = awaitDone(job.toString());
        assertThat(done.getInt("rowsDone")).isEqualTo(30);
        assertThat(done.getInt("outcomes.created")).isEqualTo(30);
        assertThat(db.count("select count(*) from import_row where job_id = ?", job)).isEqualTo(30);
        assertThat(db.count("select count(*) from household_registration r join import_row i on i.household_id = r.household_id "
                + "where i.job_id = ? and r.organization_id = ?", job, UUID.fromString(IMPORTER))).as("one version per row's household")
                .isEqualTo(30);
        assertThat(db.count("select count(distinct household_id) from import_row where job_id = ?", job)).isEqualTo(10);
        assertThat(db.text("select attempts::text from import_job where id = ?", job)).isEqualTo("2");
    }

    @Test
    @TestSecurity(user = "officer.importer", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "org", value = IMPORTER))
    void aGeneratedFileOfTenThousandRowsIsImportedWhole() {
        byte[] file = RegistryCsv.generated(2_500);
        String id = upload(file);
        JsonPath job = awaitDone(id, Duration.ofMinutes(3));
        assertThat(job.getInt("rowsTotal")).isEqualTo(10_000);
        assertThat(job.getInt("outcomes.created")).isEqualTo(10_000);
        Database db = arrange.database();
        assertThat(db.count("select count(*) from import_row where job_id = ?::uuid and outcome = 'CREATED'", id)).isEqualTo(10_000);
        assertThat(db.count("select count(distinct household_id) from import_row where job_id = ?::uuid", id)).isEqualTo(2_500);
        assertThat(db.count("select count(*) from outbox_event o join import_row r on o.aggregate_id = r.person_id::text "
                + "where r.job_id = ?::uuid", id)).as("one PersonRegistered per new person").isEqualTo(10_000);
    }

    private static String upload(byte[] file) {
        return given().contentType(CSV).body(file).when().post("/api/imports")
                .then().statusCode(202).header("Location", containsString("/api/imports/"))
                .extract().path("id");
    }

    private static JsonPath awaitDone(String id) {
        return awaitDone(id, Duration.ofSeconds(60));
    }

    private static JsonPath awaitDone(String id, Duration atMost) {
        awaitStatus(UUID.fromString(id), "DONE", atMost);
        return given().when().get("/api/imports/" + id).then().statusCode(200).extract().jsonPath();
    }

    private void awaitStatus(UUID id, String status) {
        awaitStatus(id, status, Duration.ofSeconds(60));
    }

    private static void awaitStatus(UUID id, String status, Duration atMost) {
        Database db = new Database(io.quarkus.arc.Arc.container().instance(javax.sql.DataSource.class).get());
        await().atMost(atMost).pollInterval(Duration.ofMillis(200)).until(() ->
                status.equals(db.text("select status from import_job where id = ?", id)));
    }

    private static void notFound(UUID job) {
        given().when().get("/api/imports/" + job).then().statusCode(404)
                .body("type", equalTo("urn:hamyar:problem:import-not-found"));
        given().when().get("/api/imports/" + job + "/rows").then().statusCode(404);
        given().when().get("/api/imports/" + job + "/rows.csv").then().statusCode(404);
    }
}

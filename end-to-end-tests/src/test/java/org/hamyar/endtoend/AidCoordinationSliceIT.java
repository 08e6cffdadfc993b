package org.hamyar.endtoend;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.notNullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.hamyar.infrastructure.suite.Suite;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Issue 2's slice, as partner agencies live it (and the mobile household summary over it): every call goes through the gateway with real
 * Keycloak tokens to the packaged services, which talk over a real Kafka broker and keep their
 * data in the real PostgreSQL.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AidCoordinationSliceIT {

    private static final String PASSWORD = "hamyar-demo"; // local-demo value of the committed realm
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Suite suite;
    private static String reliefCommitteeId;
    private static String welfareOfficeId;
    private static String agreementId;
    private static String householdId;
    private static String foodBasketAidId;

    @BeforeAll
    static void startSuite() {
        suite = EndToEndSuite.shared();
        RestAssured.baseURI = suite.gatewayUrl();
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static RequestSpecification as(String username) {
        return given().auth().oauth2(suite.keycloak().token(username, PASSWORD))
                .contentType(ContentType.JSON)
                .accept(ContentType.JSON);
    }

    @Test
    @Order(1)
    void withoutATokenTheGatewayAnswers401AndAnOfficerCannotRegisterOrganisations() {
        given().when().get("/api/organizations")
                .then().statusCode(401)
                .header("X-Request-Id", notNullValue());

        as("officer.qazvin-relief")
                .body(organisation("سازمان آزمایشی", "Test organisation", "WELFARE"))
                .when().post("/api/organizations")
                .then().statusCode(403)
                .contentType(containsString("application/problem+json"));
    }

    @Test
    @Order(2)
    void anAdminRegistersARelieveCommitteeAndAWelfareOfficeInQazvin() {
        reliefCommitteeId = as("admin")
                .body(organisation("کمیته امداد امام خمینی (ره) شهرستان البرز", "Relief Committee, Alborz county", "RELIEF_COMMITTEE"))
                .when().post("/api/organizations")
                .then().statusCode(201)
                .header("Location", containsString("/api/organizations/"))
                .body("type", equalTo("RELIEF_COMMITTEE"))
                .body("provinceCode", equalTo("26"))
                .extract().path("id");
        welfareOfficeId = as("admin")
                .body(organisation("اداره بهزیستی شهرستان البرز", "Welfare office, Alborz county", "WELFARE"))
                .when().post("/api/organizations")
                .then().statusCode(201)
                .extract().path("id");

        // staff of the two new organisations get accounts in the realm
        suite.keycloak().createUser("e2e.coordinator.relief", PASSWORD, UUID.fromString(reliefCommitteeId), "coordinator");
        suite.keycloak().createUser("e2e.officer.relief", PASSWORD, UUID.fromString(reliefCommitteeId), "officer");
        suite.keycloak().createUser("e2e.coordinator.welfare", PASSWORD, UUID.fromString(welfareOfficeId), "coordinator");
        suite.keycloak().createUser("e2e.officer.welfare", PASSWORD, UUID.fromString(welfareOfficeId), "officer");
    }

    @Test
    @Order(3)
    void anAgreementBlockingOverlappingFoodBasketsIsDraftedSignedByBothAndActivated() {
        LocalDate today = LocalDate.now();
        Map<String, Object> draft = Map.of(
                "title", "تفاهم‌نامه هماهنگی سبد غذایی قزوین",
                "parties", List.of(
                        Map.of("organizationId", reliefCommitteeId, "role", "IMPLEMENTER"),
                        Map.of("organizationId", welfareOfficeId, "role", "IMPLEMENTER")),
                "scope", Map.of("provinces", List.of("26"), "aidCategories", List.of("FOOD_BASKET", "CASH_GRANT")),
                "effectiveFrom", today.toString(),
                "effectiveTo", today.plusYears(1).toString(),
                "objectives", List.of("پرهیز از هم‌پوشانی سبد غذایی"),
                "coordination", Map.of(
                        "dataSharing", true,
                        "rules", List.of(Map.of("aidCategory", "FOOD_BASKET", "mode", "BLOCK"))));
        agreementId = as("e2e.coordinator.relief")
                .body(draft)
                .when().post("/api/agreements")
                .then().statusCode(201)
                .body("status", equalTo("DRAFT"))
                .extract().path("id");

        // a coordinator of an organisation that is not a party sees no draft
        as("coordinator.hormozgan-welfare")
                .when().get("/api/agreements/" + agreementId)
                .then().statusCode(404);

        as("e2e.coordinator.relief")
                .body(Map.of("signatoryName", "مجید مؤمنی", "signatoryTitle", "مدیرکل"))
                .when().post("/api/agreements/" + agreementId + "/signatures")
                .then().statusCode(201);
        as("e2e.coordinator.welfare")
                .body(Map.of("signatoryName", "اکرم نجفی", "signatoryTitle", "مدیرکل"))
                .when().post("/api/agreements/" + agreementId + "/signatures")
                .then().statusCode(201);

        as("e2e.coordinator.welfare")
                .when().get("/api/agreements/" + agreementId)
                .then().statusCode(200)
                .body("status", equalTo("ACTIVE"))
                .body("effectiveFromJalali", notNullValue());
    }

    @Test
    @Order(4)
    void anOfficerRegistersARuralHouseholdAndAnInvalidNationalCodeIsRejectedNamingTheField() {
        as("e2e.officer.relief")
                .body(household("0684159415"))
                .when().post("/api/households")
                .then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(400), equalTo(422)))
                .contentType(containsString("application/problem+json"))
                .body("errors.field", hasItem(containsString("nationalCode")));

        householdId = as("e2e.officer.relief")
                .body(household("0499370899"))
                .when().post("/api/households")
                .then().statusCode(201)
                .extract().path("id");
    }

    @Test
    @Order(5)
    void theReliefCommitteeRecordsAFoodBasketAndAidGrantedIsPublished() {
        foodBasketAidId = as("e2e.officer.relief")
                .body(aid("FOOD_BASKET", 25_000_000L, LocalDate.now()))
                .when().post("/api/aid")
                .then().statusCode(201)
                .body("category", equalTo("FOOD_BASKET"))
                .extract().path("id");

        ConsumerRecord<String, String> published = awaitEvent("beneficiaries.events", "hamyar.beneficiaries.aid-granted.v1", foodBasketAidId);
        assertThat(published.key()).isEqualTo(householdId);
        assertThat(header(published, "ce_source")).isEqualTo("/hamyar/beneficiaries-service");
        assertThat(header(published, "ce_id")).isNotBlank();
        assertThat(header(published, "ce_time")).isNotBlank();
        assertThat(published.value()).doesNotContain("0499370899").doesNotContain("کریمی");
    }

    @Test
    @Order(6)
    void theWelfareOfficeIsBlockedFromASecondFoodBasketTenDaysLaterButMayGiveCash() {
        String welfareOfficer = "e2e.officer.welfare";
        // the welfare office comes to the same family: its first registration of the head links the
        // same household (one identity for overlap checks) and, like any first registration by an
        // organisation, answers 201 — 200 would tell it another agency already serves the family
        String sameHousehold = as(welfareOfficer)
                .body(household("0499370899"))
                .when().post("/api/households")
                .then().statusCode(201)
                .extract().path("id");
        assertThat(sameHousehold).isEqualTo(householdId);

        // AgreementActivated travels over Kafka; once the beneficiaries-service has it the grant is blocked
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                as(welfareOfficer)
                        .body(aid("FOOD_BASKET", 30_000_000L, LocalDate.now().plusDays(10)))
                        .when().post("/api/aid-checks")
                        .then().statusCode(200)
                        .body("blocked", equalTo(true)));

        as(welfareOfficer)
                .body(aid("FOOD_BASKET", 30_000_000L, LocalDate.now().plusDays(10)))
                .when().post("/api/aid")
                .then().statusCode(409)
                .contentType(containsString("application/problem+json"))
                .body("type", containsString("overlap-blocked"))
                .body("conflicts.category", hasItem("FOOD_BASKET"));

        as(welfareOfficer)
                .body(aid("CASH_GRANT", 50_000_000L, LocalDate.now().plusDays(10)))
                .when().post("/api/aid")
                .then().statusCode(201)
                .body("category", equalTo("CASH_GRANT"));
    }

    @Test
    @Order(7)
    void theDonorsServiceRecordsTheGrantedAid() {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                as("auditor")
                        .when().get("/api/allocations/granted-aid/" + foodBasketAidId)
                        .then().statusCode(200)
                        .body("aidId", equalTo(foodBasketAidId))
                        .body("category", equalTo("FOOD_BASKET"))
                        .body("amountRials", equalTo(25_000_000)));
    }

    @Test
    @Order(8)
    void theReliefOfficerSeesTheHouseholdItsAidAndItsFundingInOneMobileView() {
        // the gateway joins the beneficiaries-service and the donors-service with the officer's own
        // token; a service still warming up (beyond the views' 2 s) is a missing part, so ask until whole
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                as("e2e.officer.relief")
                        .when().get("/api/mobile/households/" + householdId)
                        .then().statusCode(200)
                        .body("household.id", equalTo(householdId))
                        .body("aid.aid.id", hasItem(foodBasketAidId))
                        .body("aid.find { it.aid.id == '" + foodBasketAidId + "' }.funding", empty())
                        .body("partial", equalTo(false))
                        .body("missing", empty()));
    }

    @Test
    @Order(9)
    void aGrantAndWhatTheDonorsServiceDoesWithItAreOneTrace() {
        // the caller's trace: the gateway continues it, the beneficiaries-service stores it with the
        // AidGranted event, the relay sends it in ce_traceparent, the donors-service's consumer continues it
        String traceId = HexFormat.of().formatHex(randomBytes(16));
        String callerSpan = HexFormat.of().formatHex(randomBytes(8));
        String aidId = as("e2e.officer.relief")
                .header("traceparent", "00-" + traceId + "-" + callerSpan + "-01")
                .body(aid("IFTAR_MEAL", 5_000_000L, LocalDate.now()))
                .when().post("/api/aid")
                .then().statusCode(201)
                .extract().path("id");

        ConsumerRecord<String, String> published = awaitEvent("beneficiaries.events", "hamyar.beneficiaries.aid-granted.v1", aidId);
        assertThat(header(published, "ce_traceparent")).startsWith("00-" + traceId + "-");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                as("auditor").when().get("/api/allocations/granted-aid/" + aidId).then().statusCode(200));

        TraceCollector traces = EndToEndSuite.traces();
        // a span is exported when it ends, a parent often after its children: asked until the trace is whole
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            assertThat(traces.servicesIn(traceId)).as("services with a span of trace %s", traceId)
                    .contains("gateway", "beneficiaries-service", "donors-service");
            List<TraceCollector.Span> spans = traces.spansOf(traceId);
            assertThat(spans).as("the gateway's span is a child of the caller's")
                    .anySatisfy(span -> {
                        assertThat(span.service()).isEqualTo("gateway");
                        assertThat(span.parentSpanId()).isEqualTo(callerSpan);
                    });
            Set<String> ids = spans.stream().map(TraceCollector.Span::spanId).collect(Collectors.toSet());
            assertThat(spans).as("every other span of the trace hangs from a span of it: %s", spans)
                    .filteredOn(span -> !span.parentSpanId().equals(callerSpan))
                    .allSatisfy(span -> assertThat(ids).contains(span.parentSpanId()));
        });
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        new java.security.SecureRandom().nextBytes(bytes);
        return bytes;
    }

    private static Map<String, Object> organisation(String nameFa, String nameEn, String type) {
        return Map.of("nameFa", nameFa, "nameEn", nameEn, "type", type, "level", "COUNTY",
                "provinceCode", "26", "county", "البرز");
    }

    private static Map<String, Object> household(String headNationalCode) {
        return Map.of(
                "head", Map.of("nationalCode", headNationalCode, "firstName", "علی", "lastName", "کریمی",
                        "fatherName", "حسین", "birthDate", "1360-05-12", "sex", "MALE"),
                "members", List.of(),
                "address", Map.of("provinceCode", "26", "county", "البرز", "village", "کوندج", "rural", true));
    }

    private static Map<String, Object> aid(String category, long amountRials, LocalDate start) {
        return Map.of("householdId", householdId, "category", category, "amountRials", amountRials,
                "quantity", 1, "periodStart", start.toString());
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static ConsumerRecord<String, String> awaitEvent(String topic, String type, String aidId) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, suite.kafkaBootstrapServers());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "e2e-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
            consumer.subscribe(List.of(topic));
            List<ConsumerRecord<String, String>> found = new ArrayList<>();
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (type.equals(header(record, "ce_type")) && aidId.equals(field(record.value(), "aidId"))) {
                        found.add(record);
                    }
                }
                return !found.isEmpty();
            });
            return found.get(0);
        }
    }

    private static String field(String json, String name) {
        try {
            JsonNode node = JSON.readTree(json).get(name);
            return node == null ? null : node.asText();
        } catch (Exception e) {
            return null;
        }
    }
}

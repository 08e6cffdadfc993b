package org.hamyar.api.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/** The JSON conventions on a plain ObjectMapper, as the outbox or a test would build it. */
class JsonConventionsTest {

    private final ObjectMapper mapper = ConventionsObjectMapperCustomizer.configure(new ObjectMapper());

    record Amounts(Integer amount, Long total, BigDecimal price, int count, LocalDate on) {
    }

    record Party(String role, LocalDate since) {
    }

    record Agreement(LocalDate signedOn, List<Party> parties, Party lead) {
    }

    record Required(@JsonProperty(required = true) String name) {
    }

    record Times(Instant at, OffsetDateTime when, LocalDateTime local, LocalDate due) {
    }

    @Test
    void numbersMayBeStringsInAnyDigitScript() throws Exception {
        Amounts amounts = mapper.readValue("""
                {"amount":"۹۰۰","total":"٩٠٠٠","price":"۱۲۵۰٫۵","count":"12","on":"2024-03-20"}""", Amounts.class);

        assertThat(amounts.amount()).isEqualTo(900);
        assertThat(amounts.total()).isEqualTo(9000L);
        assertThat(amounts.price()).isEqualByComparingTo("1250.5");
        assertThat(amounts.count()).isEqualTo(12);
    }

    @Test
    void jsonNumbersStillWork() throws Exception {
        Amounts amounts = mapper.readValue("""
                {"amount":900,"total":9000000000,"price":1250.50,"count":3}""", Amounts.class);

        assertThat(amounts.amount()).isEqualTo(900);
        assertThat(amounts.total()).isEqualTo(9_000_000_000L);
        assertThat(amounts.price()).isEqualByComparingTo("1250.50");
        assertThat(amounts.count()).isEqualTo(3);
    }

    @Test
    void overflowFractionsAndGarbageAreRefusedWithTheFieldPath() {
        assertThatThrownBy(() -> mapper.readValue("{\"amount\":99999999999,\"count\":1}", Amounts.class))
                .isInstanceOfSatisfying(InvalidJsonValue.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("json.whole-number");
                    assertThat(e.getPath()).extracting(r -> r.getFieldName()).containsExactly("amount");
                });
        assertThatThrownBy(() -> mapper.readValue("{\"amount\":1.9,\"count\":1}", Amounts.class))
                .isInstanceOf(InvalidJsonValue.class);
        assertThatThrownBy(() -> mapper.readValue("{\"amount\":\"۹x\",\"count\":1}", Amounts.class))
                .isInstanceOf(InvalidJsonValue.class);
        assertThatThrownBy(() -> mapper.readValue("{\"price\":\"1e999999999\",\"count\":1}", Amounts.class))
                .isInstanceOfSatisfying(InvalidJsonValue.class, e -> assertThat(e.messageKey()).isEqualTo("json.decimal"));
        assertThatThrownBy(() -> mapper.readValue("{\"price\":1e999999999,\"count\":1}", Amounts.class))
                .isInstanceOfSatisfying(InvalidJsonValue.class, e -> assertThat(e.messageKey()).isEqualTo("json.decimal"));
    }

    @Test
    void aMissingOrNullPrimitiveIsRefused() {
        assertThatThrownBy(() -> mapper.readValue("{\"amount\":1}", Amounts.class))
                .isInstanceOfSatisfying(InvalidJsonValue.class, e -> assertThat(e.messageKey()).isEqualTo("json.required"));
        assertThatThrownBy(() -> mapper.readValue("{\"count\":null}", Amounts.class))
                .isInstanceOfSatisfying(InvalidJsonValue.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("json.null");
                    assertThat(e.getPath()).extracting(r -> r.getFieldName()).containsExactly("count");
                });
    }

    @Test
    void datesMayBeJalaliInAnyDigitScript() throws Exception {
        assertThat(mapper.readValue("{\"on\":\"۱۴۰۳/۰۱/۰۱\",\"count\":1}", Amounts.class).on())
                .isEqualTo(LocalDate.of(2024, 3, 20));
        assertThat(mapper.readValue("{\"on\":\"1397-09-26\",\"count\":1}", Amounts.class).on())
                .isEqualTo(LocalDate.of(2018, 12, 17));
        assertThat(mapper.readValue("{\"on\":\"2024-03-20\",\"count\":1}", Amounts.class).on())
                .isEqualTo(LocalDate.of(2024, 3, 20));
    }

    @Test
    void aBadDateNamesItsFieldAndSaysWhy() {
        assertThatThrownBy(() -> mapper.readValue("""
                {"signedOn":"2024-03-20","parties":[{"role":"a"},{"role":"b","since":"1403-12-31"}]}""", Agreement.class))
                .isInstanceOfSatisfying(InvalidJsonValue.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("json.date");
                    assertThat(path(e)).isEqualTo("parties[1].since");
                    // 1403 is a leap year: its Esfand has 30 days, never 31
                    assertThat((String) e.arguments()[0]).contains("30 days");
                });
    }

    @Test
    void unknownPropertiesAndTrailingTokensAreRefused() {
        assertThatThrownBy(() -> mapper.readValue("{\"lead\":{\"role\":\"a\",\"rol\":\"b\"}}", Agreement.class))
                .isInstanceOfSatisfying(UnrecognizedPropertyException.class,
                        e -> assertThat(path(e)).isEqualTo("lead.rol"));
        assertThatThrownBy(() -> mapper.readValue("{\"lead\":null} {}", Agreement.class))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining("Trailing token");
    }

    @Test
    void aMissingRequiredCreatorPropertyIsNamed() {
        assertThatThrownBy(() -> mapper.readValue("{}", Required.class))
                .isInstanceOfSatisfying(MismatchedInputException.class,
                        e -> assertThat(e.getOriginalMessage()).startsWith("Missing required creator property 'name'"));
    }

    @Test
    void enumsGivenAsNumbersAreRefused() {
        record WithKind(Thread.State state) {
        }
        assertThatThrownBy(() -> mapper.readValue("{\"state\":0}", WithKind.class))
                .isInstanceOf(InvalidFormatException.class);
    }

    @Test
    void everyDateHasAJalaliSiblingAtAnyDepth() {
        Agreement agreement = new Agreement(LocalDate.of(2024, 3, 20),
                List.of(new Party("a", LocalDate.of(2018, 12, 17)), new Party("b", null)), new Party("c", LocalDate.of(2021, 3, 20)));

        JsonNode json = mapper.valueToTree(agreement);

        assertThat(json.get("signedOn").asText()).isEqualTo("2024-03-20");
        assertThat(json.get("signedOnJalali").asText()).isEqualTo("1403-01-01");
        assertThat(json.get("parties").get(0).get("sinceJalali").asText()).isEqualTo("1397-09-26");
        assertThat(json.get("parties").get(1).get("sinceJalali").isNull()).isTrue();
        assertThat(json.get("lead").get("sinceJalali").asText()).isEqualTo("1399-12-30");
    }

    @Test
    void dateTimesKeepTheirShapeWithAJalaliDate() {
        Times times = new Times(Instant.parse("2024-03-20T06:45:30Z"),
                OffsetDateTime.of(2018, 12, 17, 8, 0, 0, 0, ZoneOffset.UTC),
                LocalDateTime.of(2021, 3, 20, 23, 59, 59), null);

        JsonNode json = mapper.valueToTree(times);

        assertThat(json.get("at").asText()).isEqualTo("2024-03-20T06:45:30Z");
        assertThat(json.get("atJalali").asText()).isEqualTo("1403-01-01T10:15:30+03:30");
        assertThat(json.get("when").asText()).isEqualTo("2018-12-17T08:00:00Z");
        assertThat(json.get("whenJalali").asText()).isEqualTo("1397-09-26T08:00:00Z");
        assertThat(json.get("localJalali").asText()).isEqualTo("1399-12-30T23:59:59");
        assertThat(json.get("dueJalali").isNull()).isTrue();
    }

    private static String path(com.fasterxml.jackson.databind.JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (var reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}

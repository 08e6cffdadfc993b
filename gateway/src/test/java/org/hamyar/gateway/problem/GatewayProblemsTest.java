package org.hamyar.gateway.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.hamyar.api.problem.DomainProblem;
import org.hamyar.api.problem.ExceptionProblems;
import org.hamyar.api.problem.ProblemResponses;
import org.hamyar.api.problem.ProblemTexts;
import org.hamyar.api.problem.RequestInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The gateway's own problems as api-conventions writes them, with the gateway's texts. */
class GatewayProblemsTest {

    private final ProblemResponses responses = new ProblemResponses(new ObjectMapper());

    static Stream<DomainProblem> gatewayProblems() {
        return Stream.of(GatewayProblems.rateLimited(3), GatewayProblems.serviceUnavailable("donors-service"),
                GatewayProblems.circuitOpen("donors-service", 4), GatewayProblems.gatewayTimeout("donors-service", 10),
                GatewayProblems.badGateway("donors-service"));
    }

    @ParameterizedTest
    @MethodSource("gatewayProblems")
    void everyProblemHasATitleAndADetailOfTheGatewayInBothLanguages(DomainProblem problem) {
        for (String language : List.of("en", "fa")) {
            assertThat(ProblemTexts.text(ProblemTexts.locale(language), problem.slug() + ".title"))
                    .as(problem.slug() + " in " + language).isPresent();
            assertThat(ProblemTexts.text(ProblemTexts.locale(language), problem.slug() + ".detail"))
                    .as(problem.slug() + " in " + language).isPresent();
        }
    }

    @Test
    void theDetailNamesTheServiceInTheCallersLanguage() {
        DomainProblem problem = GatewayProblems.circuitOpen("donors-service", 4);

        Map<String, Object> english = responses.body(problem, new RequestInfo("/api/funds", "en", "r-1"));
        Map<String, Object> persian = responses.body(problem, new RequestInfo("/api/funds", "fa-IR, en;q=0.5", "r-1"));

        assertThat(english).containsEntry("type", "urn:hamyar:problem:circuit-open").containsEntry("status", 503)
                .containsEntry("service", "donors-service").containsEntry("retryAfter", 4L)
                .containsEntry("instance", "/api/funds").containsEntry("requestId", "r-1");
        assertThat((String) english.get("detail")).contains("donors-service").contains("4 seconds");
        assertThat((String) persian.get("title")).isEqualTo("سرویس در دسترس نیست");
        assertThat((String) persian.get("detail")).contains("donors-service").contains("ثانیه");
        assertThat(problem.headers()).containsEntry("Retry-After", "4");
    }

    @Test
    void aBodyTooLargeIsApiConventionsOwn413WithThePathsLimit() {
        ExceptionProblems problems = new ExceptionProblems(responses, List.of());

        DomainProblem problem = GatewayProblems.payloadTooLarge(problems, 1024);

        assertThat(problem.status()).isEqualTo(413);
        assertThat(problem.slug()).isEqualTo("payload-too-large");
        assertThat(problem.extensions()).containsEntry("maxBytes", 1024L);
        assertThat(responses.body(problem, new RequestInfo("/api/persons", "en", "r-2")).get("title"))
                .as("the shared text, not a gateway one").isEqualTo("Payload too large");
    }
}

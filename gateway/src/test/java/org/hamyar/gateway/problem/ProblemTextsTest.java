package org.hamyar.gateway.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class ProblemTextsTest {

    @Test
    void persianWhenTheCallerPrefersIt() {
        assertThat(ProblemTexts.locale("fa-IR,fa;q=0.9,en;q=0.5").getLanguage()).isEqualTo("fa");
        assertThat(ProblemTexts.locale("en;q=0.9,fa;q=0.5")).isEqualTo(Locale.ENGLISH);
        assertThat(ProblemTexts.locale(null)).isEqualTo(Locale.ENGLISH);
        assertThat(ProblemTexts.locale("de")).isEqualTo(Locale.ENGLISH);
        assertThat(ProblemTexts.locale(";;;=")).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void everyProblemHasATitleAndADetailInBothLanguages() {
        GatewayProblem[] problems = {GatewayProblem.unauthorized(), GatewayProblem.forbidden(),
                GatewayProblem.notFound(), GatewayProblem.rateLimited(3), GatewayProblem.serviceUnavailable("donors-service"),
                GatewayProblem.circuitOpen("donors-service", 4), GatewayProblem.gatewayTimeout("donors-service", 10),
                GatewayProblem.badGateway("donors-service"), GatewayProblem.payloadTooLarge(1024),
                GatewayProblem.internalError()};
        for (GatewayProblem problem : problems) {
            for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.of("fa")}) {
                assertThat(ProblemTexts.title(problem, locale)).as(problem.slug()).isNotEqualTo(problem.slug());
                assertThat(ProblemTexts.detail(problem, locale)).as(problem.slug()).isNotBlank();
            }
        }
    }

    @Test
    void theDetailNamesTheServiceInTheCallersLanguage() {
        GatewayProblem problem = GatewayProblem.circuitOpen("donors-service", 4);

        assertThat(ProblemTexts.detail(problem, Locale.ENGLISH)).contains("donors-service").contains("4 seconds");
        assertThat(ProblemTexts.detail(problem, Locale.of("fa"))).contains("donors-service").contains("ثانیه");
    }
}

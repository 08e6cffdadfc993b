package org.hamyar.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.hamyar.api.problem.DomainProblem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class EntityTagsTest {

    @Test
    void theTagOfAVersionIsStrongAndQuoted() {
        assertThat(EntityTags.of(7).toString()).isEqualTo("\"7\"");
        assertThat(EntityTags.of(7).isWeak()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"7\"", "W/\"7\"", "*", " \"7\" ", "\"6\", \"7\"", "W/\"5\",W/\"7\""})
    void theCurrentVersionPasses(String ifMatch) {
        assertThatCode(() -> EntityTags.requireIfMatch(ifMatch, 7)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"6\"", "W/\"8\"", "7", "\"7", "\"7\" garbage", "\"7\";\"8\"", "**"})
    void anotherOrUnreadableVersionIsStale(String ifMatch) {
        assertThatThrownBy(() -> EntityTags.requireIfMatch(ifMatch, 7))
                .isInstanceOfSatisfying(DomainProblem.class, problem -> {
                    assertThat(problem.status()).isEqualTo(412);
                    assertThat(problem.type()).isEqualTo("urn:hamyar:problem:stale-version");
                    assertThat(problem.extensions()).containsEntry("currentEtag", "\"7\"");
                    assertThat(problem.headers()).containsEntry("ETag", "\"7\"");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void aMissingHeaderIsRequired(String ifMatch) {
        assertThatThrownBy(() -> EntityTags.requireIfMatch(ifMatch, 7))
                .isInstanceOfSatisfying(DomainProblem.class, problem -> {
                    assertThat(problem.status()).isEqualTo(428);
                    assertThat(problem.slug()).isEqualTo("if-match-required");
                });
        assertThatThrownBy(() -> EntityTags.requireIfMatch(null, 7))
                .isInstanceOfSatisfying(DomainProblem.class, problem -> assertThat(problem.status()).isEqualTo(428));
    }
}

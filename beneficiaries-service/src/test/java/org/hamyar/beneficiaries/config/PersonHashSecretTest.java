package org.hamyar.beneficiaries.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/**
 * The person-hash secret as the service's own application.properties gives it in each profile: a
 * packaged service (profile prod) has none unless PERSON_HASH_SECRET is set, and then refuses to
 * start; dev and test have a marked local-demo value.
 */
class PersonHashSecretTest {

    @Test
    void aPackagedServiceWithoutPersonHashSecretDoesNotStart() throws IOException {
        BeneficiariesConfig prod = config("prod", Map.of());
        assertThat(prod.personHashSecret()).isEmpty();
        assertThatThrownBy(() -> new PersonHashing().personHasher(prod))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("PERSON_HASH_SECRET is not set");
    }

    @Test
    void aBlankSecretIsNoSecret() throws IOException {
        assertThatThrownBy(() -> new PersonHashing().personHasher(config("prod", Map.of("PERSON_HASH_SECRET", "  "))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("PERSON_HASH_SECRET");
    }

    @Test
    void theDeploymentsSecretIsUsedInEveryProfile() throws IOException {
        Map<String, String> environment = Map.of("PERSON_HASH_SECRET", "the-network-secret");
        for (String profile : new String[] {"prod", "dev", "test"}) {
            assertThat(config(profile, environment).personHashSecret()).as(profile).contains("the-network-secret");
        }
        assertThat(new PersonHashing().personHasher(config("prod", environment)).hash("0499370899")).hasSize(64);
    }

    @Test
    void devAndTestHaveAMarkedLocalDemoSecret() throws IOException {
        for (String profile : new String[] {"dev", "test"}) {
            assertThat(config(profile, Map.of()).personHashSecret()).as(profile)
                    .hasValueSatisfying(secret -> assertThat(secret).startsWith("local-demo-"));
        }
    }

    /** The service's application.properties in the profile, with the environment variables given. */
    private static BeneficiariesConfig config(String profile, Map<String, String> environment) throws IOException {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withProfile(profile)
                .withSources(new PropertiesConfigSource(
                        PersonHashSecretTest.class.getClassLoader().getResource("application.properties"), 250))
                .withSources(new PropertiesConfigSource(environment, "environment", 300))
                .withMapping(BeneficiariesConfig.class)
                // durations as Quarkus reads them ("2s"), which plain SmallRye Config does not
                .withConverter(Duration.class, 200, new DurationConverter())
                .build();
        return config.getConfigMapping(BeneficiariesConfig.class);
    }
}

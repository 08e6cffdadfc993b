package org.hamyar.outbox.asyncapi;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which files a service's event documentation consists of, without HTTP. */
class EventDocumentationTest {

    @Test
    void theDocumentAndExactlyTheSchemasItRefersTo() {
        EventDocumentation documentation = EventDocumentation.load(getClass().getClassLoader());

        assertThat(documentation.document()).isPresent();
        assertThat(documentation.schemaNames())
                .containsExactly("cloudevents-headers", "hamyar.beneficiaries.aid-granted.v1");
        assertThat(new String(documentation.schema("hamyar.beneficiaries.aid-granted.v1").orElseThrow(), StandardCharsets.UTF_8))
                .contains("\"title\": \"AidGranted\"");
        assertThat(documentation.schema("hamyar.agreements.agreement-signed.v1")).isEmpty();
        assertThat(documentation.schema("../application.properties")).isEmpty();
    }

    @Test
    void aServiceWithoutADocumentServesNothing() {
        EventDocumentation documentation = EventDocumentation.load(withDocument(null));

        assertThat(documentation.document()).isEmpty();
        assertThat(documentation.schemaNames()).isEmpty();
    }

    @Test
    void aReferenceToASchemaEventContractsDoesNotHaveIsAMistakeFoundAtOnce() {
        ClassLoader broken = withDocument("payload:\n  $ref: 'asyncapi/schemas/hamyar.agreements.nothing.v1.json'\n");

        assertThatThrownBy(() -> EventDocumentation.load(broken))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("hamyar.agreements.nothing.v1");
    }

    /** The test classpath, with asyncapi.yaml replaced (or removed when null). */
    private ClassLoader withDocument(String yaml) {
        return new ClassLoader(getClass().getClassLoader()) {
            @Override
            public InputStream getResourceAsStream(String name) {
                if (EventDocumentation.DOCUMENT.equals(name)) {
                    return yaml == null ? null : new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8));
                }
                return super.getResourceAsStream(name);
            }
        };
    }
}

package org.hamyar.api.testing;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The validator refuses what a client generator would stumble on, and accepts a sound document. */
class OpenApiDocumentsTest {

    private static final String SOUND = """
            openapi: 3.1.0
            info: {title: t, version: 1.0.0}
            paths:
              /things:
                post:
                  responses:
                    '201': {description: Created}
            """;

    @Test
    void aSoundDocumentPasses() {
        OpenApiDocuments.assertValid(SOUND);
    }

    @Test
    void aResponseWithoutDescriptionFails() {
        assertThatThrownBy(() -> OpenApiDocuments.assertValid(SOUND.replace("{description: Created}", "{}")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("description");
    }

    @Test
    void aDanglingReferenceFails() {
        String dangling = SOUND.replace("{description: Created}",
                "{description: Created, content: {application/json: {schema: {$ref: '#/components/schemas/Nope'}}}}");
        assertThatThrownBy(() -> OpenApiDocuments.assertValid(dangling)).isInstanceOf(AssertionError.class);
    }
}

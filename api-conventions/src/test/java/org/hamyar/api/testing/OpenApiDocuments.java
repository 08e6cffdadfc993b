package org.hamyar.api.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

/**
 * Checks an OpenAPI document with the reference parser (swagger-parser), as a client generator
 * would read it: every message it reports (a missing response description, a dangling
 * {@code $ref}, a wrong type) fails the test. Services and the gateway use it on {@code /q/openapi}.
 */
public final class OpenApiDocuments {

    private OpenApiDocuments() {
    }

    /** @param document the document as served, YAML or JSON */
    public static void assertValid(String document) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIParser().readContents(document, null, options);
        assertThat(result.getMessages()).as("messages of the OpenAPI parser").isEmpty();
        assertThat(result.getOpenAPI()).as("the parsed document").isNotNull();
        assertThat(result.getOpenAPI().getPaths()).as("the document's paths").isNotEmpty();
    }
}

package org.hamyar.api.idempotency;

import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationTarget;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexView;
import org.jboss.jandex.MethodInfo;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Every operation whose method (or class) carries {@link Idempotent} documents the
 * {@code Idempotency-Key} header it accepts and the 422 {@code idempotency-key-reused} it may answer,
 * so that no service has to repeat them by hand on each creating POST (and none can forget one).
 * Operations are matched by their {@code operationId}; the jar's Jandex index makes the annotation
 * visible to the build-time scan.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class IdempotencyKeyDocumentation implements OASFilter {

    private static final DotName IDEMPOTENT = DotName.createSimple(Idempotent.class);
    private static final DotName OPERATION = DotName.createSimple("org.eclipse.microprofile.openapi.annotations.Operation");
    private static final Set<String> HTTP_METHODS = Set.of("POST", "PUT", "PATCH", "DELETE");

    private static final String REUSED = "the Idempotency-Key was already used for a request with another body";

    static final String REUSED_EXAMPLE = """
            {"type":"urn:hamyar:problem:idempotency-key-reused","title":"Idempotency key reused","status":422,\
            "detail":"This Idempotency-Key was already used for a request with a different body.",\
            "instance":"/api/...","requestId":"5c0e3a52-6a0b-4b36-8b0b-2f6f0f8b1a11","errors":[]}""";

    private final Set<String> operationIds;

    public IdempotencyKeyDocumentation(IndexView index) {
        this.operationIds = idempotentOperationIds(index);
    }

    private static Set<String> idempotentOperationIds(IndexView index) {
        Set<String> ids = new HashSet<>();
        for (AnnotationInstance idempotent : index.getAnnotations(IDEMPOTENT)) {
            AnnotationTarget target = idempotent.target();
            if (target.kind() == AnnotationTarget.Kind.METHOD) {
                operationId(target.asMethod()).ifPresent(ids::add);
            } else if (target.kind() == AnnotationTarget.Kind.CLASS) {
                ClassInfo type = target.asClass();
                type.methods().stream()
                        .filter(method -> method.declaredAnnotations().stream()
                                .anyMatch(a -> "jakarta.ws.rs".equals(a.name().packagePrefix()) && HTTP_METHODS.contains(a.name().local())))
                        .forEach(method -> operationId(method).ifPresent(ids::add));
            }
        }
        return ids;
    }

    private static Optional<String> operationId(MethodInfo method) {
        AnnotationInstance operation = method.declaredAnnotation(OPERATION);
        if (operation == null || operation.value("operationId") == null) {
            return Optional.empty();
        }
        return Optional.of(operation.value("operationId").asString());
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        boolean problemSchema = openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null
                && openAPI.getComponents().getSchemas().containsKey("Problem");
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : item.getOperations().entrySet()) {
                Operation operation = entry.getValue();
                if (operation.getOperationId() != null && operationIds.contains(operation.getOperationId())) {
                    document(operation, problemSchema);
                }
            }
        }
    }

    private static void document(Operation operation, boolean problemSchema) {
        boolean declared = operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> p.getIn() == Parameter.In.HEADER && IdempotencyFilters.KEY_HEADER.equalsIgnoreCase(p.getName()));
        if (!declared) {
            operation.addParameter(OASFactory.createParameter()
                    .name(IdempotencyFilters.KEY_HEADER)
                    .in(Parameter.In.HEADER)
                    .required(false)
                    .description("Makes a retry safe: a request with the same key and body gets the first response again "
                            + "(with Idempotent-Replayed: true), one with the same key and another body is 422 "
                            + "idempotency-key-reused, one while the first still runs is 409 idempotency-key-in-progress.")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                            .minLength(1).maxLength(IdempotencyFilters.MAX_KEY_LENGTH).pattern("^[\\x21-\\x7E]+$"))
                    .example("6f1e4c55-5b0e-4c9a-9d7c-1c8f64a3a2f1"));
        }
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponse existing = operation.getResponses().getAPIResponse("422");
        if (existing != null) {
            // A 422 the operation declares for its own rules (or by reference) also covers the reused key.
            if (existing.getRef() == null && existing.getDescription() != null
                    && !existing.getDescription().contains("idempotency-key-reused")) {
                existing.setDescription(existing.getDescription() + "; idempotency-key-reused: " + REUSED);
            }
        } else {
            Schema schema = problemSchema
                    ? OASFactory.createSchema().ref("Problem")
                    : OASFactory.createSchema().addType(Schema.SchemaType.OBJECT);
            APIResponse reused = OASFactory.createAPIResponse()
                    .description("idempotency-key-reused: " + REUSED)
                    .content(OASFactory.createContent().addMediaType("application/problem+json",
                            OASFactory.createMediaType().schema(schema)
                                    .addExample("idempotency-key-reused", OASFactory.createExample().value(REUSED_EXAMPLE))));
            operation.getResponses().addAPIResponse("422", reused);
        }
    }
}

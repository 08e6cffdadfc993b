package org.hamyar.outbox.admin;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.Paths;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * The service's OpenAPI document names its event administration as it is called:
 * {@code /api/beneficiaries-admin/dead-letters}, not {@code /api/{service}-admin/dead-letters}. A
 * service answers only its own name, so the template would document paths that are 404 and hide
 * the first segment the gateway routes by (and merges the documents by).
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class EventAdminPaths implements OASFilter {

    static final String TEMPLATE = "/api/{service}-admin";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Paths paths = openAPI.getPaths();
        String source = ConfigProvider.getConfig().getOptionalValue("hamyar.outbox.source", String.class).orElse(null);
        if (paths == null || paths.getPathItems() == null || source == null) {
            return;
        }
        String prefix = "/api/" + EventAdminResource.serviceName(source) + "-admin";
        for (String path : List.copyOf(paths.getPathItems().keySet())) {
            if (!path.startsWith(TEMPLATE)) {
                continue;
            }
            PathItem item = paths.getPathItem(path);
            paths.removePathItem(path);
            item.setParameters(withoutService(item.getParameters()));
            Map<PathItem.HttpMethod, Operation> operations = item.getOperations();
            if (operations != null) {
                operations.values().forEach(operation -> operation.setParameters(withoutService(operation.getParameters())));
            }
            paths.addPathItem(prefix + path.substring(TEMPLATE.length()), item);
        }
    }

    private static List<Parameter> withoutService(List<Parameter> parameters) {
        if (parameters == null) {
            return null;
        }
        List<Parameter> kept = parameters.stream()
                .filter(parameter -> !(parameter.getIn() == Parameter.In.PATH && "service".equals(parameter.getName())))
                .toList();
        return kept.isEmpty() ? null : kept;
    }
}

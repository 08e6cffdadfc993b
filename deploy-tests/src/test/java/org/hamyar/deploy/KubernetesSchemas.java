package org.hamyar.deploy;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import io.kubernetes.client.openapi.JSON;
import io.kubernetes.client.openapi.models.V1ConfigMap;
import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1Ingress;
import io.kubernetes.client.openapi.models.V1NetworkPolicy;
import io.kubernetes.client.openapi.models.V1PodDisruptionBudget;
import io.kubernetes.client.openapi.models.V1Service;
import io.kubernetes.client.openapi.models.V2HorizontalPodAutoscaler;
import java.lang.reflect.InvocationTargetException;
import java.util.Map;
import java.util.Optional;

/**
 * Validates a resource of a built-in kind against the Kubernetes API schema. The Kubernetes Java client's
 * models are generated from the Kubernetes OpenAPI document; each model's {@code validateJsonElement}
 * refuses a field its schema does not define, a missing required field and a value of the wrong shape
 * (object, array or scalar), down the whole tree; reading the resource into the model then refuses a scalar
 * of the wrong type (a word where a number belongs, a malformed quantity).
 */
final class KubernetesSchemas {

    private static final Map<String, Class<?>> MODELS = Map.of(
            "apps/v1 Deployment", V1Deployment.class,
            "v1 Service", V1Service.class,
            "v1 ConfigMap", V1ConfigMap.class,
            "autoscaling/v2 HorizontalPodAutoscaler", V2HorizontalPodAutoscaler.class,
            "policy/v1 PodDisruptionBudget", V1PodDisruptionBudget.class,
            "networking.k8s.io/v1 NetworkPolicy", V1NetworkPolicy.class,
            "networking.k8s.io/v1 Ingress", V1Ingress.class);

    private KubernetesSchemas() {
    }

    /** The schema's model for the resource's apiVersion and kind, if it is one of the built-in kinds used here. */
    static Optional<Class<?>> model(Map<String, Object> resource) {
        return Optional.ofNullable(MODELS.get(resource.get("apiVersion") + " " + resource.get("kind")));
    }

    /** Throws IllegalArgumentException naming what does not fit the schema. */
    static void validate(Map<String, Object> resource) {
        Class<?> model = model(resource).orElseThrow(() -> new IllegalArgumentException(
                "no Kubernetes schema known for " + resource.get("apiVersion") + " " + resource.get("kind")));
        JsonElement json = new Gson().toJsonTree(resource);
        try {
            model.getMethod("validateJsonElement", JsonElement.class).invoke(null, json);
        } catch (InvocationTargetException e) {
            throw new IllegalArgumentException(model.getSimpleName() + ": " + e.getCause().getMessage(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        try {
            JSON.deserialize(json.toString(), model);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(model.getSimpleName() + ": " + e.getMessage(), e);
        }
    }
}

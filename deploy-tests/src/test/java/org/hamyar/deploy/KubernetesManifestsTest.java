package org.hamyar.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamyar.deploy.Kustomization.list;
import static org.hamyar.deploy.Kustomization.map;
import static org.hamyar.deploy.Kustomization.name;

import io.kubernetes.client.custom.Quantity;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * deploy/kubernetes/ cannot be applied on the project's own machines (no cluster); this test keeps it
 * honest offline. Each overlay is rendered as {@code kubectl apply -k} would; every resource of a built-in
 * kind is validated against the Kubernetes API schema; every reference resolves (ConfigMap keys, Secrets an
 * operator writes or the README tells you to create, Services, autoscalers and disruption budgets to their
 * Deployments); every service gets each environment variable its application.properties reads, probes on
 * /q/health, its RSS target reserved as its memory request and an autoscaler; only the gateway is reachable from
 * outside; Strimzi's users get exactly the Kafka rights docker/kafka-setup.sh gives in compose.
 *
 * <p>The Strimzi and CloudNativePG resources are custom resources: no schema of theirs is available offline
 * from the registries this project uses, so they are checked for the fields the services depend on (names,
 * listeners, authentication, ACLs, databases), not validated against the operators' CRDs.
 */
class KubernetesManifestsTest {

    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    private static final Path KUBERNETES = ROOT.resolve("deploy/kubernetes");
    private static final List<String> SERVICES = List.of("agreements-service", "beneficiaries-service", "donors-service");
    private static final List<String> ALL = List.of("agreements-service", "beneficiaries-service", "donors-service", "gateway");
    private static final Pattern ENV_REFERENCE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(?::[^}]*)?}");
    /** docs/product.md §9: RSS ≤ 250 MB per service. */
    private static final BigDecimal RSS_TARGET = new BigDecimal(250_000_000);

    static Stream<String> overlays() {
        return Stream.of("operators", "external");
    }

    static Stream<Arguments> overlaysAndServices() {
        return overlays().flatMap(o -> ALL.stream().map(s -> Arguments.of(o, s)));
    }

    private static List<Map<String, Object>> render(String overlay) throws IOException {
        return Kustomization.render(KUBERNETES.resolve(overlay));
    }

    private static Map<String, Object> find(List<Map<String, Object>> resources, String kind, String name) {
        return resources.stream().filter(r -> kind.equals(r.get("kind")) && name.equals(name(r))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " " + name));
    }

    private static List<Map<String, Object>> all(List<Map<String, Object>> resources, String kind) {
        return resources.stream().filter(r -> kind.equals(r.get("kind"))).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> container(Map<String, Object> deployment) {
        List<?> containers = list(podSpec(deployment).get("containers"));
        assertThat(containers).as("containers of %s", name(deployment)).hasSize(1);
        return (Map<String, Object>) containers.getFirst();
    }

    private static Map<String, Object> podSpec(Map<String, Object> deployment) {
        return map(map(map(deployment.get("spec")).get("template")).get("spec"));
    }

    private static Map<String, Map<String, Object>> env(Map<String, Object> container) {
        Map<String, Map<String, Object>> env = new HashMap<>();
        for (Object variable : list(container.get("env"))) {
            env.put(String.valueOf(map(variable).get("name")), map(variable));
        }
        return env;
    }

    // --- the Kubernetes schemas ----------------------------------------------------------------------

    @ParameterizedTest
    @MethodSource("overlays")
    void everyResourceFitsItsSchema(String overlay) throws IOException {
        List<Map<String, Object>> resources = render(overlay);
        assertThat(resources).isNotEmpty();
        for (Map<String, Object> resource : resources) {
            if (KubernetesSchemas.model(resource).isPresent()) {
                assertThatCode(() -> KubernetesSchemas.validate(resource))
                        .as("%s %s %s", overlay, resource.get("kind"), name(resource)).doesNotThrowAnyException();
            } else {
                assertThat(resource.get("apiVersion")).as("%s %s: a kind this test knows", resource.get("kind"), name(resource))
                        .isIn("kafka.strimzi.io/v1", "postgresql.cnpg.io/v1");
            }
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theSchemaCheckRefusesAnUnknownFieldAMissingRequiredFieldAndAWrongType() throws IOException {
        Map<String, Object> deployment = find(render("operators"), "Deployment", "gateway");
        container(deployment).put("readinesProbe", Map.of("httpGet", Map.of("path", "/q/health/ready", "port", "http")));
        assertThatThrownBy(() -> KubernetesSchemas.validate(deployment)).hasMessageContaining("readinesProbe");

        Map<String, Object> unnamed = find(render("operators"), "Deployment", "gateway");
        container(unnamed).remove("name");
        assertThatThrownBy(() -> KubernetesSchemas.validate(unnamed)).hasMessageContaining("name");

        Map<String, Object> wordyReplicas = find(render("operators"), "Deployment", "gateway");
        ((Map<String, Object>) wordyReplicas.get("spec")).put("replicas", "two");
        assertThatThrownBy(() -> KubernetesSchemas.validate(wordyReplicas)).isInstanceOf(IllegalArgumentException.class);

        Map<String, Object> badMemory = find(render("operators"), "Deployment", "gateway");
        ((Map<String, Object>) map(container(badMemory).get("resources")).get("limits")).put("memory", "a lot");
        assertThatThrownBy(() -> KubernetesSchemas.validate(badMemory)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theRendererRefusesAMissingResource() throws IOException {
        Path broken = Files.createTempDirectory("kustomization");
        Files.writeString(broken.resolve("kustomization.yaml"), """
                apiVersion: kustomize.config.k8s.io/v1beta1
                kind: Kustomization
                resources: [absent.yaml]
                """);
        assertThatThrownBy(() -> Kustomization.render(broken)).hasMessageContaining("absent.yaml");
    }

    // --- references ----------------------------------------------------------------------------------

    @ParameterizedTest
    @MethodSource("overlays")
    void everyConfigMapKeyAServiceReadsExists(String overlay) throws IOException {
        List<Map<String, Object>> resources = render(overlay);
        for (Map<String, Object> deployment : all(resources, "Deployment")) {
            for (Map<String, Object> variable : env(container(deployment)).values()) {
                Map<String, Object> ref = map(map(variable.get("valueFrom")).get("configMapKeyRef"));
                if (!ref.isEmpty() && !Boolean.TRUE.equals(ref.get("optional"))) {
                    Map<String, Object> configMap = find(resources, "ConfigMap", String.valueOf(ref.get("name")));
                    assertThat(map(configMap.get("data"))).as("%s %s", name(deployment), variable.get("name"))
                            .containsKey(String.valueOf(ref.get("key")));
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everySecretIsWrittenByAnOperatorOrCreatedAsTheReadmeSays(String overlay) throws IOException {
        List<Map<String, Object>> resources = render(overlay);
        // Strimzi writes a KafkaUser's credentials to a Secret of the user's name; CloudNativePG the owner's to <cluster>-app
        Map<String, Set<String>> written = new HashMap<>();
        all(resources, "KafkaUser").forEach(u -> written.put(name(u), Set.of("password", "sasl.jaas.config")));
        all(resources, "Cluster").forEach(c -> written.put(name(c) + "-app", Set.of("username", "password")));
        Set<String> documented = secretsTheReadmeCreates();

        assertThat(all(resources, "Secret")).as("no Secret, and so no secret value, is in the repository").isEmpty();
        for (Map<String, Object> deployment : all(resources, "Deployment")) {
            for (Map<String, Object> variable : env(container(deployment)).values()) {
                Map<String, Object> ref = map(map(variable.get("valueFrom")).get("secretKeyRef"));
                if (ref.isEmpty()) {
                    continue;
                }
                String secret = String.valueOf(ref.get("name"));
                if (written.containsKey(secret)) {
                    assertThat(written.get(secret)).as("%s reads %s", name(deployment), secret).contains(String.valueOf(ref.get("key")));
                } else {
                    assertThat(documented).as("%s: %s's Secret %s is created as the README says", overlay, name(deployment), secret)
                            .contains(secret + "/" + ref.get("key"));
                }
            }
        }
    }

    /** name/key of every {@code kubectl create secret generic NAME --from-literal=KEY=...} in the README. */
    private static Set<String> secretsTheReadmeCreates() throws IOException {
        Matcher create = Pattern.compile("create secret generic ([a-z0-9-]+)((?: +--from-literal=[a-z.]+=\\S+)+)")
                .matcher(Files.readString(ROOT.resolve("README.md")));
        Set<String> secrets = new TreeSet<>();
        while (create.find()) {
            Matcher key = Pattern.compile("--from-literal=([a-z.]+)=").matcher(create.group(2));
            while (key.find()) {
                secrets.add(create.group(1) + "/" + key.group(1));
            }
        }
        return secrets;
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void servicesAutoscalersAndDisruptionBudgetsFindTheirPods(String overlay) throws IOException {
        List<Map<String, Object>> resources = render(overlay);
        for (Map<String, Object> service : all(resources, "Service")) {
            Map<String, Object> spec = map(service.get("spec"));
            assertThat(spec.getOrDefault("type", "ClusterIP")).as("%s stays inside the cluster", name(service)).isEqualTo("ClusterIP");
            Map<String, Object> deployment = find(resources, "Deployment", name(service));
            assertThat(map(spec.get("selector"))).as("selector of %s", name(service)).isNotEmpty();
            assertThat(podLabels(deployment)).as("pods of %s", name(service)).containsAllEntriesOf(map(spec.get("selector")));
            Set<String> containerPorts = new LinkedHashSet<>();
            list(container(deployment).get("ports")).forEach(p -> containerPorts.add(String.valueOf(map(p).get("name"))));
            list(spec.get("ports")).forEach(p -> assertThat(containerPorts).contains(String.valueOf(map(p).get("targetPort"))));
        }
        for (Map<String, Object> autoscaler : all(resources, "HorizontalPodAutoscaler")) {
            Map<String, Object> target = map(map(autoscaler.get("spec")).get("scaleTargetRef"));
            assertThat(target.get("kind")).isEqualTo("Deployment");
            find(resources, "Deployment", String.valueOf(target.get("name")));
        }
        for (Map<String, Object> budget : all(resources, "PodDisruptionBudget")) {
            Map<String, Object> deployment = find(resources, "Deployment", name(budget));
            Map<String, Object> selector = map(map(map(budget.get("spec")).get("selector")).get("matchLabels"));
            assertThat(selector).isNotEmpty();
            assertThat(podLabels(deployment)).containsAllEntriesOf(selector);
        }
    }

    private static Map<String, Object> podLabels(Map<String, Object> deployment) {
        return map(map(map(map(deployment.get("spec")).get("template")).get("metadata")).get("labels"));
    }

    // --- each service --------------------------------------------------------------------------------

    @ParameterizedTest
    @MethodSource("overlaysAndServices")
    void eachServiceGetsEveryVariableItsConfigurationReads(String overlay, String service) throws IOException {
        Map<String, Object> deployment = find(render(overlay), "Deployment", service);
        Map<String, Map<String, Object>> env = env(container(deployment));
        assertThat(env).as("environment of %s", service).containsKeys(variablesReadBy(service).toArray(String[]::new));
        String port = String.valueOf(env.get("HTTP_PORT").get("value"));
        assertThat(list(container(deployment).get("ports"))).map(p -> String.valueOf(map(p).get("containerPort"))).containsExactly(port);
    }

    @ParameterizedTest
    @MethodSource("overlaysAndServices")
    void eachServiceHasProbesOnQuarkusHealthAndReservesItsRssTarget(String overlay, String service) throws IOException {
        Map<String, Object> container = container(find(render(overlay), "Deployment", service));
        for (String probe : List.of("readinessProbe", "livenessProbe", "startupProbe")) {
            Map<String, Object> httpGet = map(map(container.get(probe)).get("httpGet"));
            assertThat(String.valueOf(httpGet.get("path"))).as("%s %s", service, probe).startsWith("/q/health/");
            assertThat(httpGet.get("port")).as("%s %s", service, probe).isEqualTo("http");
        }
        assertThat(map(map(container.get("readinessProbe")).get("httpGet")).get("path")).isEqualTo("/q/health/ready");
        assertThat(map(map(container.get("livenessProbe")).get("httpGet")).get("path")).isEqualTo("/q/health/live");

        Map<String, Object> resources = map(container.get("resources"));
        BigDecimal limit = Quantity.fromString(String.valueOf(map(resources.get("limits")).get("memory"))).getNumber();
        BigDecimal request = Quantity.fromString(String.valueOf(map(resources.get("requests")).get("memory"))).getNumber();
        assertThat(request).as("%s memory request: the scheduler reserves the RSS target", service).isEqualTo(RSS_TARGET);
        assertThat(limit).as("%s memory limit: headroom above the target, not a second budget", service)
                .isBetween(RSS_TARGET, RSS_TARGET.multiply(new BigDecimal("1.3")));
        assertThat(map(resources.get("requests"))).as("the autoscaler measures CPU against the request").containsKey("cpu");
        // the JVM's heap is a share of the container's memory, not Dockerfile's -Xmx256m (which alone exceeds the limit)
        assertThat(String.valueOf(env(container).get("JAVA_OPTS").get("value"))).contains("-XX:MaxRAMPercentage=").doesNotContain("-Xmx");
    }

    @ParameterizedTest
    @ValueSource(strings = {"agreements-service", "beneficiaries-service", "donors-service", "gateway"})
    void tracesAreOffUnlessTheConfigMapNamesACollector(String service) throws IOException {
        List<Map<String, Object>> resources = render("operators");
        Map<String, Object> ref = map(map(env(container(find(resources, "Deployment", service)))
                .get("OTEL_EXPORTER_OTLP_ENDPOINT").get("valueFrom")).get("configMapKeyRef"));
        assertThat(ref).containsEntry("name", "hamyar-config").containsEntry("optional", true);
        assertThat(map(find(resources, "ConfigMap", "hamyar-config").get("data"))).doesNotContainKey(String.valueOf(ref.get("key")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"agreements-service", "beneficiaries-service", "donors-service", "gateway"})
    void eachServiceScalesWithAnAutoscaler(String service) throws IOException {
        Map<String, Object> autoscaler = find(render("operators"), "HorizontalPodAutoscaler", service);
        Map<String, Object> spec = map(autoscaler.get("spec"));
        assertThat((Integer) spec.get("minReplicas")).isGreaterThanOrEqualTo(2);
        assertThat((Integer) spec.get("maxReplicas")).isGreaterThan((Integer) spec.get("minReplicas"));
    }

    @Test
    void onlyTheGatewayIsReachableFromOutside() throws IOException {
        List<Map<String, Object>> resources = render("operators");
        assertThat(all(resources, "Ingress")).singleElement().satisfies(ingress -> assertThat(
                list(map(map(list(map(ingress.get("spec")).get("rules")).getFirst()).get("http")).get("paths")))
                .allSatisfy(p -> assertThat(map(map(map(p).get("backend")).get("service")).get("name")).isEqualTo("gateway")));

        // the three services accept connections from the gateway's pods only
        Set<String> guarded = new TreeSet<>();
        for (Map<String, Object> policy : all(resources, "NetworkPolicy")) {
            Map<String, Object> spec = map(policy.get("spec"));
            List<?> expressions = list(map(spec.get("podSelector")).get("matchExpressions"));
            if (expressions.isEmpty()) {
                continue;
            }
            assertThat(list(spec.get("ingress"))).allSatisfy(rule -> assertThat(list(map(rule).get("from")))
                    .singleElement().satisfies(from -> assertThat(map(map(from).get("podSelector")).get("matchLabels"))
                            .isEqualTo(Map.of("app.kubernetes.io/name", "gateway"))));
            assertThat(list(spec.get("policyTypes"))).map(String::valueOf).contains("Ingress");
            expressions.forEach(e -> list(map(e).get("values")).forEach(v -> guarded.add(String.valueOf(v))));
        }
        assertThat(guarded).containsExactlyInAnyOrderElementsOf(SERVICES);
    }

    @Test
    void theGatewayFindsTheServicesWhereTheirServicesAre() throws IOException {
        List<Map<String, Object>> resources = render("operators");
        Map<String, Map<String, Object>> env = env(container(find(resources, "Deployment", "gateway")));
        for (String service : SERVICES) {
            String variable = service.replace("-service", "").toUpperCase() + "_URL";
            Object port = map(list(map(find(resources, "Service", service).get("spec")).get("ports")).getFirst()).get("port");
            assertThat(env.get(variable).get("value")).isEqualTo("http://" + service + ":" + port);
        }
    }

    // --- the operators' resources --------------------------------------------------------------------

    @Test
    void strimziGivesEachServiceExactlyTheKafkaRightsComposeGives() throws IOException {
        List<Map<String, Object>> resources = render("operators");
        String setup = Files.readString(ROOT.resolve("docker/kafka-setup.sh"));
        Map<String, Set<String>> expected = new HashMap<>();
        for (String line : setup.lines().toList()) {
            String[] words = line.split(" ");
            if (line.startsWith("writes ")) {
                expected.computeIfAbsent(words[1], u -> new TreeSet<>()).addAll(Set.of(
                        "topic " + words[2] + " Write", "topic " + words[2] + " Describe"));
            } else if (line.startsWith("reads ")) {
                expected.computeIfAbsent(words[1], u -> new TreeSet<>()).addAll(Set.of(
                        "topic " + words[2] + " Read", "topic " + words[2] + " Describe", "group " + words[3] + " Read"));
            }
        }
        assertThat(expected).containsOnlyKeys(SERVICES);

        Map<String, Set<String>> granted = new HashMap<>();
        for (Map<String, Object> user : all(resources, "KafkaUser")) {
            assertThat(map(map(user.get("metadata")).get("labels"))).containsEntry("strimzi.io/cluster", "hamyar-kafka");
            Map<String, Object> spec = map(user.get("spec"));
            assertThat(map(spec.get("authentication")).get("type")).isEqualTo("scram-sha-512");
            assertThat(map(spec.get("authorization")).get("type")).isEqualTo("simple");
            Set<String> rights = granted.computeIfAbsent(name(user), u -> new TreeSet<>());
            for (Object acl : list(map(spec.get("authorization")).get("acls"))) {
                Map<String, Object> resource = map(map(acl).get("resource"));
                assertThat(resource.get("patternType")).as("no prefix or wildcard right").isEqualTo("literal");
                assertThat(map(acl).getOrDefault("type", "allow")).isEqualTo("allow");
                list(map(acl).get("operations")).forEach(op -> rights.add(resource.get("type") + " " + resource.get("name") + " " + op));
            }
        }
        assertThat(granted).isEqualTo(expected);
    }

    @Test
    void strimziCreatesTheTopicsComposeCreates() throws IOException {
        List<Map<String, Object>> resources = render("operators");
        Map<String, Integer> expected = new HashMap<>();
        Matcher loop = Pattern.compile("for t in ([^;]+); do topic \"\\$t\"( (\\d+))?; done").matcher(Files.readString(ROOT.resolve("docker/kafka-setup.sh")));
        while (loop.find()) {
            for (String topic : loop.group(1).trim().split(" +")) {
                expected.put(topic, loop.group(3) == null ? 6 : Integer.parseInt(loop.group(3)));
            }
        }
        assertThat(expected).hasSize(6);
        Map<String, Integer> created = new HashMap<>();
        for (Map<String, Object> topic : all(resources, "KafkaTopic")) {
            assertThat(map(map(topic.get("metadata")).get("labels"))).containsEntry("strimzi.io/cluster", "hamyar-kafka");
            Map<String, Object> spec = map(topic.get("spec"));
            created.put(Objects.toString(spec.get("topicName"), name(topic)), (Integer) spec.get("partitions"));
        }
        assertThat(created).isEqualTo(expected);
    }

    @Test
    void theServicesSignInToStrimzisKafkaAsItsListenerExpects() throws IOException {
        List<Map<String, Object>> resources = render("operators");
        Map<String, Object> kafka = find(resources, "Kafka", "hamyar-kafka");
        Map<String, Object> cluster = map(map(kafka.get("spec")).get("kafka"));
        assertThat(map(cluster.get("authorization")).get("type")).isEqualTo("simple");
        assertThat(map(map(kafka.get("spec")).get("entityOperator"))).containsKeys("topicOperator", "userOperator");
        Map<String, Object> listener = map(list(cluster.get("listeners")).getFirst());
        assertThat(listener.get("type")).isEqualTo("internal");
        assertThat(map(listener.get("authentication")).get("type")).isEqualTo("scram-sha-512");

        Map<String, Object> config = map(find(resources, "ConfigMap", "hamyar-config").get("data"));
        assertThat(config).containsEntry("KAFKA_BOOTSTRAP_SERVERS", name(kafka) + "-kafka-bootstrap:" + listener.get("port"))
                .containsEntry("KAFKA_SASL_MECHANISM", "SCRAM-SHA-512")
                .containsEntry("KAFKA_SECURITY_PROTOCOL", Boolean.TRUE.equals(listener.get("tls")) ? "SASL_SSL" : "SASL_PLAINTEXT");

        List<Map<String, Object>> pools = all(resources, "KafkaNodePool");
        assertThat(pools).allSatisfy(p -> assertThat(map(map(p.get("metadata")).get("labels"))).containsEntry("strimzi.io/cluster", name(kafka)));
        Set<Object> roles = new TreeSet<>();
        pools.forEach(p -> roles.addAll(list(map(p.get("spec")).get("roles"))));
        assertThat(roles).contains("broker", "controller");
    }

    @Test
    void eachServiceConnectsToItsOwnCloudNativePgCluster() throws IOException {
        List<Map<String, Object>> resources = render("operators");
        Map<String, Object> config = map(find(resources, "ConfigMap", "hamyar-config").get("data"));
        for (String service : SERVICES) {
            String database = service.replace("-service", "");
            Map<String, Object> initdb = map(map(map(find(resources, "Cluster", database + "-db").get("spec")).get("bootstrap")).get("initdb"));
            assertThat(initdb.get("database")).isEqualTo(database);
            assertThat(config.get(database + ".db-url")).isEqualTo("jdbc:postgresql://" + database + "-db-rw:5432/" + database);
            Map<String, Map<String, Object>> env = env(container(find(resources, "Deployment", service)));
            assertThat(map(map(env.get("DB_URL").get("valueFrom")).get("configMapKeyRef")).get("key")).isEqualTo(database + ".db-url");
            assertThat(map(map(env.get("DB_PASSWORD").get("valueFrom")).get("secretKeyRef")).get("name")).isEqualTo(database + "-db-app");
        }
    }

    @Test
    void theReadmeSaysHowToApplyEachOverlay() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        overlays().forEach(o -> assertThat(readme).contains("kubectl apply -n hamyar -k deploy/kubernetes/" + o));
        assertThat(secretsTheReadmeCreates()).contains("hamyar-person-hash/secret");
    }

    /** Environment variables the service's production configuration reads (profile-specific test/dev lines excluded). */
    private static Set<String> variablesReadBy(String service) throws IOException {
        Path properties = ROOT.resolve(service).resolve("src/main/resources/application.properties");
        Set<String> names = new LinkedHashSet<>();
        for (String line : Files.readAllLines(properties)) {
            String trimmed = line.strip();
            if (trimmed.startsWith("#") || trimmed.startsWith("%dev") || trimmed.startsWith("%test")) {
                continue;
            }
            Matcher matcher = ENV_REFERENCE.matcher(trimmed);
            while (matcher.find()) {
                names.add(matcher.group(1));
            }
        }
        return names;
    }
}

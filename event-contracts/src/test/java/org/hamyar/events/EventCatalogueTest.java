package org.hamyar.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.hamyar.events.agreements.AgreementEvents;

import com.fasterxml.jackson.databind.JsonNode;
import org.hamyar.events.testing.JsonSchemas;
import org.junit.jupiter.api.Test;

/**
 * The catalogue is complete both ways: every {@link EventType} constant of {@code org.hamyar.events}
 * is in {@link EventTypes#ALL} and has a schema, every schema file belongs to an event type (or is
 * the CloudEvents headers schema), and each schema describes its record field for field.
 */
class EventCatalogueTest {

    @Test
    void everyEventTypeConstantIsListedInEventTypesAll() throws Exception {
        Set<String> declared = new TreeSet<>();
        for (EventType<?> type : constantsInCompiledClasses()) {
            declared.add(type.type());
        }
        Set<String> listed = EventTypes.ALL.stream().map(EventType::type).collect(Collectors.toCollection(TreeSet::new));
        assertThat(declared).isNotEmpty().isEqualTo(listed);
        assertThat(EventTypes.ALL).doesNotHaveDuplicates();
    }

    @Test
    void eachEventTravelsOnItsProducersTopicAndNamesItsProducerAsSource() {
        for (EventType<?> type : EventTypes.ALL) {
            String service = type.topic().substring(0, type.topic().indexOf('.'));
            assertThat(type.type()).as("%s travels on its producer's topic", type.type()).startsWith("hamyar." + service + ".");
            assertThat(type.source()).isEqualTo("/hamyar/" + service + "-service");
        }
        assertThat(AgreementEvents.AGREEMENT_ACTIVATED.source()).isEqualTo("/hamyar/agreements-service");
    }

    @Test
    void everyEventTypeHasASchemaAndEverySchemaAnEventType() throws Exception {
        Set<String> files;
        try (Stream<Path> schemas = Files.list(classesRoot().resolve("schemas"))) {
            files = schemas.map(path -> path.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
        Set<String> expected = ContractSchemas.names().stream()
                .map(name -> name + ".json")
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(files).as("files in schemas/ against the event types and the headers schema").isEqualTo(expected);
        for (String name : ContractSchemas.names()) {
            assertThat(getClass().getClassLoader().getResource(ContractSchemas.resource(name).orElseThrow()))
                    .as(name).isNotNull();
        }
        assertThat(ContractSchemas.resource("hamyar.agreements.nothing.v1")).isEmpty();
        assertThat(ContractSchemas.resource("../application.properties")).isEmpty();
    }

    @Test
    void everySchemaIsValidJsonSchema2020AndNamedByItsId() {
        for (String name : ContractSchemas.names()) {
            String resource = ContractSchemas.resource(name).orElseThrow();
            JsonNode schema = JsonSchemas.read(resource);
            assertThat(schema.path("$schema").asText()).as(name).isEqualTo("https://json-schema.org/draft/2020-12/schema");
            assertThat(schema.path("$id").asText()).as(name).isEqualTo("urn:hamyar:schema:" + name);
            assertThat(JsonSchemas.metaSchemaViolations(resource)).as(name).isEmpty();
        }
    }

    @Test
    void eachSchemaDescribesItsRecordFieldForField() {
        List<String> mismatches = new ArrayList<>();
        for (EventType<?> type : EventTypes.ALL) {
            JsonNode schema = JsonSchemas.read(type.schemaResource());
            Set<String> components = Arrays.stream(type.dataClass().getRecordComponents())
                    .map(RecordComponent::getName)
                    .collect(Collectors.toCollection(TreeSet::new));
            Set<String> properties = new TreeSet<>();
            schema.path("properties").fieldNames().forEachRemaining(properties::add);
            Set<String> required = new TreeSet<>();
            schema.path("required").forEach(field -> required.add(field.asText()));
            if (!components.equals(properties) || !components.equals(required)) {
                mismatches.add(type.type() + ": record " + components + ", properties " + properties + ", required " + required);
            }
            assertThat(schema.path("title").asText()).as(type.type()).isEqualTo(type.dataClass().getSimpleName());
            assertThat(schema.path("additionalProperties").asBoolean(true)).as(type.type()).isFalse();
        }
        assertThat(mismatches).isEmpty();
    }

    @Test
    void everyCeTypeIsOfTheFormTheHeadersSchemaAllows() {
        String pattern = JsonSchemas.read(ContractSchemas.resource(ContractSchemas.CLOUD_EVENT_HEADERS).orElseThrow())
                .at("/properties/ce_type/pattern").asText();
        for (EventType<?> type : EventTypes.ALL) {
            assertThat(type.type()).matches(pattern);
        }
    }

    /** Every public static EventType field of every class compiled from src/main/java. */
    private static List<EventType<?>> constantsInCompiledClasses() throws Exception {
        Path root = classesRoot();
        List<EventType<?>> constants = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root.resolve("org/hamyar/events"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".class")).toList()) {
                String name = root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".");
                Class<?> type = Class.forName(name.substring(0, name.length() - ".class".length()));
                for (Field field : type.getDeclaredFields()) {
                    int modifiers = field.getModifiers();
                    if (Modifier.isStatic(modifiers) && Modifier.isPublic(modifiers) && field.getType() == EventType.class) {
                        constants.add((EventType<?>) field.get(null));
                    }
                }
            }
        }
        return constants;
    }

    /** target/classes: where EventType and the schemas were compiled and copied to. */
    private static Path classesRoot() throws URISyntaxException, IOException {
        Path root = Path.of(EventType.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        if (!Files.isDirectory(root)) {
            throw new IOException("event-contracts is tested from its classes directory, not from " + root);
        }
        return root;
    }
}

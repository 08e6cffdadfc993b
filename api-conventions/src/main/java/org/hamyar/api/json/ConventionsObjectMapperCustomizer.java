package org.hamyar.api.json;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Configures the application's ObjectMapper (the one Quarkus REST reads and writes bodies with) so
 * that hostile or sloppy input is refused with a reason instead of being half-understood.
 */
@Singleton
public class ConventionsObjectMapperCustomizer implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        configure(mapper);
    }

    /** The same configuration for an ObjectMapper built outside CDI. */
    public static ObjectMapper configure(ObjectMapper mapper) {
        // A misspelt field must not be silently dropped: the client learns which field is unknown.
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        // An enum given as a number would pick whichever constant has that ordinal.
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        // {"amount":1,"amount":1000000} must not mean whichever the parser saw last.
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        mapper.disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS);
        // An OffsetDateTime keeps its own offset, so that it and its Jalali sibling read the same.
        mapper.disable(SerializationFeature.WRITE_DATES_WITH_CONTEXT_TIME_ZONE);
        // Registered again here for mappers built outside Quarkus; a second registration is ignored,
        // and ours comes after it so that its LocalDate deserializer wins.
        mapper.registerModule(new JavaTimeModule());
        mapper.registerModule(new ConventionsJsonModule());
        return mapper;
    }
}

package org.hamyar.agreements.agreement.mapping;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import org.hamyar.agreements.agreement.Terms;

/**
 * Reads and writes a version's text in its stored form ({@link StoredTerms}). Deliberately not the
 * HTTP {@code ObjectMapper}, which adds Jalali siblings and reads Persian digits: the stored JSON is
 * plain ISO, and the Jalali forms are added when a version is served.
 */
public final class TermsJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            // a version stored before a field was added must still be readable
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private TermsJson() {
    }

    public static String write(Terms terms) {
        try {
            return MAPPER.writeValueAsString(StoredTerms.of(terms));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot store the text of an agreement", e);
        }
    }

    public static Terms read(String json) {
        try {
            return MAPPER.readValue(json, StoredTerms.class).toTerms();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored version of an agreement cannot be read", e);
        }
    }
}

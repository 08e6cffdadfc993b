package org.hamyar.beneficiaries.rest;

import java.util.Locale;

import jakarta.ws.rs.core.HttpHeaders;

/** The language of an answer's texts: Persian when Accept-Language prefers it, English otherwise. */
public final class Languages {

    private static final Locale PERSIAN = Locale.of("fa");

    private Languages() {
    }

    public static Locale of(HttpHeaders headers) {
        for (Locale wanted : headers.getAcceptableLanguages()) {
            if ("fa".equals(wanted.getLanguage())) {
                return PERSIAN;
            }
            if ("en".equals(wanted.getLanguage())) {
                return Locale.ENGLISH;
            }
        }
        return Locale.ENGLISH;
    }
}

package org.hamyar.api.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ProblemTextsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "fa | fa",
            "fa-IR | fa",
            "fa-IR,fa;q=0.9,en;q=0.8 | fa",
            "en;q=0.5, fa;q=0.9 | fa",
            "en-US,en;q=0.9,fa;q=0.8 | en",
            "de | en",
            "* | en",
            "null | en",
            "'' | en",
            ";;;garbage | en"})
    void persianOnlyWhenPreferred(String acceptLanguage, String expected) {
        assertThat(ProblemTexts.locale(acceptLanguage).getLanguage()).isEqualTo(expected);
    }

    @Test
    void libraryTextsExistInBothLanguages() {
        assertThat(ProblemTexts.text(ProblemTexts.ENGLISH, "not-found.title")).contains("Not found");
        assertThat(ProblemTexts.text(ProblemTexts.PERSIAN, "not-found.title")).contains("یافت نشد");
    }

    @Test
    void fieldMessagesInBracesAreBundleKeysFormattedForTheLanguage() {
        assertThat(ProblemTexts.fieldMessage(ProblemTexts.ENGLISH, "{paging.size}", new Object[] {200}))
                .isEqualTo("must be between 1 and 200");
        assertThat(ProblemTexts.fieldMessage(ProblemTexts.PERSIAN, "{paging.size}", new Object[] {200}))
                .isEqualTo("باید بین ۱ و ۲۰۰ باشد");
        assertThat(ProblemTexts.fieldMessage(ProblemTexts.ENGLISH, "must be {0} or less", new Object[] {5}))
                .isEqualTo("must be 5 or less");
        assertThat(ProblemTexts.fieldMessage(ProblemTexts.ENGLISH, "{no.such.key}", new Object[0]))
                .isEqualTo("no.such.key");
    }
}

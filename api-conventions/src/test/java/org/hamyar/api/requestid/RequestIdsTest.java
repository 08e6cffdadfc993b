package org.hamyar.api.requestid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RequestIdsTest {

    @ParameterizedTest
    @ValueSource(strings = {"abc", "req-1.2_3", "0a000000-0000-4000-8000-000000000001"})
    void aSaneTokenIsKept(String id) {
        assertThat(RequestIds.accept(id)).isEqualTo(id);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"has space", "line\nbreak", "x\r\nSet-Cookie: a=b", "شناسه", "a/b",
            "12345678901234567890123456789012345678901234567890123456789012345"})
    void anythingElseIsReplacedByAUuid(String id) {
        String accepted = RequestIds.accept(id);

        assertThat(accepted).isNotEqualTo(id);
        assertThat(UUID.fromString(accepted).version()).isEqualTo(4);
    }
}

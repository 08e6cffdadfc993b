package org.hamyar.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.hamyar.events.testing.EventSchemas;
import org.junit.jupiter.api.Test;

/** The one schema of the CloudEvents headers every event carries. */
class CloudEventHeadersSchemaTest {

    private static Map<String, String> headers() {
        var headers = new LinkedHashMap<String, String>();
        headers.put("ce_specversion", "1.0");
        headers.put("ce_id", "0b0fd8a3-5d43-4b0b-9f7e-6f5e6f2d1a01");
        headers.put("ce_type", "hamyar.beneficiaries.aid-granted.v1");
        headers.put("ce_source", "/hamyar/beneficiaries-service");
        headers.put("ce_time", "2026-03-21T06:30:00.123456Z");
        headers.put("ce_subject", "7d000000-0000-4000-8000-0000000000a1");
        headers.put("content-type", "application/json");
        return headers;
    }

    @Test
    void theHeadersTheRelayWritesFit() {
        assertThat(EventSchemas.headerViolations(headers())).isEmpty();
    }

    @Test
    void otherHeadersMayTravelAlongside() {
        var withTrace = headers();
        withTrace.put("traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01");
        assertThat(EventSchemas.headerViolations(withTrace)).isEmpty();
    }

    @Test
    void everyAttributeIsRequired() {
        for (String name : headers().keySet()) {
            var without = headers();
            without.remove(name);
            assertThat(EventSchemas.headerViolations(without)).as(name)
                    .anySatisfy(violation -> assertThat(violation).contains(name));
        }
    }

    @Test
    void malformedAttributesAreRefused() {
        assertRefused("ce_specversion", "0.3");
        assertRefused("ce_id", "42");
        assertRefused("ce_type", "AidGranted");
        assertRefused("ce_type", "hamyar.beneficiaries.aid-granted");
        assertRefused("ce_source", "beneficiaries-service");
        assertRefused("ce_time", "yesterday");
        assertRefused("ce_subject", "");
        assertRefused("content-type", "application/xml");
    }

    private static void assertRefused(String name, String value) {
        var headers = headers();
        headers.put(name, value);
        assertThat(EventSchemas.headerViolations(headers)).as("%s = %s", name, value).isNotEmpty();
    }
}

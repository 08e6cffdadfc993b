package org.hamyar.gateway.mobile;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.JsonNode;

/** The organisation as a mobile app shows it: taken from agreements-service's organisation. */
@Schema(name = "MobileOrganization", description = "The signed-in user's organisation, as agreements-service knows it.")
public record OrganizationSummary(
        @Schema(example = "0a000000-0000-4000-8000-000000000005") String id,
        @Schema(example = "کمیته امداد امام خمینی (ره) استان قزوین") String nameFa,
        @Schema(example = "Imam Khomeini Relief Committee, Qazvin province") String nameEn,
        @Schema(example = "RELIEF_COMMITTEE") String type,
        @Schema(example = "PROVINCE") String level,
        @Schema(description = "Two-digit province code; null at national level.", example = "26") String provinceCode,
        @Schema(description = "County or city, at county level.") String county) {

    static OrganizationSummary from(JsonNode organization) {
        return new OrganizationSummary(text(organization, "id"), text(organization, "nameFa"),
                text(organization, "nameEn"), text(organization, "type"), text(organization, "level"),
                text(organization, "provinceCode"), text(organization, "county"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}

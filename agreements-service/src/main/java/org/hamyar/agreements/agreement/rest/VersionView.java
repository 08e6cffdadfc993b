package org.hamyar.agreements.agreement.rest;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One version of an agreement's text; {@code terms} is absent in the list of versions. */
@Schema(name = "AgreementVersion")
public record VersionView(UUID agreementId, int version, String reason, UUID recordedByOrganizationId, Instant recordedAt,
                          TermsBody terms) {
}

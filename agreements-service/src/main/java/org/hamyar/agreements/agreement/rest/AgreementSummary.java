package org.hamyar.agreements.agreement.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hamyar.agreements.agreement.AgreementStatus;

/** An agreement in a list: enough to choose one. */
@Schema(name = "AgreementSummary")
public record AgreementSummary(UUID id, AgreementStatus status, int version, String title,
                               List<AgreementView.PartyView> parties, LocalDate effectiveFrom, LocalDate effectiveTo,
                               List<String> provinces, List<String> aidCategories, long revision) {
}

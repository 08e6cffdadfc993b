package org.hamyar.donors.fund.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hamyar.donors.fund.Fund;
import org.hamyar.donors.fund.FundKind;
import org.hamyar.donors.ledger.Balances;
import org.hamyar.donors.money.Restrictions;

import java.time.Instant;
import java.util.UUID;

@Schema(name = "Fund", description = "A fund, its restrictions and its balances (derived from its ledger)")
public record FundView(
        UUID id,
        FundKind kind,
        String nameFa,
        UUID ownerOrganizationId,
        @Schema(description = "ENDOWMENT_INCOME: the endowment whose income it holds") UUID endowmentId,
        @Schema(description = "PROGRAMME: the agreement it serves") UUID agreementId,
        Restrictions restrictions,
        String restrictionFa,
        Balances balances,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    public static FundView of(Fund fund, Balances balances) {
        return new FundView(fund.id(), fund.kind(), fund.nameFa(), fund.ownerOrganizationId(), fund.endowmentId(),
                fund.agreementId(), fund.restrictions(), fund.restrictionFa(), balances, fund.createdAt(),
                fund.updatedAt(), fund.version());
    }
}

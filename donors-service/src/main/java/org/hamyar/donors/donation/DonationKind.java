package org.hamyar.donors.donation;

import org.hamyar.donors.fund.FundKind;

import java.util.EnumSet;
import java.util.Set;

/** What was given, and which funds may take it (docs/product.md §5). */
public enum DonationKind {
    CASH(EnumSet.of(FundKind.GENERAL, FundKind.SADAQA, FundKind.CRISIS, FundKind.PROGRAMME)),
    /** Zakat is for the poor and needy only: it goes to a ZAKAT fund and nowhere else. */
    ZAKAT(EnumSet.of(FundKind.ZAKAT)),
    SADAQA(EnumSet.of(FundKind.SADAQA, FundKind.GENERAL, FundKind.CRISIS)),
    /** Goods with a declared value; recorded, never money in the ledger. */
    IN_KIND(EnumSet.of(FundKind.GENERAL, FundKind.SADAQA, FundKind.CRISIS, FundKind.PROGRAMME, FundKind.ZAKAT)),
    /** A promise: money only when paid. */
    PLEDGE(EnumSet.of(FundKind.GENERAL, FundKind.SADAQA, FundKind.CRISIS, FundKind.PROGRAMME, FundKind.ZAKAT)),
    /** An endowment's income, into its own fund only. */
    ENDOWMENT_INCOME(EnumSet.of(FundKind.ENDOWMENT_INCOME));

    private final Set<FundKind> funds;

    DonationKind(Set<FundKind> funds) {
        this.funds = funds;
    }

    public boolean goesTo(FundKind fund) {
        return funds.contains(fund);
    }

    /** Whether receiving it credits the fund with money (a pledge does when paid). */
    public boolean isMoney() {
        return this != IN_KIND && this != PLEDGE;
    }
}

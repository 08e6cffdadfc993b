package org.hamyar.donors.fund;

/** The kinds of fund (docs/product.md §5). */
public enum FundKind {
    /** Money given without a purpose. */
    GENERAL,
    /** Zakat: religious alms, for the poor and needy. */
    ZAKAT,
    /** Sadaqa: voluntary alms. */
    SADAQA,
    /** One per endowment: its income, restricted by the endower's intention; opened by registering the endowment. */
    ENDOWMENT_INCOME,
    /** A donors' assembly's appeal for a disaster in a province (seed 001). */
    CRISIS,
    /** Money of an agreement's programme: it pays only the agreement's parties, within its scope, while it is active. */
    PROGRAMME
}

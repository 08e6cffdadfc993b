package org.hamyar.donors.ledger;

/**
 * The accounts of a fund's ledger. {@code CASH} is the money held for the fund (an asset, debit
 * balance); the three others say what that money is for (credit balances): free to allocate,
 * reserved for aid not granted yet, or spent on granted aid. Hence always
 * CASH = AVAILABLE + RESERVED + DISBURSED.
 */
public enum LedgerAccount {
    CASH, AVAILABLE, RESERVED, DISBURSED
}

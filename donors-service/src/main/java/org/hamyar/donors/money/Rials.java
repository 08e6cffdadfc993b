package org.hamyar.donors.money;

/** Money is an integer number of rials (docs/product.md §5): never floating point, always bounded. */
public final class Rials {

    /** The largest amount one donation or allocation may carry: 10^15 rials. */
    public static final long MAX = 1_000_000_000_000_000L;

    private Rials() {
    }
}

package org.hamyar.agreements.agreement;

/**
 * Where a proposed amendment stands. {@code PROPOSED} until every party has signed it
 * ({@code ADOPTED}: it became the next version), its proposer withdrew it, another party declined
 * it, or the agreement ended before it was adopted ({@code LAPSED}).
 */
public enum AmendmentStatus {
    PROPOSED, ADOPTED, WITHDRAWN, DECLINED, LAPSED
}

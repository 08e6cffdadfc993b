package org.hamyar.agreements.agreement.service;

import java.util.List;

import org.hamyar.agreements.agreement.Agreement;
import org.hamyar.agreements.agreement.Terms;
import org.hamyar.api.validation.Violation;

/**
 * A rule that a part of the service built on agreements sets on amending one: the committee may
 * not lose a seat someone holds. {@link AgreementService#amend} asks every such CDI bean, and their
 * violations join those of the text's own rules in one answer. The agreement package knows the
 * interface only, so it depends on none of the packages that implement it.
 */
public interface AmendmentRule {

    /**
     * @param agreement the agreement as it stands, locked
     * @param terms     the amended text (its parts may be null: the shape check reports them)
     * @return violations with field paths inside the text ({@code committee.seats}); the service
     *         prefixes {@code terms.}
     */
    List<Violation> check(Agreement agreement, Terms terms);
}

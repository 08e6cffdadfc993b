package org.hamyar.events.agreements;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The part of an agreement other services act on: who the parties are, where and for what it
 * applies, and its coordination clause. Carried whole by activation and amendment events so a
 * consumer can replace its projection without asking the agreements-service.
 *
 * @param provinces two-digit province codes (empty = the parties' whole area)
 * @param counties  county names as written by the parties (empty = every county of the provinces)
 */
public record AgreementTerms(
        UUID agreementId,
        int version,
        String status,
        List<AgreementParty> parties,
        List<String> provinces,
        List<String> counties,
        List<String> beneficiaryCategories,
        List<String> aidCategories,
        boolean dataSharing,
        List<CoordinationRule> coordinationRules,
        LocalDate effectiveFrom,
        LocalDate effectiveTo) {
}

package org.hamyar.agreements.agreement;

import java.util.UUID;

import org.hamyar.standards.Province;

/** What a list of agreements is filtered by; null means any. Which drafts a caller sees is the access rules'. */
public record AgreementCriteria(AgreementStatus status, UUID party, Province province, AidCategory aidCategory) {
}

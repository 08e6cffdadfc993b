package org.hamyar.agreements.agreement;

/** What a party may try to do with an agreement; {@link AgreementLifecycle} says in which statuses. */
public enum AgreementAction {
    EDIT, SIGN, AMEND, TERMINATE, REPORT_PROGRESS, MANAGE_COMMITTEE
}

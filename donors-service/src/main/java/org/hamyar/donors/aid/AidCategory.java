package org.hamyar.donors.aid;

/**
 * The aid categories of the network, as {@code AidGranted} names them: the {@code category} enum of
 * the schema {@code hamyar.beneficiaries.aid-granted.v1} in event-contracts (AidCategoryTest keeps
 * the two equal). Granted aid stores the name the event gave; this type reads the {@code category}
 * filter of the API, so that a misspelt category is a 400 rather than an empty page.
 */
public enum AidCategory {
    MONTHLY_STIPEND,
    FOOD_BASKET,
    HEALTH_INSURANCE,
    RURAL_HOUSING_INSURANCE,
    HOUSING,
    DOWRY,
    EMPLOYMENT_LOAN,
    EDUCATION_SUPPORT,
    PILGRIMAGE,
    CASH_GRANT,
    CULTURAL_PACKAGE,
    IFTAR_MEAL
}

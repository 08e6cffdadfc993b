package org.hamyar.donors.money;

/** The network's aid categories, as the agreements- and beneficiaries-services name them (docs/product.md §3). */
public enum AidCategory {
    MONTHLY_STIPEND, FOOD_BASKET, HEALTH_INSURANCE, RURAL_HOUSING_INSURANCE, HOUSING, DOWRY,
    EMPLOYMENT_LOAN, EDUCATION_SUPPORT, PILGRIMAGE, CASH_GRANT, CULTURAL_PACKAGE, IFTAR_MEAL
}

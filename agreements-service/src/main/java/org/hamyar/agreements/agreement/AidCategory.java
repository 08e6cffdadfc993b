package org.hamyar.agreements.agreement;

/** The aid categories of docs/product.md §4, which agreements scope and coordinate. */
public enum AidCategory {
    MONTHLY_STIPEND, FOOD_BASKET, HEALTH_INSURANCE, RURAL_HOUSING_INSURANCE, HOUSING, DOWRY,
    EMPLOYMENT_LOAN, EDUCATION_SUPPORT, PILGRIMAGE, CASH_GRANT, CULTURAL_PACKAGE, IFTAR_MEAL
}

package org.hamyar.beneficiaries.aid;

/**
 * The kinds of aid of docs/product.md §4. Whether a category's overlap rule compares aid of the household or
 * of one person is part of the category: insurance of a person, a dowry or a school year is
 * personal, a food basket feeds the whole household.
 */
public enum AidCategory {
    MONTHLY_STIPEND(Subject.HOUSEHOLD),
    FOOD_BASKET(Subject.HOUSEHOLD),
    HEALTH_INSURANCE(Subject.PERSON),
    RURAL_HOUSING_INSURANCE(Subject.HOUSEHOLD),
    HOUSING(Subject.HOUSEHOLD),
    DOWRY(Subject.PERSON),
    EMPLOYMENT_LOAN(Subject.HOUSEHOLD),
    EDUCATION_SUPPORT(Subject.PERSON),
    PILGRIMAGE(Subject.HOUSEHOLD),
    CASH_GRANT(Subject.HOUSEHOLD),
    CULTURAL_PACKAGE(Subject.NONE),
    IFTAR_MEAL(Subject.NONE);

    /** Whose earlier aid the overlap rule of a category looks at. */
    public enum Subject {
        HOUSEHOLD,
        /** the aid names a person, and only that person's aid counts */
        PERSON,
        /** no overlap rule */
        NONE
    }

    private final Subject subject;

    AidCategory(Subject subject) {
        this.subject = subject;
    }

    public Subject subject() {
        return subject;
    }

    /** Aid of this category must name the person it is for. */
    public boolean requiresPerson() {
        return subject == Subject.PERSON;
    }
}

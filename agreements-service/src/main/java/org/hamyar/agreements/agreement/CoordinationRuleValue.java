package org.hamyar.agreements.agreement;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One rule of the coordination clause: block or warn when the parties' aid of a category overlaps. */
@Embeddable
public class CoordinationRuleValue {

    @Enumerated(EnumType.STRING)
    private AidCategory aidCategory;
    @Enumerated(EnumType.STRING)
    private CoordinationMode mode;

    protected CoordinationRuleValue() {
    }

    CoordinationRuleValue(AidCategory aidCategory, CoordinationMode mode) {
        this.aidCategory = aidCategory;
        this.mode = mode;
    }

    public AidCategory aidCategory() {
        return aidCategory;
    }

    public CoordinationMode mode() {
        return mode;
    }
}

package org.hamyar.beneficiaries.household;

/** A member's relation to the head of the household. */
public enum Relation {
    SPOUSE,
    CHILD,
    PARENT,
    SIBLING,
    GRANDCHILD,
    GRANDPARENT,
    CHILD_IN_LAW,
    OTHER
}

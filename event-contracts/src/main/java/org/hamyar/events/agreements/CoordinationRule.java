package org.hamyar.events.agreements;

/**
 * What the parties agreed to do when their aid of one category overlaps.
 *
 * @param aidCategory an aid category of the beneficiaries-service, e.g. {@code FOOD_BASKET}
 * @param mode        {@code BLOCK} (the second grant is refused) or {@code WARN} (recorded with a warning)
 */
public record CoordinationRule(String aidCategory, String mode) {
}

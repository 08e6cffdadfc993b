package org.hamyar.beneficiaries.overlap;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Whose earlier aid a household rule also counts (docs/product.md §4 "Households"): a family cannot
 * start afresh by registering again under another member. The subject of a household rule is the
 * household (or a person outside any household, a household of one); besides its own aid, the rule
 * sees the aid of every household one of its present {@code members} belonged to, given while they
 * belonged to it ({@code stays}), and the aid recorded for a member outside any household.
 *
 * @param members the household's present members (head included), or the one person
 * @param stays   the members' stretches in other households (for a person outside any household:
 *                every household they belonged to, the present one included)
 */
public record HouseholdHistory(Set<UUID> members, List<Stay> stays) {

    public HouseholdHistory {
        members = Set.copyOf(members);
        stays = List.copyOf(stays);
    }

    public static HouseholdHistory none() {
        return new HouseholdHistory(Set.of(), List.of());
    }

    /** The households whose aid the rule may count besides the subject's own. */
    public Set<UUID> households() {
        return stays.stream().map(Stay::householdId).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** Whether a recorded aid of another household (or of a member outside any household) counts. */
    boolean carries(RecordedAid recorded) {
        if (recorded.householdId() == null) {
            return recorded.personId() != null && members.contains(recorded.personId());
        }
        return stays.stream().anyMatch(s -> s.householdId().equals(recorded.householdId()) && s.covers(recorded));
    }

    /**
     * One person's stretch in a household: from {@code from} to {@code to} (null: now), and the
     * same as days of the service's calendar ({@code lastDay} the day it ended, null: now).
     */
    public record Stay(UUID householdId, UUID personId, Instant from, Instant to, LocalDate firstDay, LocalDate lastDay) {

        /**
         * The aid was the household's while the person belonged to it: recorded during the stretch
         * (aid is often recorded for a period before the household's registration), or for a
         * period that meets the stretch's days. The day of a move belongs to the household the
         * person moved to, so aid the old household receives that day after the move stays its own.
         */
        boolean covers(RecordedAid aid) {
            if (aid.recordedAt() != null && !aid.recordedAt().isBefore(from) && (to == null || aid.recordedAt().isBefore(to))) {
                return true;
            }
            LocalDate last = lastDay == null ? LocalDate.MAX : lastDay.minusDays(1);
            LocalDate aidLast = aid.periodEnd() == null ? aid.periodStart() : aid.periodEnd();
            return !firstDay.isAfter(last) && !aid.periodStart().isAfter(last) && !aidLast.isBefore(firstDay);
        }
    }
}

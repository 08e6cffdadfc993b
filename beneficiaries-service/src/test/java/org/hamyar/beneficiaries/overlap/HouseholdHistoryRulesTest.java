package org.hamyar.beneficiaries.overlap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.hamyar.beneficiaries.aid.AidCategory;
import org.hamyar.beneficiaries.aid.AidStatus;
import org.junit.jupiter.api.Test;

/** {@link OverlapRules} with a {@link HouseholdHistory}: which aid of other households a household rule counts. */
class HouseholdHistoryRulesTest {

    static final UUID PROVIDER = UUID.randomUUID();
    static final UUID FORMER = UUID.randomUUID();
    static final UUID NEW = UUID.randomUUID();
    static final UUID SPOUSE = UUID.randomUUID();
    static final LocalDate JOINED = LocalDate.of(2024, 3, 1);
    static final LocalDate MOVED = LocalDate.of(2025, 6, 1);

    /** The spouse belonged to the former household from JOINED until MOVED. */
    static final HouseholdHistory HISTORY = new HouseholdHistory(Set.of(SPOUSE), List.of(new HouseholdHistory.Stay(
            FORMER, SPOUSE, at(JOINED), at(MOVED), JOINED, MOVED)));

    @Test
    void housingTheFormerHouseholdHadWhileTheMemberBelongedToItCounts() {
        RecordedAid housing = aid(FORMER, null, AidCategory.HOUSING, LocalDate.of(2024, 9, 1), at(LocalDate.of(2024, 9, 2)));
        assertThat(OverlapRules.conflicts(proposed(AidCategory.HOUSING, HISTORY), List.of(housing))).containsExactly(housing);
        assertThat(OverlapRules.conflicts(proposed(AidCategory.HOUSING, HouseholdHistory.none()), List.of(housing)))
                .as("without the history the new household starts afresh: the bug this closes").isEmpty();
    }

    @Test
    void aidRecordedDuringTheStretchForAnEarlierPeriodCounts() {
        RecordedAid backdated = aid(FORMER, null, AidCategory.HOUSING, LocalDate.of(2020, 1, 1), at(LocalDate.of(2025, 1, 1)));
        assertThat(OverlapRules.conflicts(proposed(AidCategory.HOUSING, HISTORY), List.of(backdated))).hasSize(1);
    }

    @Test
    void aidOfTheFormerHouseholdAfterTheMoveOrBeforeTheStretchIsItsOwn() {
        RecordedAid after = aid(FORMER, null, AidCategory.HOUSING, MOVED, at(MOVED).plusSeconds(60));
        RecordedAid before = aid(FORMER, null, AidCategory.HOUSING, LocalDate.of(2023, 1, 1), at(LocalDate.of(2023, 1, 2)));
        assertThat(OverlapRules.conflicts(proposed(AidCategory.HOUSING, HISTORY), List.of(after, before))).isEmpty();
    }

    @Test
    void aMembersAidOutsideAnyHouseholdCountsAndAnotherHouseholdsDoesNot() {
        RecordedAid alone = aid(null, SPOUSE, AidCategory.FOOD_BASKET, LocalDate.of(2025, 7, 1), null);
        RecordedAid stranger = aid(UUID.randomUUID(), null, AidCategory.FOOD_BASKET, LocalDate.of(2025, 7, 1), null);
        ProposedAid basket = new ProposedAid(NEW, null, AidCategory.FOOD_BASKET, LocalDate.of(2025, 7, 10), null, PROVIDER,
                HISTORY);
        assertThat(OverlapRules.conflicts(basket, List.of(alone, stranger))).containsExactly(alone);
    }

    @Test
    void aPersonOutsideAnyHouseholdIsAHouseholdOfOne() {
        RecordedAid own = aid(null, SPOUSE, AidCategory.HOUSING, LocalDate.of(2025, 7, 1), null);
        RecordedAid someoneElse = aid(null, UUID.randomUUID(), AidCategory.HOUSING, LocalDate.of(2025, 7, 1), null);
        ProposedAid housing = new ProposedAid(null, SPOUSE, AidCategory.HOUSING, LocalDate.of(2025, 8, 1), null, PROVIDER,
                new HouseholdHistory(Set.of(SPOUSE), List.of()));
        assertThat(OverlapRules.conflicts(housing, List.of(own, someoneElse))).containsExactly(own);
    }

    private static ProposedAid proposed(AidCategory category, HouseholdHistory history) {
        return new ProposedAid(NEW, null, category, LocalDate.of(2025, 8, 1), null, PROVIDER, history);
    }

    private static RecordedAid aid(UUID household, UUID person, AidCategory category, LocalDate start, Instant recordedAt) {
        return new RecordedAid(UUID.randomUUID(), household, person, category, start, null, UUID.randomUUID(),
                AidStatus.DELIVERED, recordedAt);
    }

    private static Instant at(LocalDate day) {
        return day.atStartOfDay().toInstant(ZoneOffset.UTC).plusSeconds(3600);
    }
}

package org.hamyar.agreements.committee;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hamyar.agreements.committee.CommitteeSeating.Refusal;
import org.hamyar.agreements.committee.CommitteeSeating.Rule;
import org.hamyar.agreements.committee.CommitteeSeating.Seat;
import org.junit.jupiter.api.Test;

/** Seed 003: two seats for the HQ, two for the deputy, one NGO nominated by the HQ (three names) and picked by the deputy. */
class CommitteeSeatingTest {

    private static final UUID HQ = UUID.randomUUID();
    private static final UUID DEPUTY = UUID.randomUUID();
    private static final UUID NGO_RULE = UUID.randomUUID();
    private static final Map<UUID, Integer> SEATS = Map.of(HQ, 2, DEPUTY, 2);
    private static final List<Rule> RULES = List.of(new Rule(NGO_RULE, HQ, DEPUTY, 3, 1));

    @Test
    void twoPlusTwoPlusOneIsFiveSeats() {
        assertThat(new CommitteeSeating(SEATS, RULES, List.of()).totalSeats()).isEqualTo(5);
    }

    @Test
    void aPartyAppointsUpToItsSeatsAndThenIsRefused() {
        var taken = new ArrayList<Seat>();
        assertThat(new CommitteeSeating(SEATS, RULES, taken).appoint(HQ)).isEmpty();
        taken.add(Seat.ofParty(HQ));
        assertThat(new CommitteeSeating(SEATS, RULES, taken).appoint(HQ)).isEmpty();
        taken.add(Seat.ofParty(HQ));
        var seating = new CommitteeSeating(SEATS, RULES, taken);
        assertThat(seating.appoint(HQ)).contains(Refusal.SEATS_FULL);
        assertThat(seating.appoint(DEPUTY)).as("the deputy's seats are its own").isEmpty();
        assertThat(seating.seatsLeftFor(DEPUTY)).isEqualTo(2);
    }

    @Test
    void anOrganisationWithoutSeatsCannotAppoint() {
        assertThat(new CommitteeSeating(SEATS, RULES, List.of()).appoint(UUID.randomUUID())).contains(Refusal.NO_SEATS);
    }

    @Test
    void aNominationNamesExactlyTheRulesNumberOfDistinctOrganisations() {
        var seating = new CommitteeSeating(SEATS, RULES, List.of());
        UUID a = UUID.randomUUID(), b = UUID.randomUUID(), c = UUID.randomUUID();
        assertThat(seating.nominate(NGO_RULE, List.of(a, b, c))).isEmpty();
        assertThat(seating.nominate(NGO_RULE, List.of(a, b))).contains(Refusal.WRONG_NOMINEE_COUNT);
        assertThat(seating.nominate(NGO_RULE, List.of(a, b, c, UUID.randomUUID()))).contains(Refusal.WRONG_NOMINEE_COUNT);
        assertThat(seating.nominate(NGO_RULE, List.of(a, a, b))).contains(Refusal.WRONG_NOMINEE_COUNT);
    }

    @Test
    void aPendingNominationOrTheChosenMemberTakesTheNgoSeat() {
        var pending = new CommitteeSeating(SEATS, RULES, List.of(Seat.ofRule(NGO_RULE)));
        assertThat(pending.seatsLeftForRule(NGO_RULE)).isZero();
        assertThat(pending.nominate(NGO_RULE, List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID())))
                .contains(Refusal.SEATS_FULL);
    }

    @Test
    void anUnknownRuleHasNoSeats() {
        var seating = new CommitteeSeating(SEATS, RULES, List.of());
        assertThat(seating.nominate(UUID.randomUUID(), List.of(UUID.randomUUID()))).contains(Refusal.NO_SEATS);
        assertThat(seating.seatsLeftForRule(UUID.randomUUID())).isZero();
    }

    @Test
    void fewerSeatsThanHoldersIsAnOverfill() {
        var taken = List.of(Seat.ofParty(HQ), Seat.ofParty(HQ), Seat.ofParty(DEPUTY), Seat.ofRule(NGO_RULE));
        assertThat(new CommitteeSeating(SEATS, RULES, taken).overfilled()).isEmpty();

        var amended = new CommitteeSeating(Map.of(HQ, 1, DEPUTY, 2), List.of(), taken);
        assertThat(amended.overfilled()).containsExactlyInAnyOrder(
                new CommitteeSeating.Overfill(Seat.ofParty(HQ), 2, 1),
                new CommitteeSeating.Overfill(Seat.ofRule(NGO_RULE), 1, 0));
    }
}

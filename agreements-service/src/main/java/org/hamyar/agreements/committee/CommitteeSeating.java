package org.hamyar.agreements.committee;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.hamyar.agreements.agreement.Terms;

/**
 * The seat rules of a joint committee, free of persistence. A committee has seats per party
 * (seed 003: two for the HQ, two for the municipality's deputy) and seats filled through a
 * nomination rule (one NGO seat: the HQ nominates three NGOs, the deputy picks one). Nobody is
 * seated beyond these counts, and a seat that a pending nomination is filling is taken.
 */
public final class CommitteeSeating {

    /** A nomination rule: {@code nominating} proposes exactly {@code nominees} organisations, {@code choosing} picks. */
    public record Rule(UUID id, UUID nominating, UUID choosing, int nominees, int seats) {
    }

    /**
     * Who sits (or is about to): a member on a party's seat names the party, one seated through a
     * rule (or a pending nomination for it) names the rule.
     */
    public record Seat(UUID partyOrganizationId, UUID ruleId) {

        public static Seat ofParty(UUID party) {
            return new Seat(Objects.requireNonNull(party), null);
        }

        public static Seat ofRule(UUID rule) {
            return new Seat(null, Objects.requireNonNull(rule));
        }
    }

    /** Why a seat cannot be given. */
    public enum Refusal {
        /** The organisation has no seats on this committee. */
        NO_SEATS,
        /** Every seat is taken (pending nominations included). */
        SEATS_FULL,
        /** A nomination names the wrong number of organisations, or one twice. */
        WRONG_NOMINEE_COUNT
    }

    private final Map<UUID, Integer> partySeats;
    private final Map<UUID, Rule> rules;
    private final List<Seat> taken;

    /**
     * @param partySeats seats per party
     * @param rules      the nomination rules
     * @param taken      the members, and one entry per pending nomination
     */
    public CommitteeSeating(Map<UUID, Integer> partySeats, Collection<Rule> rules, Collection<Seat> taken) {
        this.partySeats = Map.copyOf(partySeats);
        // a rule named twice (refused by the text's own checks) must not break the count
        this.rules = Map.copyOf(rules.stream().collect(Collectors.toMap(Rule::id, r -> r, (first, second) -> first)));
        this.taken = List.copyOf(taken);
    }

    /**
     * The seating of a committee text: its seats per party and its rules. A text still to be checked
     * (an amendment) may name a party twice or leave a count out; the seats of a party named twice
     * add up, and an entry without its numbers or id counts for nothing.
     */
    public static CommitteeSeating of(Terms.Committee committee, Collection<Seat> taken) {
        Map<UUID, Integer> seats = new HashMap<>();
        committee.seats().stream().filter(s -> s != null && s.organizationId() != null && s.seats() != null)
                .forEach(s -> seats.merge(s.organizationId(), s.seats(), Integer::sum));
        var rules = committee.nominationRules().stream()
                .filter(r -> r != null && r.id() != null && r.seats() != null && r.nominees() != null)
                .map(r -> new Rule(r.id(), r.nominatingOrganizationId(), r.choosingOrganizationId(), r.nominees(),
                        r.seats()))
                .toList();
        return new CommitteeSeating(seats, rules, taken);
    }

    public int totalSeats() {
        return partySeats.values().stream().mapToInt(Integer::intValue).sum()
                + rules.values().stream().mapToInt(Rule::seats).sum();
    }

    public int seatsLeftFor(UUID party) {
        int seats = partySeats.getOrDefault(party, 0);
        long used = taken.stream().filter(s -> party.equals(s.partyOrganizationId())).count();
        return (int) Math.max(0, seats - used);
    }

    public int seatsLeftForRule(UUID ruleId) {
        Rule rule = rules.get(ruleId);
        if (rule == null) {
            return 0;
        }
        long used = taken.stream().filter(s -> ruleId.equals(s.ruleId())).count();
        return (int) Math.max(0, rule.seats() - used);
    }

    /** Whether {@code party} may appoint one more representative to its own seats. */
    public Optional<Refusal> appoint(UUID party) {
        if (partySeats.getOrDefault(party, 0) == 0) {
            return Optional.of(Refusal.NO_SEATS);
        }
        return seatsLeftFor(party) > 0 ? Optional.empty() : Optional.of(Refusal.SEATS_FULL);
    }

    /** Whether a nomination of {@code nominees} under {@code ruleId} may be made now. */
    public Optional<Refusal> nominate(UUID ruleId, List<UUID> nominees) {
        Rule rule = rules.get(ruleId);
        if (rule == null) {
            return Optional.of(Refusal.NO_SEATS);
        }
        if (nominees.size() != rule.nominees() || new HashSet<>(nominees).size() != nominees.size()) {
            return Optional.of(Refusal.WRONG_NOMINEE_COUNT);
        }
        return seatsLeftForRule(ruleId) > 0 ? Optional.empty() : Optional.of(Refusal.SEATS_FULL);
    }

    /** A party's seats or a rule with more taken than it has (after an amendment took seats away). */
    public record Overfill(Seat seat, long taken, int seats) {
    }

    /**
     * Where more seats are taken than there are: what an amendment may not cause, since it would
     * unseat members or void a pending nomination.
     */
    public List<Overfill> overfilled() {
        return taken.stream().distinct()
                .map(seat -> {
                    long used = taken.stream().filter(seat::equals).count();
                    int seats = seat.partyOrganizationId() != null
                            ? partySeats.getOrDefault(seat.partyOrganizationId(), 0)
                            : rules.containsKey(seat.ruleId()) ? rules.get(seat.ruleId()).seats() : 0;
                    return new Overfill(seat, used, seats);
                })
                .filter(overfill -> overfill.taken() > overfill.seats())
                .toList();
    }
}

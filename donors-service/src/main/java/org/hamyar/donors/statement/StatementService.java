package org.hamyar.donors.statement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hamyar.donors.donor.Donor;
import org.hamyar.donors.fund.FundKind;
import org.hamyar.standards.JalaliDate;

import java.math.BigInteger;
import java.sql.Date;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Builds a donor's statement with three aggregate queries, whatever the number of gifts and
 * allocations: what the donor gave, per fund; what each of those funds received in all; and the
 * funds' reserved and committed allocations summed by category, province and day (in the service's
 * time zone). Money in a fund is fungible, so the donor's part of an allocation is its share of the
 * fund's money: allocation × given ÷ fund received, in exact integer arithmetic, rounded down.
 */
@ApplicationScoped
public class StatementService {

    private final EntityManager em;
    private final Clock clock;

    StatementService(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public DonorStatement statement(Donor donor) {
        Object[] totals = (Object[]) em.createNativeQuery("""
                        select coalesce(sum(amount_rials) filter (where status in ('RECEIVED', 'PAID') and kind <> 'IN_KIND'), 0)::bigint,
                               coalesce(sum(amount_rials) filter (where status = 'PLEDGED'), 0)::bigint,
                               coalesce(sum(amount_rials) filter (where kind = 'IN_KIND'), 0)::bigint
                        from donation where donor_id = ?1""")
                .setParameter(1, donor.id()).getSingleResult();
        @SuppressWarnings("unchecked")
        List<Object[]> gifts = em.createNativeQuery("""
                        with given as (
                            select fund_id, sum(amount_rials)::bigint as given from donation
                            where donor_id = ?1 and status in ('RECEIVED', 'PAID') and kind <> 'IN_KIND' group by fund_id)
                        select g.fund_id, f.kind, f.name_fa, g.given,
                               (select coalesce(sum(l.debit_rials), 0)::bigint from journal_line l
                                 where l.fund_id = g.fund_id and l.account = 'CASH') as received
                        from given g join fund f on f.id = g.fund_id order by f.name_fa, g.fund_id""")
                .setParameter(1, donor.id()).getResultList();
        @SuppressWarnings("unchecked")
        List<Object[]> spending = em.createNativeQuery("""
                        select a.fund_id, a.aid_category, a.province_code,
                               (coalesce(a.committed_at, a.reserved_at) at time zone ?2)::date as day,
                               coalesce(sum(a.amount_rials) filter (where a.status = 'COMMITTED'), 0)::bigint,
                               coalesce(sum(a.amount_rials) filter (where a.status = 'RESERVED'), 0)::bigint
                        from allocation a
                        where a.status in ('RESERVED', 'COMMITTED')
                          and a.fund_id in (select fund_id from donation where donor_id = ?1
                                            and status in ('RECEIVED', 'PAID') and kind <> 'IN_KIND')
                        group by a.fund_id, a.aid_category, a.province_code, day""")
                .setParameter(1, donor.id()).setParameter(2, clock.getZone().getId()).getResultList();

        Map<UUID, long[]> share = new HashMap<>();        // fund -> {given, received}
        for (Object[] gift : gifts) {
            share.put((UUID) gift[0], new long[] {((Number) gift[3]).longValue(), ((Number) gift[4]).longValue()});
        }
        // fold days into Jalali months; sums stay exact until the share is taken once per line
        Map<List<Object>, long[]> months = new LinkedHashMap<>();
        for (Object[] row : spending) {
            LocalDate day = row[3] instanceof Date date ? date.toLocalDate() : (LocalDate) row[3];
            JalaliDate jalali = JalaliDate.of(day);
            List<Object> key = List.of(row[0], row[1], row[2], jalali.year(), jalali.month());
            long[] sums = months.computeIfAbsent(key, k -> new long[2]);
            sums[0] += ((Number) row[4]).longValue();
            sums[1] += ((Number) row[5]).longValue();
        }
        Map<UUID, long[]> perFund = new HashMap<>();      // fund -> {spent, reserved} of the donor
        List<DonorStatement.Line> lines = new ArrayList<>();
        for (Map.Entry<List<Object>, long[]> month : months.entrySet()) {
            UUID fund = (UUID) month.getKey().get(0);
            long[] parts = share.get(fund);
            long spent = part(month.getValue()[0], parts);
            long reserved = part(month.getValue()[1], parts);
            if (spent == 0 && reserved == 0) {
                continue;
            }
            int year = (Integer) month.getKey().get(3);
            int monthOfYear = (Integer) month.getKey().get(4);
            lines.add(new DonorStatement.Line(fund, (String) month.getKey().get(1), (String) month.getKey().get(2),
                    "%04d-%02d".formatted(year, monthOfYear), new JalaliDate(year, monthOfYear, 1).toGregorian(),
                    spent, reserved));
            long[] total = perFund.computeIfAbsent(fund, f -> new long[2]);
            total[0] += spent;
            total[1] += reserved;
        }
        lines.sort((a, b) -> a.month().equals(b.month()) ? a.aidCategory().compareTo(b.aidCategory()) : b.month().compareTo(a.month()));
        List<DonorStatement.FundShare> funds = new ArrayList<>();
        for (Object[] gift : gifts) {
            UUID fund = (UUID) gift[0];
            long given = ((Number) gift[3]).longValue();
            long[] used = perFund.getOrDefault(fund, new long[2]);
            funds.add(new DonorStatement.FundShare(fund, FundKind.valueOf((String) gift[1]), (String) gift[2], given,
                    ((Number) gift[4]).longValue(), used[0], used[1], Math.max(0, given - used[0] - used[1])));
        }
        return new DonorStatement(donor.id(), donor.details().nameFa(), ((Number) totals[0]).longValue(),
                ((Number) totals[1]).longValue(), ((Number) totals[2]).longValue(), funds, lines, Instant.now(clock));
    }

    /** amount × given ÷ received, exactly (BigInteger: the product may pass the range of long), rounded down. */
    private static long part(long amount, long[] givenAndReceived) {
        if (amount == 0 || givenAndReceived == null || givenAndReceived[1] == 0) {
            return 0;
        }
        return BigInteger.valueOf(amount).multiply(BigInteger.valueOf(givenAndReceived[0]))
                .divide(BigInteger.valueOf(givenAndReceived[1])).longValueExact();
    }
}

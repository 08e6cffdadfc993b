package org.hamyar.donors.ledger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The double-entry ledger of the funds (docs/product.md §5): every movement one journal entry of a
 * debit and a credit line of the same amount, and every balance a sum over the lines. The database
 * refuses, at commit, an entry whose lines do not balance (trigger journal_line_balanced). Sums and
 * checks run in SQL over the index journal_line_balance: no line is read into memory.
 */
@ApplicationScoped
public class Ledger {

    private final EntityManager em;
    private final Clock clock;

    Ledger(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** Writes one balanced entry: {@code amount} debited to {@code debit} and credited to {@code credit}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID post(UUID fundId, EntryKind kind, UUID donationId, UUID allocationId, long amount,
                     LedgerAccount debit, LedgerAccount credit, Instant at) {
        UUID entry = UUID.randomUUID();
        em.flush(); // the donation or allocation the entry names is written first
        // the entry and its two lines in one statement: one round trip per movement instead of two
        // (the lines' foreign key is checked at the statement's end, when the entry is there)
        em.createNativeQuery("""
                        with entry as (
                            insert into journal_entry (id, fund_id, kind, donation_id, allocation_id, amount_rials, occurred_at)
                            values (?1, ?2, ?3, ?4, ?5, ?6, ?7))
                        insert into journal_line (entry_id, line_no, fund_id, account, debit_rials, credit_rials)
                        values (?1, 1, ?2, ?8, ?6, 0), (?1, 2, ?2, ?9, 0, ?6)""")
                .setParameter(1, entry).setParameter(2, fundId).setParameter(3, kind.name())
                .setParameter(4, donationId).setParameter(5, allocationId).setParameter(6, amount)
                .setParameter(7, at).setParameter(8, debit.name()).setParameter(9, credit.name())
                .executeUpdate();
        return entry;
    }

    /**
     * Locks the fund's row until the transaction ends, so that whoever checks its balance next sees
     * every movement committed before: two allocations can never both spend the same rials.
     * {@code FOR NO KEY UPDATE} rather than {@code FOR UPDATE}: the journal's foreign keys take
     * KEY SHARE on the fund row, so money coming in (which cannot overdraw) does not wait for it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lockFund(UUID fundId) {
        em.createNativeQuery("select id from fund where id = ?1 for no key update").setParameter(1, fundId).getResultList();
    }

    /** The fund's balances, summed from its lines. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Balances balances(UUID fundId) {
        return balances(List.of(fundId)).get(fundId);
    }

    /** The balances of several funds (a page of them) in one query; a fund without entries has zeros. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, Balances> balances(Collection<UUID> fundIds) {
        Map<UUID, Map<LedgerAccount, Long>> byFund = new HashMap<>();
        if (!fundIds.isEmpty()) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("""
                            select fund_id, account, coalesce(sum(debit_rials), 0)::bigint, coalesce(sum(credit_rials), 0)::bigint
                            from journal_line where fund_id = any(?1) group by fund_id, account""")
                    .setParameter(1, fundIds.toArray(UUID[]::new))
                    .getResultList();
            for (Object[] row : rows) {
                LedgerAccount account = LedgerAccount.valueOf((String) row[1]);
                long debits = ((Number) row[2]).longValue();
                long credits = ((Number) row[3]).longValue();
                byFund.computeIfAbsent((UUID) row[0], id -> new EnumMap<>(LedgerAccount.class))
                        .put(account, account == LedgerAccount.CASH ? debits - credits : credits - debits);
            }
        }
        Map<UUID, Balances> balances = new HashMap<>();
        for (UUID id : fundIds) {
            Map<LedgerAccount, Long> balance = byFund.getOrDefault(id, Map.of());
            balances.put(id, new Balances(balance.getOrDefault(LedgerAccount.CASH, 0L),
                    balance.getOrDefault(LedgerAccount.AVAILABLE, 0L), balance.getOrDefault(LedgerAccount.RESERVED, 0L),
                    balance.getOrDefault(LedgerAccount.DISBURSED, 0L)));
        }
        return balances;
    }

    /**
     * Proves that a fund reconciles: every entry balances, debits equal credits, CASH is what the
     * other accounts say the money is for, nothing is overdrawn, CASH equals the money the fund
     * received, and RESERVED and DISBURSED equal its reserved and committed allocations.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Reconciliation reconcile(UUID fundId) {
        Object[] totals = (Object[]) em.createNativeQuery("""
                        select count(distinct entry_id), coalesce(sum(debit_rials), 0)::bigint, coalesce(sum(credit_rials), 0)::bigint
                        from journal_line where fund_id = ?1""")
                .setParameter(1, fundId).getSingleResult();
        long unbalanced = ((Number) em.createNativeQuery("""
                        select count(*) from (select entry_id from journal_line where fund_id = ?1
                        group by entry_id having sum(debit_rials) <> sum(credit_rials)) unbalanced""")
                .setParameter(1, fundId).getSingleResult()).longValue();
        Object[] sources = (Object[]) em.createNativeQuery("""
                        select (select coalesce(sum(amount_rials), 0)::bigint from donation
                                 where fund_id = ?1 and status in ('RECEIVED', 'PAID') and kind <> 'IN_KIND'),
                               (select coalesce(sum(amount_rials), 0)::bigint from allocation where fund_id = ?1 and status = 'RESERVED'),
                               (select coalesce(sum(amount_rials), 0)::bigint from allocation where fund_id = ?1 and status = 'COMMITTED')""")
                .setParameter(1, fundId).getSingleResult();
        long entries = ((Number) totals[0]).longValue();
        long debits = ((Number) totals[1]).longValue();
        long credits = ((Number) totals[2]).longValue();
        Balances balances = balances(fundId);
        List<Reconciliation.Check> checks = List.of(
                check("every-entry-balances", 0, unbalanced),
                check("debits-equal-credits", debits, credits),
                check("cash-equals-available-reserved-disbursed", balances.cashRials(),
                        balances.availableRials() + balances.reservedRials() + balances.disbursedRials()),
                new Reconciliation.Check("nothing-overdrawn", balances.availableRials() >= 0, 0, balances.availableRials()),
                check("cash-equals-money-received", ((Number) sources[0]).longValue(), balances.cashRials()),
                check("reserved-equals-reserved-allocations", ((Number) sources[1]).longValue(), balances.reservedRials()),
                check("disbursed-equals-committed-allocations", ((Number) sources[2]).longValue(), balances.disbursedRials()));
        return Reconciliation.of(fundId, entries, debits, credits, balances, checks, Instant.now(clock));
    }

    private static Reconciliation.Check check(String name, long expected, long actual) {
        return new Reconciliation.Check(name, expected == actual, expected, actual);
    }
}

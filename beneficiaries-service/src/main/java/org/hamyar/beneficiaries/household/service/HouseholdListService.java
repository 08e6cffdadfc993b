package org.hamyar.beneficiaries.household.service;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.hamyar.api.paging.Page;
import org.hamyar.api.paging.PageRequest;
import org.hamyar.api.security.Actor;
import org.hamyar.beneficiaries.access.ReadLog;
import org.hamyar.beneficiaries.access.RecordAccess;
import org.hamyar.beneficiaries.access.ShownVersion;
import org.hamyar.beneficiaries.household.repository.HouseholdListRepository;

/**
 * The households an organisation may see, listed (docs/product.md §4), as {@code PersonListService}
 * lists persons. A household shown from another organisation's version is a logged read of the
 * household and of its head (named in the list), one statement per page.
 */
@ApplicationScoped
public class HouseholdListService {

    private final HouseholdListRepository lists;
    private final RecordAccess access;
    private final ReadLog readLog;

    HouseholdListService(HouseholdListRepository lists, RecordAccess access, ReadLog readLog) {
        this.lists = lists;
        this.access = access;
        this.readLog = readLog;
    }

    @Transactional
    public Page<HouseholdListRepository.Row> list(Actor actor, HouseholdListRepository.Filter filter, PageRequest page) {
        ShownVersion reader = ShownVersion.of(actor, access.partners(actor));
        Page<HouseholdListRepository.Row> rows = lists.list(reader, filter, page);
        Map<UUID, UUID> logged = new LinkedHashMap<>();
        rows.items().stream().filter(r -> reader.logged(r.organizationId()))
                .forEach(r -> logged.put(r.householdId(), r.headPersonId()));
        readLog.householdHeads(actor, logged);
        return rows;
    }
}

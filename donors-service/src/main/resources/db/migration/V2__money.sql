-- The money side of the donors-service (docs/product.md §5): donors, endowments and their
-- intentions, funds and their restrictions, donations, allocations and the double-entry ledger.
-- Money is bigint rials everywhere, bounded by 10^15; never floating point.

create table donor (
    id                       uuid        primary key,
    kind                     text        not null check (kind in ('PERSON', 'ORGANIZATION')),
    -- national code (10 digits, persons) or national id (11 digits, organisations), normalised
    identifier               text        not null unique,
    name_fa                  text        not null,
    phone                    text,
    email                    text,
    province_code            text        check (province_code ~ '^[0-9]{2}$'),
    county                   text,
    assembly_organization_id uuid,
    assembly_level           text        check (assembly_level in ('NATIONAL', 'PROVINCE', 'COUNTY')),
    -- the Keycloak username (preferred_username) of the signed-in donor this record belongs to
    username                 text        unique,
    registered_by            text        not null,
    registered_at            timestamptz not null,
    updated_at               timestamptz not null,
    version                  bigint      not null default 0,
    check ((assembly_organization_id is null) = (assembly_level is null))
);
create index donor_newest on donor (registered_at desc, id);
create index donor_assembly on donor (assembly_organization_id, registered_at desc, id);

create table fund (
    id                     uuid        primary key,
    kind                   text        not null check (kind in ('GENERAL', 'ZAKAT', 'SADAQA', 'ENDOWMENT_INCOME', 'CRISIS', 'PROGRAMME')),
    name_fa                text        not null,
    owner_organization_id  uuid        not null,
    endowment_id           uuid        unique,
    agreement_id           uuid,
    -- the restrictions, shaped like an intention; an empty array restricts nothing on that clause
    aid_categories         text[]      not null default '{}',
    beneficiary_categories text[]      not null default '{}',
    provinces              text[]      not null default '{}',
    counties               text[]      not null default '{}',
    restriction_fa         text,
    created_by             text        not null,
    created_at             timestamptz not null,
    updated_at             timestamptz not null,
    version                bigint      not null default 0,
    check ((kind = 'ENDOWMENT_INCOME') = (endowment_id is not null)),
    check ((kind = 'PROGRAMME') = (agreement_id is not null)),
    check (kind <> 'CRISIS' or cardinality(provinces) > 0)
);
create index fund_newest on fund (created_at desc, id);
create index fund_owner on fund (owner_organization_id, created_at desc, id);
create index fund_kind on fund (kind, created_at desc, id);
create index fund_agreement on fund (agreement_id) where agreement_id is not null;

create table endowment (
    id                      uuid        primary key,
    endower_name            text        not null,
    deed_number             text        not null unique,
    endowed_asset           text        not null,
    trustee_organization_id uuid        not null,
    fund_id                 uuid        not null unique references fund (id),
    aid_categories          text[]      not null default '{}',
    beneficiary_categories  text[]      not null default '{}',
    provinces               text[]      not null default '{}',
    counties                text[]      not null default '{}',
    intention_fa            text        not null,
    registered_by           text        not null,
    registered_at           timestamptz not null,
    updated_at              timestamptz not null,
    version                 bigint      not null default 0
);
create index endowment_newest on endowment (registered_at desc, id);
create index endowment_trustee on endowment (trustee_organization_id, registered_at desc, id);

-- Agreements as the agreements-service announced them (agreements.events); a PROGRAMME fund is tied to one.
create table programme_agreement (
    agreement_id           uuid        primary key,
    version                integer     not null,
    status                 text        not null,
    parties                uuid[]      not null default '{}',
    aid_categories         text[]      not null default '{}',
    beneficiary_categories text[]      not null default '{}',
    provinces              text[]      not null default '{}',
    counties               text[]      not null default '{}',
    effective_from         date,
    effective_to           date,
    updated_at             timestamptz not null
);

create table donation (
    id           uuid        primary key,
    fund_id      uuid        not null references fund (id),
    donor_id     uuid        references donor (id),
    kind         text        not null check (kind in ('CASH', 'ZAKAT', 'SADAQA', 'IN_KIND', 'PLEDGE', 'ENDOWMENT_INCOME')),
    amount_rials bigint      not null check (amount_rials > 0 and amount_rials <= 1000000000000000),
    description  text,
    -- RECEIVED: money (or goods) in hand; PLEDGED: promised, no money yet; PAID: a pledge paid
    status       text        not null check (status in ('RECEIVED', 'PLEDGED', 'PAID')),
    received_at  timestamptz,
    recorded_by  text        not null,
    created_at   timestamptz not null,
    updated_at   timestamptz not null,
    version      bigint      not null default 0,
    check ((status = 'PLEDGED') = (received_at is null)),
    check (kind = 'ENDOWMENT_INCOME' or donor_id is not null)
);
create index donation_fund on donation (fund_id, created_at desc, id);
create index donation_donor on donation (donor_id, created_at desc, id) where donor_id is not null;

create table allocation (
    id                       uuid        primary key,
    fund_id                  uuid        not null references fund (id),
    amount_rials             bigint      not null check (amount_rials > 0 and amount_rials <= 1000000000000000),
    aid_category             text        not null,
    beneficiary_category     text        not null,
    province_code            text        not null check (province_code ~ '^[0-9]{2}$'),
    county                   text,
    provider_organization_id uuid        not null,
    status                   text        not null check (status in ('RESERVED', 'COMMITTED', 'RELEASED')),
    reserved_by              text        not null,
    reserved_at              timestamptz not null,
    expires_at               timestamptz not null,
    aid_id                   uuid,
    committed_at             timestamptz,
    released_at              timestamptz,
    release_reason           text        check (release_reason in ('AID_REVOKED', 'EXPIRED')),
    updated_at               timestamptz not null,
    version                  bigint      not null default 0,
    check ((status = 'RELEASED') = (released_at is not null))
);
create index allocation_fund on allocation (fund_id, reserved_at desc, id);
create index allocation_provider on allocation (provider_organization_id, reserved_at desc, id);
create index allocation_aid on allocation (aid_id) where aid_id is not null;
-- the expiry job reads only what may expire
create index allocation_expiring on allocation (expires_at) where status = 'RESERVED';

-- The ledger: every movement one journal entry whose lines balance (debits = credits).
create table journal_entry (
    id            uuid        primary key,
    fund_id       uuid        not null references fund (id),
    kind          text        not null check (kind in ('DONATION', 'RESERVATION', 'COMMITMENT', 'RELEASE')),
    donation_id   uuid        references donation (id),
    allocation_id uuid        references allocation (id),
    amount_rials  bigint      not null check (amount_rials > 0),
    occurred_at   timestamptz not null,
    check ((kind = 'DONATION') = (donation_id is not null)),
    check ((kind = 'DONATION') <> (allocation_id is not null))
);
create index journal_entry_fund on journal_entry (fund_id, occurred_at, id);

create table journal_line (
    entry_id     uuid     not null references journal_entry (id),
    line_no      smallint not null,
    fund_id      uuid     not null references fund (id),
    -- CASH (asset: money held for the fund); AVAILABLE, RESERVED, DISBURSED (what the money is for)
    account      text     not null check (account in ('CASH', 'AVAILABLE', 'RESERVED', 'DISBURSED')),
    debit_rials  bigint   not null default 0 check (debit_rials >= 0),
    credit_rials bigint   not null default 0 check (credit_rials >= 0),
    primary key (entry_id, line_no),
    check ((debit_rials > 0) <> (credit_rials > 0))
);
-- a fund's balances are sums over this index alone
create index journal_line_balance on journal_line (fund_id, account) include (debit_rials, credit_rials);

-- An entry whose lines do not balance is refused at commit, whoever wrote it.
create function journal_entry_balanced() returns trigger language plpgsql as $$
declare
    difference numeric;
begin
    select coalesce(sum(debit_rials), 0) - coalesce(sum(credit_rials), 0) into difference
      from journal_line where entry_id = new.entry_id;
    if difference <> 0 then
        raise exception 'journal entry % does not balance (debits - credits = %)', new.entry_id, difference
            using errcode = '23514';
    end if;
    return null;
end $$;

create constraint trigger journal_line_balanced after insert or update on journal_line
    deferrable initially deferred for each row execute function journal_entry_balanced();

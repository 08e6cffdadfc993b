-- issue 7, households part (docs/product.md §4 "Households"): a person belongs to one household at
-- a time across the network, a move keeps its history, household rules see the aid of the
-- households a member came from, and aid may be recorded for a person outside any household.

-- ---------------------------------------------------------------------------------------------
-- who belonged to which household, when, as what, and which organisation recorded the change.
-- A relation that changes (a new head) ends one row and starts another, so each row is one stretch
-- of one person in one household with one relation. The network's fact, not an organisation's
-- version: each organisation's composition stays in household_registration_member.
create table household_membership (
    id                         uuid        primary key,
    household_id               uuid        not null references household (id),
    person_id                  uuid        not null references person (id),
    head                       boolean     not null,
    -- the relation to the head; null for the head
    relation                   varchar(16),
    valid_from                 timestamptz not null,
    -- null: the person belongs to the household now
    valid_to                   timestamptz,
    started_by_organization_id uuid        not null,
    started_by                 text        not null,
    ended_by_organization_id   uuid,
    ended_by                   text,
    -- MOVED (to another household), LEFT (to none), DIED, CHANGED (another relation, same household)
    end_reason                 varchar(8),
    constraint household_membership_relation check (head = (relation is null)),
    constraint household_membership_period check (valid_to is null or valid_to >= valid_from),
    constraint household_membership_end check ((valid_to is null) = (ended_by_organization_id is null)
        and (valid_to is null) = (end_reason is null)),
    constraint household_membership_end_reason check (end_reason in ('MOVED', 'LEFT', 'DIED', 'CHANGED'))
);
-- one household at a time: at most one open stretch per person
create unique index household_membership_current on household_membership (person_id) where valid_to is null;
-- a household's present members (the overlap check's first step, and locks)
create index household_membership_household_current on household_membership (household_id) where valid_to is null;
-- a person's stretches (the overlap check's second step) and a household's history
create index household_membership_person on household_membership (person_id, valid_from);
create index household_membership_household on household_membership (household_id, valid_from, id);

-- Until now a person could be in several households (a spouse registered as the head of a "new"
-- one). Every stretch starts when its household was registered; where a person was in several,
-- heading one wins, then the latest registration, and the others end when it began.
with stretch as (
    select h.id as household_id, h.head_person_id as person_id, true as head, null::varchar(16) as relation,
           h.registered_at as valid_from, h.registered_by_organization_id as organization_id
    from household h
    union all
    select m.household_id, m.person_id, false, m.relation, h.registered_at, h.registered_by_organization_id
    from household_member m
    join household h on h.id = m.household_id
    where m.person_id <> h.head_person_id
), ranked as (
    select s.*, row_number() over (partition by s.person_id order by s.head desc, s.valid_from desc, s.household_id desc) as rank
    from stretch s
)
insert into household_membership (id, household_id, person_id, head, relation, valid_from, valid_to,
                                  started_by_organization_id, started_by, ended_by_organization_id, ended_by, end_reason)
select gen_random_uuid(), r.household_id, r.person_id, r.head, r.relation, r.valid_from,
       case when r.rank = 1 then null else greatest(r.valid_from, c.valid_from) end,
       r.organization_id, 'migration V10',
       case when r.rank = 1 then null else c.organization_id end,
       case when r.rank = 1 then null else 'migration V10' end,
       case when r.rank = 1 then null else 'MOVED' end
from ranked r
join ranked c on c.person_id = r.person_id and c.rank = 1;

-- household_member is now the present members besides the head (the network's, kept with the history)
delete from household_member m
where not exists (select 1 from household_membership s
                  where s.household_id = m.household_id and s.person_id = m.person_id and s.valid_to is null);

-- ---------------------------------------------------------------------------------------------
-- aid to a person outside any household (DOWRY, EDUCATION_SUPPORT, HEALTH_INSURANCE of a single
-- adult): no household; the overlap rules reach it through the person
alter table aid alter column household_id drop not null;
alter table aid add constraint aid_subject check (household_id is not null or person_id is not null);
alter table overlap_override alter column household_id drop not null;
-- a programme other than an agreement: a short code of the provider's (e.g. RAMADAN-1405)
alter table aid add column programme_code varchar(40);
alter table aid add constraint aid_programme_code check (programme_code ~ '^[A-Z0-9][A-Z0-9_-]{0,39}$');
alter table aid add constraint aid_agreement_or_programme check (agreement_id is null or programme_code is null);

-- ---------------------------------------------------------------------------------------------
-- the head is part of each organisation's version: a new head named by one organisation changes
-- its version and the network's membership, not another organisation's version
alter table household_registration add column head_person_id uuid references person (id);
update household_registration r set head_person_id = h.head_person_id from household h where h.id = r.household_id;
alter table household_registration alter column head_person_id set not null;
-- household.head_person_id is the present head (the network's); a person heads at most one household
-- at a time through household_membership_current, and a head who left keeps the row until a new head
drop index household_head_key;
create index household_head on household (head_person_id);

-- agreements-service: organisations, agreements (MoUs) with their versions, commitments and their
-- progress, joint committees and the executive calendar. Versions 0.x are the shared modules'
-- (db/outbox, db/conventions).

create extension if not exists pg_trgm;

create table organization (
    id                      uuid        primary key,
    name_fa                 text        not null,
    name_en                 text,
    type                    text        not null,
    level                   text        not null,
    province_code           text,
    county                  text,
    parent_id               uuid        references organization (id),
    national_id             text        unique,
    -- Persian-normalised names (fa and en, spaced and compact) for the text search: ك/ک, ي/ی,
    -- ZWNJ and digits folded, so that any keyboard finds the same organisation
    search_text             text        not null,
    current_grade           text,
    current_grade_on        date,
    current_grade_by        uuid,
    created_at              timestamptz not null,
    updated_at              timestamptz not null,
    lock_version            bigint      not null
);
create index organization_search_text on organization using gin (search_text gin_trgm_ops);
create index organization_type on organization (type);
create index organization_province on organization (province_code, county);
create index organization_parent on organization (parent_id);

-- NGO capacity assessments (seed 003): the history stays; the organisation shows the latest
create table organization_assessment (
    id                          uuid        primary key,
    organization_id             uuid        not null references organization (id),
    grade                       text        not null,
    assessed_on                 date        not null,
    assessing_organization_id   uuid        not null references organization (id),
    note                        text,
    recorded_by                 text        not null,
    recorded_at                 timestamptz not null
);
create index organization_assessment_history on organization_assessment (organization_id, assessed_on desc, recorded_at desc);

create table agreement (
    id                          uuid        primary key,
    title                       text        not null,
    status                      text        not null,
    version                     int         not null,          -- the text's version: 1, then one per amendment
    effective_from              date        not null,
    effective_to                date,
    provinces                   text[]      not null,
    counties                    text[]      not null,
    beneficiary_categories      text[]      not null,
    aid_categories              text[]      not null,
    objectives                  text[]      not null,
    monitoring_organization_id  uuid        references organization (id),
    data_sharing                boolean     not null,
    created_by_organization_id  uuid        not null references organization (id),
    created_at                  timestamptz not null,
    updated_at                  timestamptz not null,
    signed_at                   timestamptz,
    activated_at                timestamptz,
    termination_reason          text,
    termination_on              date,                           -- asked for; may lie ahead
    terminated_at               timestamptz,
    expired_on                  date,
    lock_version                bigint      not null            -- the ETag
);
-- the lifecycle job's queries: signed ones whose day came, active ones past their end
create index agreement_due_activation on agreement (effective_from) where status = 'SIGNED';
create index agreement_due_expiry on agreement (effective_to) where status = 'ACTIVE';
create index agreement_due_termination on agreement (termination_on) where terminated_at is null and termination_on is not null;
create index agreement_status on agreement (status, created_at desc);
create index agreement_provinces on agreement using gin (provinces);
create index agreement_aid_categories on agreement using gin (aid_categories);

create table agreement_party (
    agreement_id        uuid        not null references agreement (id) on delete cascade,
    organization_id     uuid        not null references organization (id),
    position            int         not null,
    role                text        not null,
    signatory_name      text,
    signatory_title     text,
    signed_on           date,                       -- the day on the paper (may be earlier than recorded)
    signed_at           timestamptz,                -- when the signature was recorded
    signed_by           text,
    -- one row per party (the service checks distinctness); keyed by position so that an edited
    -- draft may reorder its parties
    primary key (agreement_id, position)
);
create index agreement_party_organization on agreement_party (organization_id, agreement_id);

create table agreement_coordination_rule (
    agreement_id    uuid    not null references agreement (id) on delete cascade,
    aid_category    text    not null,
    mode            text    not null,
    primary key (agreement_id, aid_category)
);

-- every version of the text, kept whole (history of amendments)
create table agreement_version (
    agreement_id                uuid        not null references agreement (id) on delete cascade,
    version                     int         not null,
    terms                       jsonb       not null,
    reason                      text,
    recorded_by_organization_id uuid        not null,
    recorded_by                 text        not null,
    recorded_at                 timestamptz not null,
    primary key (agreement_id, version)
);

create table commitment (
    id                      uuid        primary key,
    agreement_id            uuid        not null references agreement (id) on delete cascade,
    organization_id         uuid        not null references organization (id),
    position                int         not null,
    text                    text        not null,
    due_date                date,
    target_indicator        text,
    target_unit             text,
    target_value            bigint,
    progress_total          bigint      not null default 0,
    reported_done           boolean     not null default false,
    withdrawn_in_version    int,                                -- set when an amendment drops it; its history stays
    overdue_published_at    timestamptz                         -- CommitmentOverdue goes out once per due date
);
create index commitment_agreement on commitment (agreement_id, position);
-- the overdue job's query
create index commitment_overdue_candidates on commitment (due_date)
    where overdue_published_at is null and withdrawn_in_version is null and not reported_done;

create table commitment_progress (
    id                          uuid        primary key,
    commitment_id               uuid        not null references commitment (id) on delete cascade,
    value                       bigint,
    done                        boolean     not null,
    note                        text        not null,
    reported_on                 date        not null,
    reported_by_organization_id uuid        not null references organization (id),
    reported_by                 text        not null,
    recorded_at                 timestamptz not null
);
create index commitment_progress_history on commitment_progress (commitment_id, reported_on);

create table calendar_entry (
    id              uuid        primary key,
    agreement_id    uuid        not null references agreement (id) on delete cascade,
    position        int         not null,
    title           text        not null,
    kind            text        not null,
    start_date      date        not null,
    end_date        date        not null,
    provinces       text[]      not null,
    description     text
);
create index calendar_entry_agreement on calendar_entry (agreement_id, position);
create index calendar_entry_dates on calendar_entry (start_date, end_date);
create index calendar_entry_provinces on calendar_entry using gin (provinces);

create table committee_seats (
    agreement_id    uuid    not null references agreement (id) on delete cascade,
    organization_id uuid    not null references organization (id),
    seats           int     not null,
    primary key (agreement_id, organization_id)
);

create table committee_nomination_rule (
    id                          uuid    primary key,
    agreement_id                uuid    not null references agreement (id) on delete cascade,
    position                    int     not null,
    nominating_organization_id  uuid    not null references organization (id),
    choosing_organization_id    uuid    not null references organization (id),
    nominees                    int     not null,
    seats                       int     not null,
    nominee_type                text,
    description                 text
);
create index committee_nomination_rule_agreement on committee_nomination_rule (agreement_id, position);

create table committee_nomination (
    id                          uuid        primary key,
    agreement_id                uuid        not null references agreement (id) on delete cascade,
    rule_id                     uuid        not null references committee_nomination_rule (id),
    nominee_ids                 uuid[]      not null,
    status                      text        not null,          -- OPEN, SELECTED
    nominated_by_organization_id uuid       not null,
    nominated_by                text        not null,
    nominated_at                timestamptz not null,
    selected_organization_id    uuid        references organization (id),
    selected_by                 text,
    selected_at                 timestamptz
);
create index committee_nomination_agreement on committee_nomination (agreement_id, nominated_at);

create table committee_member (
    id                      uuid        primary key,
    agreement_id            uuid        not null references agreement (id) on delete cascade,
    organization_id         uuid        not null references organization (id),   -- whom the member represents
    seat_party_id           uuid        references organization (id),            -- a party's own seat …
    rule_id                 uuid        references committee_nomination_rule (id), -- … or one filled by nomination
    nomination_id           uuid        references committee_nomination (id),
    person_name             text,                                    -- a chosen NGO may name its person later
    person_title            text,
    appointed_on            date        not null,
    appointed_by            text        not null,
    recorded_at             timestamptz not null,
    check ((seat_party_id is null) <> (rule_id is null))
);
create index committee_member_agreement on committee_member (agreement_id, recorded_at);

create table committee_decision (
    id                          uuid        primary key,
    agreement_id                uuid        not null references agreement (id) on delete cascade,
    subject                     text        not null,
    text                        text        not null,
    kind                        text        not null,
    decided_on                  date        not null,
    recorded_by_organization_id uuid        not null references organization (id),
    recorded_by                 text        not null,
    recorded_at                 timestamptz not null
);
create index committee_decision_agreement on committee_decision (agreement_id, decided_on);

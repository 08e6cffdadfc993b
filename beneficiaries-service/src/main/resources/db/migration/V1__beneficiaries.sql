-- beneficiaries-service (SPEC §4): persons, households, aid, the agreements projection, the read log.
-- Sized for 10M persons, 3M households and 30M aid records: every request path reads through an
-- index below, never a scan. Shared modules' tables (outbox, processed events, idempotency) come
-- from db/outbox and db/conventions (versions 0.x).

-- ---------------------------------------------------------------------------------------------
-- persons
create table person (
    id                            uuid        primary key,
    -- 10 ASCII digits, kept as text: leading zeros are part of the code
    national_code                 varchar(10) not null,
    -- HMAC-SHA256 of the national code under the network's secret: how other systems name the person
    person_hash                   char(64)    not null,
    first_name                    text        not null,
    last_name                     text        not null,
    father_name                   text,
    -- PersianText.normalize of the names: Arabic letter variants, ZWNJ, diacritics and digits folded,
    -- for duplicate detection (the original spelling above is what people see)
    first_name_normalized         text        not null,
    last_name_normalized          text        not null,
    father_name_normalized        text,
    birth_date                    date        not null,
    sex                           varchar(6)  not null,
    disability_type               varchar(24),
    disability_severity           varchar(12),
    phone                         varchar(11),
    province_code                 char(2),
    county                        text,
    village                       text,
    rural                         boolean,
    registered_by_organization_id uuid        not null,
    registered_at                 timestamptz not null,
    version                       bigint      not null default 0,
    constraint person_national_code_digits check (national_code ~ '^[0-9]{10}$'),
    constraint person_sex check (sex in ('MALE', 'FEMALE')),
    constraint person_disability_whole check ((disability_type is null) = (disability_severity is null))
);
-- one person per national code: a second registration finds the first
create unique index person_national_code_key on person (national_code);
create unique index person_hash_key on person (person_hash);
-- duplicate candidates (a later issue): same normalised last name and birth date
create index person_last_name_birth_date on person (last_name_normalized, birth_date);

-- which organisations registered (and so serve) a person: the first of the visibility rule (SPEC §2)
create table person_registration (
    person_id       uuid        not null references person (id),
    organization_id uuid        not null,
    registered_at   timestamptz not null,
    primary key (person_id, organization_id)
);

-- ---------------------------------------------------------------------------------------------
-- households
create table household (
    id                            uuid        primary key,
    head_person_id                uuid        not null references person (id),
    province_code                 char(2)     not null,
    county                        text        not null,
    village                       text,
    rural                         boolean     not null,
    registered_by_organization_id uuid        not null,
    registered_at                 timestamptz not null,
    version                       bigint      not null default 0
);
-- a person heads at most one household: registering the head again finds it
create unique index household_head_key on household (head_person_id);

create table household_member (
    household_id uuid        not null references household (id),
    person_id    uuid        not null references person (id),
    relation     varchar(16) not null,
    primary key (household_id, person_id)
);
create index household_member_person on household_member (person_id);

create table household_registration (
    household_id       uuid        not null references household (id),
    organization_id    uuid        not null,
    enrolment_category varchar(16),
    registered_at      timestamptz not null,
    primary key (household_id, organization_id)
);

-- ---------------------------------------------------------------------------------------------
-- aid
create table aid (
    id                       uuid        primary key,
    household_id             uuid        not null references household (id),
    person_id                uuid        references person (id),
    category                 varchar(32) not null,
    amount_rials             bigint      not null,
    quantity                 integer     not null,
    period_start             date        not null,
    period_end               date,
    provider_organization_id uuid        not null,
    agreement_id             uuid,
    allocation_id            uuid,
    status                   varchar(10) not null,
    -- the household's place when the aid was given: reports by place do not move when a family does
    province_code            char(2)     not null,
    county                   text        not null,
    rural                    boolean     not null,
    overlap_warnings         integer     not null default 0,
    recorded_by              text        not null,
    recorded_at              timestamptz not null,
    revoked_at               timestamptz,
    revoked_by               text,
    revocation_reason        text,
    version                  bigint      not null default 0,
    constraint aid_amount_not_negative check (amount_rials >= 0),
    constraint aid_quantity_positive check (quantity > 0),
    constraint aid_period check (period_end is null or period_end >= period_start),
    constraint aid_status check (status in ('PLANNED', 'DELIVERED', 'REVOKED')),
    constraint aid_revocation check ((status = 'REVOKED') = (revoked_at is not null))
);
-- the overlap check of household aid, and a household's aid list: one index range each
create index aid_household_category_start on aid (household_id, category, period_start);
-- the overlap check of personal aid (health insurance, dowry, education support)
create index aid_person_category_start on aid (person_id, category, period_start) where person_id is not null;

-- ---------------------------------------------------------------------------------------------
-- the agreements projection (from agreements.events): who coordinates with whom, on what, where
create table coordination_agreement (
    agreement_id        uuid        primary key,
    version             integer     not null,
    -- orders events of one version: activation/amendment (1) before termination/expiry (2)
    lifecycle_rank      smallint    not null,
    status              varchar(12) not null,
    active              boolean     not null,
    parties             uuid[]      not null,
    provinces           text[]      not null,
    -- county names in PersianText.compact form
    counties            text[]      not null,
    aid_categories      text[]      not null,
    blocking_categories text[]      not null,
    warning_categories  text[]      not null,
    data_sharing        boolean     not null,
    effective_from      date,
    effective_to        date,
    updated_at          timestamptz not null
);
-- "the ACTIVE agreements this organisation is a party to": a few rows out of a few thousand
create index coordination_agreement_active_parties on coordination_agreement using gin (parties) where active;

-- ---------------------------------------------------------------------------------------------
-- every read of a person's record by an organisation other than one that registered the person
-- (SPEC §2); the registering organisations list it (a later issue)
create table record_read (
    id                     bigint      generated always as identity primary key,
    person_id              uuid        not null references person (id),
    household_id           uuid        references household (id),
    reader_organization_id uuid        not null,
    reader_username        text        not null,
    read_at                timestamptz not null
);
create index record_read_person on record_read (person_id, read_at);

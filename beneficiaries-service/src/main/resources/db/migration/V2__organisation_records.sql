-- beneficiaries-service, issue 7 (registry): each organisation keeps its own version of a person's
-- and a household's record (docs/product.md §2). The person and household rows stay the network's
-- identity (national code, keyed hash; the household's head) so that overlap checks and duplicate
-- detection work across agencies; what an organisation wrote about them (names, father's name,
-- birth date, sex, disability, phone, address, the household's composition) lives in its own row
-- of person_registration / household_registration and is shown only to whom §2 allows.

-- ---------------------------------------------------------------------------------------------
-- a person as each organisation registered them
alter table person_registration
    add column first_name             text,
    add column last_name              text,
    add column father_name            text,
    add column first_name_normalized  text,
    add column last_name_normalized   text,
    add column father_name_normalized text,
    add column birth_date             date,
    add column sex                    varchar(6),
    add column disability_type        varchar(24),
    add column disability_severity    varchar(12),
    add column phone                  varchar(11),
    add column province_code          char(2),
    add column county                 text,
    add column village                text,
    add column rural                  boolean,
    -- the names, father's name or birth date differ from the identity's first registration: kept as
    -- this organisation's version and flagged for review (README "Decisions": who sees the flag)
    add column identity_disputed      boolean not null default false,
    add column version                bigint  not null default 0;

-- until now every registrant saw the one stored record: that record becomes each registrant's version
update person_registration r
set first_name = p.first_name, last_name = p.last_name, father_name = p.father_name,
    first_name_normalized = p.first_name_normalized, last_name_normalized = p.last_name_normalized,
    father_name_normalized = p.father_name_normalized, birth_date = p.birth_date, sex = p.sex,
    disability_type = p.disability_type, disability_severity = p.disability_severity, phone = p.phone,
    province_code = p.province_code, county = p.county, village = p.village, rural = p.rural
from person p
where p.id = r.person_id;

alter table person_registration
    alter column first_name set not null,
    alter column last_name set not null,
    alter column first_name_normalized set not null,
    alter column last_name_normalized set not null,
    alter column birth_date set not null,
    alter column sex set not null,
    add constraint person_registration_sex check (sex in ('MALE', 'FEMALE')),
    add constraint person_registration_disability_whole check ((disability_type is null) = (disability_severity is null));

-- ---------------------------------------------------------------------------------------------
-- a household as each organisation registered it: its address and its composition
alter table household_registration
    add column province_code char(2),
    add column county        text,
    add column village       text,
    add column rural         boolean,
    add column version       bigint not null default 0;

update household_registration r
set province_code = h.province_code, county = h.county, village = h.village, rural = h.rural
from household h
where h.id = r.household_id;

alter table household_registration
    alter column province_code set not null,
    alter column county set not null,
    alter column rural set not null;

-- the members (besides the head) as one organisation registered them; household_member stays the
-- union over organisations, what the overlap check asks ("is this person of the household?")
create table household_registration_member (
    household_id    uuid        not null,
    organization_id uuid        not null,
    person_id       uuid        not null references person (id),
    relation        varchar(16) not null,
    primary key (household_id, organization_id, person_id),
    foreign key (household_id, organization_id) references household_registration (household_id, organization_id)
);

insert into household_registration_member (household_id, organization_id, person_id, relation)
select m.household_id, r.organization_id, m.person_id, m.relation
from household_member m
join household_registration r on r.household_id = m.household_id;

-- ---------------------------------------------------------------------------------------------
-- the read log by household too (a household's aid list shows no person), listed by /api/audit
alter table record_read alter column person_id drop not null;
alter table record_read add constraint record_read_subject check (person_id is not null or household_id is not null);
create index record_read_household on record_read (household_id, read_at) where household_id is not null;

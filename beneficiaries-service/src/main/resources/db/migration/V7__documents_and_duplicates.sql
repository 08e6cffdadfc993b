-- beneficiaries-service, issue 7 (persons without a national code, duplicates): docs/product.md §4
-- "Persons" and "Duplicates".

-- ---------------------------------------------------------------------------------------------
-- persons identified by a document instead of a national code
alter table person alter column national_code drop not null;
alter table person
    add column document_type   varchar(24),
    add column document_number varchar(20),
    -- IdentityDocument.linkKey: type and number (a birth certificate: and the birth date)
    add column document_key    text,
    -- a coordinator merged this person into another; the row stays so that its code, document
    -- and id still lead to the survivor
    add column merged_into     uuid references person (id),
    -- the duplicate finder's blocking keys (duplicate.BlockingKeys); null once merged
    add column dup_key_names   text,
    add column dup_key_last    text,
    add column dup_key_first   text,
    add column dup_key_father  text,
    add constraint person_identified check (national_code is not null or document_key is not null),
    add constraint person_document_whole check ((document_type is null) = (document_number is null)
        and (document_type is null) = (document_key is null)),
    add constraint person_document_type check (document_type in ('AMAYESH', 'FOREIGN_NATIONAL_ID', 'PASSPORT', 'BIRTH_CERTIFICATE')),
    add constraint person_not_merged_into_itself check (merged_into <> id);
-- one person per document, as per national code
create unique index person_document_key on person (document_key) where document_key is not null;

-- The keys of persons registered before this version, computed as BlockingKeys.skeleton does:
-- letters that sound alike folded, long vowels after the first letter dropped, doubled letters made one.
create function pg_temp.skeleton(name text) returns text language sql immutable as $$
    select regexp_replace(
               left(s, 1) || regexp_replace(substr(s, 2), '[اوی]', '', 'g'),
               '(.)\1+', '\1', 'g')
    from (select translate(replace(name, ' ', ''), 'صثذضظطحغعآ', 'سسزززتهقاا') as s) folded
$$;
update person
set dup_key_names  = case when pg_temp.skeleton(first_name_normalized) <= pg_temp.skeleton(last_name_normalized)
                          then pg_temp.skeleton(first_name_normalized) || ' ' || pg_temp.skeleton(last_name_normalized)
                          else pg_temp.skeleton(last_name_normalized) || ' ' || pg_temp.skeleton(first_name_normalized) end
                     || '|' || extract(year from birth_date)::int,
    dup_key_last   = pg_temp.skeleton(last_name_normalized) || '|' || to_char(birth_date, 'YYYY-MM-DD'),
    dup_key_first  = pg_temp.skeleton(first_name_normalized) || '|' || to_char(birth_date, 'YYYY-MM-DD'),
    dup_key_father = case when father_name_normalized is null or father_name_normalized = '' then null
                          else pg_temp.skeleton(first_name_normalized) || '|' || pg_temp.skeleton(father_name_normalized)
                               || '|' || extract(year from birth_date)::int end;

-- each a few rows at ten million persons; merged persons are never candidates
create index person_dup_key_names on person (dup_key_names) where merged_into is null;
create index person_dup_key_last on person (dup_key_last) where merged_into is null;
create index person_dup_key_first on person (dup_key_first) where merged_into is null;
create index person_dup_key_father on person (dup_key_father) where merged_into is null and dup_key_father is not null;
-- persons merged into one (the survivor's merged ids)
create index person_merged_into on person (merged_into) where merged_into is not null;

-- ---------------------------------------------------------------------------------------------
-- possible duplicates: a newly registered person close to an existing one
create table duplicate_flag (
    id                          uuid          primary key,
    -- the person whose registration raised the flag, and the existing person it resembles
    person_id                   uuid          not null references person (id),
    candidate_id                uuid          not null references person (id),
    score                       numeric(4, 3) not null,
    agreeing_fields             text[]        not null,
    status                      varchar(10)   not null,
    flagged_at                  timestamptz   not null,
    decided_at                  timestamptz,
    decided_by                  text,
    decided_by_organization_id  uuid,
    surviving_person_id         uuid          references person (id),
    version                     bigint        not null default 0,
    constraint duplicate_flag_pair check (person_id <> candidate_id),
    constraint duplicate_flag_score check (score between 0 and 1),
    constraint duplicate_flag_status check (status in ('OPEN', 'MERGED', 'DISMISSED')),
    constraint duplicate_flag_decision check ((status = 'OPEN') = (decided_at is null)),
    constraint duplicate_flag_survivor check ((status = 'MERGED') = (surviving_person_id is not null))
);
-- one flag per pair, whichever was registered first: a dismissed pair is never flagged again
create unique index duplicate_flag_pair_key on duplicate_flag (least(person_id, candidate_id), greatest(person_id, candidate_id));
create index duplicate_flag_person on duplicate_flag (person_id);
create index duplicate_flag_candidate on duplicate_flag (candidate_id);
-- the lists by status, newest first
create index duplicate_flag_status_at on duplicate_flag (status, flagged_at desc, id desc);

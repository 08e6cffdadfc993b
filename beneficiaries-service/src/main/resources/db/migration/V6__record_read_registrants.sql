-- issue 7, audit (docs/product.md §2): the organisations that registered a record list who read it
-- (GET /api/audit). Each read is filed under every organisation that had registered the person or
-- household when it was read (except the reader), so that an organisation's list is one index range
-- however long the log grows. A trigger files it, so that every path that writes record_read
-- (persons, households, aid, enrolments, referral reads) is covered without knowing of the listing.
create table record_read_registrant (
    read_id         bigint      not null references record_read (id),
    organization_id uuid        not null,
    read_at         timestamptz not null,
    primary key (read_id, organization_id)
);
create index record_read_registrant_list on record_read_registrant (organization_id, read_at desc, read_id desc);
-- the auditors' list
create index record_read_at on record_read (read_at desc, id desc);

-- an auditor without an organisation reads the network too; its reads are logged by username
alter table record_read alter column reader_organization_id drop not null;

create function file_record_read() returns trigger language plpgsql as $$
begin
    insert into record_read_registrant (read_id, organization_id, read_at)
    select new.id, r.organization_id, new.read_at from person_registration r
    where new.person_id is not null and r.person_id = new.person_id
      and r.organization_id is distinct from new.reader_organization_id
    union
    select new.id, r.organization_id, new.read_at from household_registration r
    where new.household_id is not null and r.household_id = new.household_id
      and r.organization_id is distinct from new.reader_organization_id;
    return null;
end
$$;

create trigger record_read_filed after insert on record_read for each row execute function file_record_read();

-- the reads logged before this migration, filed under today's registrants
insert into record_read_registrant (read_id, organization_id, read_at)
select rr.id, r.organization_id, rr.read_at from record_read rr
join person_registration r on r.person_id = rr.person_id
where r.organization_id is distinct from rr.reader_organization_id
union
select rr.id, r.organization_id, rr.read_at from record_read rr
join household_registration r on r.household_id = rr.household_id
where r.organization_id is distinct from rr.reader_organization_id;

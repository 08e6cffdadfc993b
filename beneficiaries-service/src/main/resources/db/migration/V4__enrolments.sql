-- issue 7, enrolments (docs/product.md §4): an organisation takes a person or a household under its
-- support in a category, from a start date to an optional end date (the last day of support).
-- The same organisation, subject and category never have two enrolments whose periods meet (409):
-- the service checks under a transaction-scoped advisory lock on (organisation, subject, category).
create table enrolment (
    id              uuid        primary key,
    organization_id uuid        not null,
    person_id       uuid        references person (id),
    household_id    uuid        references household (id),
    category        varchar(16) not null,
    start_date      date        not null,
    end_date        date,
    created_by      text        not null,
    created_at      timestamptz not null,
    ended_by        text,
    ended_at        timestamptz,
    version         bigint      not null default 0,
    constraint enrolment_subject check ((person_id is null) <> (household_id is null)),
    constraint enrolment_period check (end_date is null or end_date >= start_date),
    constraint enrolment_category check (category in ('DISABILITY', 'RURAL_POOR', 'ORPHAN', 'FEMALE_HEADED',
                                                      'ELDERLY', 'CHRONIC_ILLNESS', 'UNEMPLOYED', 'OTHER')),
    constraint enrolment_ended check ((ended_at is null) = (ended_by is null))
);
-- an organisation's list, newest start first
create index enrolment_organization_start on enrolment (organization_id, start_date desc, id desc);
-- the auditors' list
create index enrolment_start on enrolment (start_date desc, id desc);
-- a subject's enrolments, and the overlap check of one organisation, subject and category
create index enrolment_person on enrolment (person_id, organization_id, category, start_date) where person_id is not null;
create index enrolment_household on enrolment (household_id, organization_id, category, start_date) where household_id is not null;

-- until now a household registration carried the category: each becomes an open enrolment of the
-- household from the day of the registration (Iran's calendar day)
insert into enrolment (id, organization_id, household_id, category, start_date, created_by, created_at)
select gen_random_uuid(), r.organization_id, r.household_id, r.enrolment_category,
       (r.registered_at at time zone 'Asia/Tehran')::date, 'household-registration', r.registered_at
from household_registration r
where r.enrolment_category is not null;

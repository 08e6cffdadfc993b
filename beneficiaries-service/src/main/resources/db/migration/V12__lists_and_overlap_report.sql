-- beneficiaries-service, issue 7 (lists, overlap report, partner check): the indexes the person and
-- household lists read through, and the overlap detections the committee's report is built from.
-- Every list reads one organisation's range of an index (or, for an auditor, the network's index in
-- the same order), never the whole table; the plans are described above each index.

-- ---------------------------------------------------------------------------------------------
-- GET /api/persons: the versions a reader is shown, alphabetical (last name, first name, id).
-- Plan for an organisation without partners and without a name: Index Scan of this index over
-- organization_id = ?, in the order of the page (Limit stops after the page), the other filters
-- (province, sex, disability, birth date, rural, household) as index-scan filters; the total is a
-- count over the same range (an organisation holding most of the network: the planner may read its
-- share by a sequential scan instead). With data-sharing partners the list is a union all of one
-- branch per organisation (access.ShownVersion), each a range of this index; the "shown version" rule
-- (the reader's own, else the earliest partner's) is two anti-joins per partner branch, which
-- PostgreSQL runs as hash anti-joins over the reader's and the partners' ranges: a page costs a pass
-- over those registries (measured: 0.3 s for 50,000 versions on the 2-core machine), never over the
-- network's. A per-reader "shown version" table is the step beyond, if partners' registries reach millions.
create index person_registration_org_name
    on person_registration (organization_id, last_name_normalized, first_name_normalized, person_id);
-- the same order across the network, for auditors (anti-join "no earlier version": primary key)
create index person_registration_name
    on person_registration (last_name_normalized, first_name_normalized, person_id);
-- name search: the start of the normalised last or first name (LIKE 'q%' with text_pattern_ops,
-- whatever the database's collation): a BitmapOr of the two ranges within the organisation, then sorted
create index person_registration_org_last_prefix
    on person_registration (organization_id, last_name_normalized text_pattern_ops);
create index person_registration_org_first_prefix
    on person_registration (organization_id, first_name_normalized text_pattern_ops);
create index person_registration_last_prefix on person_registration (last_name_normalized text_pattern_ops);
create index person_registration_first_prefix on person_registration (first_name_normalized text_pattern_ops);
-- a province (and county) filter: Bitmap Index Scan of the organisation's province range, then sorted
create index person_registration_org_place on person_registration (organization_id, province_code, county);
-- "household: yes/no" of the shown version: is the person a member in that organisation's version of
-- a household (the head is found through household_head_key and household_registration's key)
create index household_registration_member_person on household_registration_member (person_id, organization_id);

-- ---------------------------------------------------------------------------------------------
-- GET /api/households: a reader's versions, newest household first (ids are time-ordered UUID v7).
-- Plan: Index Scan of this index over organization_id = ? (an auditor: the primary key
-- household_registration_pkey backwards), filters on the row; the size and "disability in the
-- household" filters probe household_registration_member's key and person_registration's key.
create index household_registration_org on household_registration (organization_id, household_id desc);
create index household_registration_org_place on household_registration (organization_id, province_code, county);

-- ---------------------------------------------------------------------------------------------
-- The overlap report (GET /api/overlaps): one row per pair of aid records of two different
-- agencies that the overlap rules found overlapping when the later one was recorded — a warning
-- (WARN), or a block a coordinator overrode (BLOCK). Written in the grant's transaction. A pair of
-- one agency's own aid is not here: the report is about households served by more than one agency.
-- The place, category and period are the detected aid's, copied so that the report's filters read
-- one index of this table; revocations are read from aid (a revoked aid ends its overlaps).
create table overlap_detection (
    aid_id                              uuid        not null references aid (id),
    overlapped_aid_id                   uuid        not null references aid (id),
    household_id                        uuid        not null references household (id),
    category                            varchar(32) not null,
    province_code                       char(2)     not null,
    county                              text        not null,
    period_start                        date        not null,
    period_end                          date,
    provider_organization_id            uuid        not null,
    overlapped_provider_organization_id uuid        not null,
    outcome                             varchar(5)  not null,
    detected_at                         timestamptz not null,
    primary key (aid_id, overlapped_aid_id),
    constraint overlap_detection_outcome check (outcome in ('WARN', 'BLOCK')),
    constraint overlap_detection_two_agencies check (provider_organization_id <> overlapped_provider_organization_id)
);
-- an organisation's cases: those of its own detected aid and those where its aid was overlapped,
-- newest period first (a BitmapOr of the two, or a Merge Append of the two ordered ranges)
create index overlap_detection_provider
    on overlap_detection (provider_organization_id, period_start desc, aid_id desc);
create index overlap_detection_overlapped_provider
    on overlap_detection (overlapped_provider_organization_id, period_start desc, aid_id desc);
-- a committee's view of a province (and category), and the auditors' network view
create index overlap_detection_place on overlap_detection (province_code, category, period_start desc, aid_id desc);
create index overlap_detection_period on overlap_detection (period_start desc, aid_id desc);

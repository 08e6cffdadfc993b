-- beneficiaries-service, issue 7 (imports): an organisation's existing registry uploaded as a CSV
-- file and imported by a background job (docs/product.md §4 "Imports"). Any replica's worker
-- claims a queued job (FOR UPDATE SKIP LOCKED) and holds it by a lease it renews with every chunk;
-- each chunk of households commits its persons, households, events, row results and the job's
-- progress together, so a job whose worker died resumes after the last committed chunk.

create table import_job (
    id                 uuid        primary key,
    organization_id    uuid        not null,
    uploaded_by        text        not null,
    -- SHA-256 of the uploaded bytes: the same file from the same organisation is one job
    content_hash       char(64)    not null,
    -- the file itself until the job is done; dropped then, so no copy of the registry stays here
    content            bytea,
    status             varchar(8)  not null,
    -- households are cut into chunks of about this many rows; fixed per job so a resumed job cuts alike
    chunk_rows         integer     not null,
    rows_total         integer     not null,
    rows_done          integer     not null default 0,
    -- households (groups of rows) already committed: where a resumed job continues
    groups_done        integer     not null default 0,
    created_count      integer     not null default 0,
    matched_count      integer     not null default 0,
    duplicate_count    integer     not null default 0,
    rejected_count     integer     not null default 0,
    -- which worker holds the job, and until when its lease runs
    claim_token        uuid,
    lease_until        timestamptz,
    attempts           integer     not null default 0,
    failure            text,
    uploaded_at        timestamptz not null,
    started_at         timestamptz,
    finished_at        timestamptz,
    constraint import_job_status check (status in ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    constraint import_job_progress check (rows_done between 0 and rows_total),
    constraint import_job_chunk check (chunk_rows > 0)
);
-- an organisation's file is imported once; a FAILED job's file may be uploaded again
create unique index import_job_organization_hash on import_job (organization_id, content_hash) where status <> 'FAILED';
-- the workers' query: the oldest job waiting, or running under an expired lease
create index import_job_pending on import_job (uploaded_at) where status in ('QUEUED', 'RUNNING');

-- one row of the file and what became of it; no personal data (the uploader has the file)
create table import_row (
    job_id                 uuid        not null references import_job (id),
    row_number             integer     not null,
    household_key          text,
    outcome                varchar(20) not null,
    -- [{column, code, message}] for REJECTED rows and the reasons of a POSSIBLE_DUPLICATE
    reasons                jsonb       not null default '[]',
    person_id              uuid,
    household_id           uuid,
    duplicate_of_row       integer,
    duplicate_of_person_id uuid,
    primary key (job_id, row_number),
    constraint import_row_outcome check (outcome in ('CREATED', 'MATCHED_EXISTING', 'POSSIBLE_DUPLICATE', 'REJECTED'))
);
-- the rows of one outcome, in file order
create index import_row_outcome on import_row (job_id, outcome, row_number);

-- the default probable-duplicate lookup of an import chunk: the organisation's own persons with the
-- same normalised last name, birth date and first name (ExactImportDuplicates): an exact range even
-- where thousands share a common surname and the 1st of Farvardin as birth date
create index person_registration_organization_identity
    on person_registration (organization_id, last_name_normalized, birth_date, first_name_normalized);

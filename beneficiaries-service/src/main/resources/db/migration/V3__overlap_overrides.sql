-- issue 7, aid part: a coordinator's override of a blocked overlap (docs/product.md §4), the
-- audit log of overrides. One row per overridden grant; the justification is read only by the
-- granting organisation and auditors and never published.
create table overlap_override (
    id                       uuid        primary key,
    aid_id                   uuid        not null unique references aid (id),
    household_id             uuid        not null references household (id),
    category                 varchar(32) not null,
    provider_organization_id uuid        not null,
    province_code            char(2)     not null,
    county                   text        not null,
    overridden_blocks        integer     not null,
    justification            text        not null,
    overridden_by            text        not null,
    overridden_at            timestamptz not null,
    constraint overlap_override_blocks check (overridden_blocks > 0),
    constraint overlap_override_justification check (length(btrim(justification)) between 1 and 2000)
);
-- the granting organisation's list, newest first
create index overlap_override_provider_at on overlap_override (provider_organization_id, overridden_at desc, id desc);
-- the auditors' list, newest first
create index overlap_override_at on overlap_override (overridden_at desc, id desc);

-- aid lists (GET /api/aid): an organisation's and its partners' aid, newest period first
create index aid_provider_start on aid (provider_organization_id, period_start desc, id desc);

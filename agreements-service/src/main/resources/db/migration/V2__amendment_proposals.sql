-- agreements-service: an amendment of a signed agreement takes effect only when every party has
-- signed it (docs/product.md §3). Until then it is a proposal and the version in force stays in
-- force: no party widens data sharing or loosens a coordination rule alone.

create table amendment_proposal (
    id                          uuid        primary key,
    agreement_id                uuid        not null references agreement (id) on delete cascade,
    number                      int         not null,
    -- the version the proposal amends; it is adopted as base_version + 1
    base_version                int         not null,
    terms                       jsonb       not null,
    reason                      text        not null,
    status                      varchar(10) not null,
    proposed_by_organization_id uuid        not null,
    proposed_by                 text        not null,
    proposed_at                 timestamptz not null,
    -- who adopted (the last signature), withdrew or declined it, and when
    closed_by_organization_id   uuid,
    closed_by                   text,
    closed_at                   timestamptz,
    adopted_version             int,
    constraint amendment_proposal_status check (status in ('PROPOSED', 'ADOPTED', 'WITHDRAWN', 'DECLINED', 'LAPSED')),
    constraint amendment_proposal_number unique (agreement_id, number)
);

-- one open proposal per agreement: a second waits until the first is adopted, withdrawn or declined
create unique index amendment_proposal_open on amendment_proposal (agreement_id) where status = 'PROPOSED';

create table amendment_signature (
    proposal_id     uuid        not null references amendment_proposal (id) on delete cascade,
    organization_id uuid        not null,
    signatory_name  text,
    signatory_title text,
    signed_on       date        not null,
    signed_by       text        not null,
    signed_at       timestamptz not null,
    primary key (proposal_id, organization_id)
);

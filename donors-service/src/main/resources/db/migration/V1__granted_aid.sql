-- The aid the network granted, as the beneficiaries-service announced it (AidGranted, AidRevoked).
-- One row per aid, however often its events are delivered. It is the side of the allocation
-- lifecycle that the donors-service learns from Kafka: when allocations arrive (a later issue),
-- an AidGranted that names an allocation commits it (RESERVED -> COMMITTED) and an AidRevoked
-- releases it; allocation_id is what joins the two tables. It carries no foreign key: aid may name
-- an allocation this database does not hold (yet), and the event must still be recorded.

create table granted_aid (
    aid_id                   uuid        primary key,
    household_id             uuid        not null,
    provider_organization_id uuid        not null,
    agreement_id             uuid,
    allocation_id            uuid,
    category                 text        not null,
    amount_rials             bigint      not null check (amount_rials >= 0),  -- integer rials, never floating point
    quantity                 integer     not null check (quantity >= 0),
    province_code            text        not null check (province_code ~ '^[0-9]{2}$'),
    county                   text,
    rural                    boolean     not null,
    period_start             date        not null,
    period_end               date,
    -- where the aid itself stands at the provider (PLANNED, DELIVERED), as the grant said
    delivery_status          text,
    status                   text        not null check (status in ('GRANTED', 'REVOKED')),
    granted_at               timestamptz not null,
    revoked_at               timestamptz,
    revocation_reason        text,
    -- the ce_id of the event that last changed the row: where a reader traces a row back to Kafka
    last_event_id            uuid        not null,
    recorded_at              timestamptz not null,
    updated_at               timestamptz not null,
    version                  bigint      not null default 0,
    check (period_end is null or period_end >= period_start),
    check ((status = 'REVOKED') = (revoked_at is not null))
);

-- The list is read newest first, by provider (a coordinator sees only its own organisation),
-- by category and by province; each index serves one filter and the order, so a page of 30
-- million rows reads a few index pages, not the table.
create index granted_aid_newest on granted_aid (granted_at desc, aid_id);
create index granted_aid_provider on granted_aid (provider_organization_id, granted_at desc, aid_id);
create index granted_aid_category on granted_aid (category, granted_at desc, aid_id);
create index granted_aid_province on granted_aid (province_code, granted_at desc, aid_id);
-- an allocation finds the aid it pays for
create index granted_aid_allocation on granted_aid (allocation_id) where allocation_id is not null;

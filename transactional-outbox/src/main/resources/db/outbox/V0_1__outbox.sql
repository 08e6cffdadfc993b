-- transactional-outbox: the events a service has committed but perhaps not yet sent, and the
-- events its consumers have already applied. Versions 0.x belong to the shared modules;
-- a service's own migrations (db/migration) start at V1.

create table outbox_event (
    -- the relay sends in this order; for one aggregate it is the order of the commits, because
    -- changing the aggregate row serialises the transactions that publish its events
    seq          bigserial   primary key,
    id           uuid        not null unique,             -- ce_id
    topic        text        not null,
    ce_type      text        not null,
    ce_source    text        not null,
    aggregate_id text        not null,                    -- Kafka key and ce_subject
    occurred_at  timestamptz not null,                    -- ce_time
    payload      json        not null,                    -- json, not jsonb: sent byte for byte as written
    published_at timestamptz
);

-- the relay's query: the oldest unpublished rows; stays small however large the table grows
create index outbox_event_unpublished on outbox_event (seq) where published_at is null;
-- the cleanup's query: published rows past the retention
create index outbox_event_published_at on outbox_event (published_at) where published_at is not null;

create table processed_event (
    consumer     text        not null,                    -- names one projection or reaction
    event_id     uuid        not null,                    -- ce_id
    processed_at timestamptz not null,
    primary key (consumer, event_id)
);

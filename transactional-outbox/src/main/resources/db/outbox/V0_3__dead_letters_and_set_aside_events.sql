-- transactional-outbox: what an admin inspects and repairs (GET /api/<service>-admin/...).
-- A shared module's version (0.x) below the services' own: existing databases already carry the
-- services' V1..Vn, so every service runs Flyway with out-of-order=true (see the module README).

-- Events the relay set aside: the broker refused them for good (too large, not serialisable, an
-- invalid record). The relay sends the events behind them, except the later events of the same key
-- (topic, aggregate_id), which wait with it until an admin retries it.
alter table outbox_event add column failed_at timestamptz;
alter table outbox_event add column failure text;
alter table outbox_event add column retries int not null default 0;

-- the relay's look-up of held keys and the admin's listing: only the rows set aside, a handful
create index outbox_event_set_aside on outbox_event (topic, aggregate_id, seq)
    where failed_at is not null and published_at is null;

-- Records a consumer could not apply: a permanent failure, or a transient one it gave up on (the
-- service stopping, or hamyar.consumer.max-attempts). The record is stored as received, so that an
-- admin can read it and replay it through the consumer's own idempotent path (processed_event).
create table dead_letter (
    id                  uuid        primary key,
    channel             text        not null,                 -- the @Incoming channel: which consumer
    topic               text        not null,
    kafka_partition     int         not null,
    kafka_offset        bigint      not null,
    record_key          text,
    event_id            text,                                 -- ce_id as received (a malformed one too)
    ce_type             text,
    ce_source           text,
    ce_subject          text,
    headers             jsonb       not null,                 -- every header as received, as text
    payload             text,
    reason              text        not null,                 -- the failure: exception and message
    permanent           boolean     not null,                 -- false: a transient failure given up on
    dead_lettered_at    timestamptz not null,
    replays             int         not null default 0,
    last_replayed_at    timestamptz,
    last_replay_failure text,
    resolved_at         timestamptz,                          -- a replay applied it (or found it applied)
    -- the same record failing again (redelivered before its offset was committed) is one dead letter
    unique (channel, topic, kafka_partition, kafka_offset)
);

create index dead_letter_newest on dead_letter (dead_lettered_at desc, id);

-- Responses of requests sent with an Idempotency-Key (api-conventions, @Idempotent).
-- One row per (key, caller, method, path), addressed by a SHA-256 of the four so the primary key
-- stays 32 bytes whatever their length. status is NULL while the first request still runs.
CREATE TABLE idempotency_record (
    record_key       bytea        PRIMARY KEY,
    idempotency_key  varchar(200) NOT NULL,
    caller           varchar(255) NOT NULL,
    method           varchar(10)  NOT NULL,
    path             text         NOT NULL,
    request_hash     bytea        NOT NULL,
    status           smallint,
    response_headers jsonb,
    response_body    bytea,
    created_at       timestamptz  NOT NULL DEFAULT now(),
    completed_at     timestamptz
);

-- The cleanup deletes by age.
CREATE INDEX idempotency_record_created_at_idx ON idempotency_record (created_at);

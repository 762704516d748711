-- Alerts the monitor raised, with their lifecycle OPEN -> ACKNOWLEDGED -> RESOLVED.
CREATE TABLE alert (
    id              bigserial PRIMARY KEY,
    alert_key       text             NOT NULL,
    kind            text             NOT NULL,
    topic           text,
    channels        text             NOT NULL,
    state           text             NOT NULL,
    ratio           double precision,
    summary         text             NOT NULL,
    details         text,
    opened_at       timestamptz      NOT NULL,
    acknowledged_at timestamptz,
    acknowledged_by text,
    resolved_at     timestamptz,
    resolved_by     text,
    -- For an alert resolved by hand: when the gap was first seen closed afterwards. Until then the
    -- same gap does not open a new alert, or resolving by hand would not silence it.
    rearmed_at      timestamptz,
    version         bigint           NOT NULL DEFAULT 0
);
-- One alert at a time per alerted thing (metric, topic, channel pair) until it is resolved.
CREATE UNIQUE INDEX alert_one_unresolved_per_key ON alert (alert_key) WHERE state <> 'RESOLVED';
CREATE INDEX alert_recent ON alert (opened_at DESC, id DESC);
CREATE INDEX alert_key_recent ON alert (alert_key, opened_at DESC);

-- Transactional outbox: alert events are written in the same transaction as the state change
-- they describe and relayed to Kafka afterwards; a row is deleted once Kafka has acknowledged it.
CREATE TABLE outbox_event (
    seq           bigserial PRIMARY KEY,
    event_id      text        NOT NULL UNIQUE,
    partition_key text        NOT NULL,
    event_type    text        NOT NULL,
    occurred_at   timestamptz NOT NULL,
    payload       text        NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now()
);

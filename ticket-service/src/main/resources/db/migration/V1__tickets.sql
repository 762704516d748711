-- Customers and their identities on each channel. A merged customer points to the one it was
-- merged into, so the merge can be undone and old references still resolve.
CREATE TABLE customer (
    id           bigserial PRIMARY KEY,
    display_name text,
    merged_into  bigint REFERENCES customer (id),
    created_at   timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE customer_identity (
    id           bigserial PRIMARY KEY,
    customer_id  bigint      NOT NULL REFERENCES customer (id),
    kind         text        NOT NULL,
    value        text        NOT NULL,
    handle       text,
    display_name text,
    created_at   timestamptz NOT NULL DEFAULT now(),
    UNIQUE (kind, value)
);
CREATE INDEX customer_identity_customer ON customer_identity (customer_id);

CREATE TABLE ticket (
    id                bigserial PRIMARY KEY,
    customer_id       bigint      NOT NULL REFERENCES customer (id),
    channel           text        NOT NULL,
    status            text        NOT NULL,
    subject           text,
    topic             text,
    -- The channel's timestamp of the first contact: response times count from here.
    opened_at         timestamptz NOT NULL,
    first_response_at timestamptz,
    last_activity_at  timestamptz NOT NULL,
    version           bigint      NOT NULL DEFAULT 0,
    created_at        timestamptz NOT NULL DEFAULT now()
);
-- The inbox: newest first, keyset-paginated on (opened_at, id).
CREATE INDEX ticket_inbox ON ticket (opened_at DESC, id DESC);
CREATE INDEX ticket_inbox_channel ON ticket (channel, opened_at DESC, id DESC);
CREATE INDEX ticket_inbox_status ON ticket (status, opened_at DESC, id DESC);
CREATE INDEX ticket_customer ON ticket (customer_id);

-- Every message of a conversation: the customer's, the agents' (sent through OneVoice or given
-- directly on the channel) and notes.
CREATE TABLE message (
    id                 bigserial PRIMARY KEY,
    ticket_id          bigint      NOT NULL REFERENCES ticket (id),
    direction          text        NOT NULL,
    channel            text        NOT NULL,
    channel_message_id text,
    origin             text,
    author             text,
    subject            text,
    body               text,
    sent_at            timestamptz NOT NULL,
    source_event_id    text,
    delivery_state     text,
    created_at         timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX message_channel_id ON message (channel, channel_message_id) WHERE channel_message_id IS NOT NULL;
CREATE INDEX message_ticket ON message (ticket_id, sent_at, id);

-- Channel references (message ids, call ids, DM conversations) that lead to a ticket.
CREATE TABLE thread_ref (
    channel   text   NOT NULL,
    ref       text   NOT NULL,
    ticket_id bigint NOT NULL REFERENCES ticket (id),
    PRIMARY KEY (channel, ref)
);

-- Transactional outbox: ticket events are written in the same transaction as the change they
-- describe and relayed to Kafka afterwards; a row is deleted once Kafka has acknowledged it.
CREATE TABLE outbox_event (
    seq           bigserial PRIMARY KEY,
    event_id      text        NOT NULL UNIQUE,
    partition_key text        NOT NULL,
    event_type    text        NOT NULL,
    occurred_at   timestamptz NOT NULL,
    payload       text        NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now()
);

-- Idempotent consumption: the ids of the events already applied.
CREATE TABLE processed_event (
    event_id     text PRIMARY KEY,
    processed_at timestamptz NOT NULL DEFAULT now()
);

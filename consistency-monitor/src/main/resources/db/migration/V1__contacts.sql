-- Idempotent consumption: the ids of the events already applied, written with their effect.
CREATE TABLE processed_event (
    event_id     text PRIMARY KEY,
    processed_at timestamptz NOT NULL DEFAULT now()
);

-- One row per contact (a customer's message or call) in event time. Derived from the fact tables
-- below whenever a fact about it arrives, so the order in which facts arrive does not matter.
CREATE TABLE contact (
    id                     bigserial PRIMARY KEY,
    source_event_id        text             NOT NULL UNIQUE,
    channel                text             NOT NULL,
    channel_message_id     text             NOT NULL,
    thread_key             text,
    customer_ref           text             NOT NULL,
    customer_id            bigint,
    question               text,
    carried_topic          text,
    topic                  text             NOT NULL,
    received_at            timestamptz      NOT NULL,
    first_response_at      timestamptz,
    -- When a call was abandoned and how long the caller had waited: a censored wait.
    abandoned_at           timestamptz,
    abandoned_wait_seconds double precision,
    outcome                text             NOT NULL,
    wait_seconds           double precision,
    ticket_id              bigint,
    resolved_at            timestamptz
);
CREATE INDEX contact_received ON contact (received_at);
CREATE INDEX contact_topic_received ON contact (topic, received_at);
CREATE INDEX contact_message ON contact (channel, channel_message_id);
CREATE INDEX contact_thread ON contact (channel, thread_key) WHERE thread_key IS NOT NULL;
CREATE INDEX contact_ticket ON contact (ticket_id) WHERE ticket_id IS NOT NULL;
CREATE INDEX contact_customer_ref ON contact (customer_ref, received_at);
CREATE INDEX contact_customer_id ON contact (customer_id, received_at) WHERE customer_id IS NOT NULL;

-- Answers given directly on a channel (AnswerGiven), found by the conversation references they carry.
CREATE TABLE channel_answer (
    event_id           text PRIMARY KEY,
    channel            text             NOT NULL,
    answered_at        timestamptz      NOT NULL,
    queue_wait_seconds double precision,
    topic              text,
    agent              text,
    body               text
);
CREATE INDEX channel_answer_at ON channel_answer (answered_at);
CREATE TABLE channel_answer_ref (
    event_id text NOT NULL REFERENCES channel_answer (event_id),
    channel  text NOT NULL,
    ref      text NOT NULL,
    PRIMARY KEY (event_id, ref)
);
CREATE INDEX channel_answer_ref_lookup ON channel_answer_ref (channel, ref);

-- Ends of synchronous contacts (calls), found by their thread key or message id.
CREATE TABLE contact_end (
    event_id           text PRIMARY KEY,
    channel            text             NOT NULL,
    ref                text             NOT NULL,
    outcome            text             NOT NULL,
    ended_at           timestamptz      NOT NULL,
    queue_wait_seconds double precision,
    topic              text
);
CREATE INDEX contact_end_ref ON contact_end (channel, ref);
CREATE INDEX contact_end_at ON contact_end (ended_at);

-- Tickets as the ticket service reports them, and which contact event each message came from.
CREATE TABLE ticket (
    ticket_id   bigint PRIMARY KEY,
    customer_id bigint NOT NULL,
    topic       text
);
CREATE TABLE ticket_contact (
    source_event_id text PRIMARY KEY,
    ticket_id       bigint NOT NULL,
    customer_id     bigint NOT NULL
);
CREATE INDEX ticket_contact_ticket ON ticket_contact (ticket_id);
CREATE TABLE ticket_reply (
    event_id      text PRIMARY KEY,
    ticket_id     bigint      NOT NULL,
    replied_at    timestamptz NOT NULL,
    reply_channel text        NOT NULL,
    origin        text        NOT NULL,
    author        text,
    body          text
);
CREATE INDEX ticket_reply_ticket ON ticket_reply (ticket_id, replied_at);
CREATE INDEX ticket_reply_at ON ticket_reply (replied_at);
CREATE TABLE ticket_status_change (
    event_id   text PRIMARY KEY,
    ticket_id  bigint      NOT NULL,
    changed_at timestamptz NOT NULL,
    to_status  text        NOT NULL
);
CREATE INDEX ticket_status_change_ticket ON ticket_status_change (ticket_id, changed_at);
CREATE INDEX ticket_status_change_at ON ticket_status_change (changed_at);

-- One row per agent reply the gateway was asked to deliver, written once the outcome is known.
-- A redelivered AgentReplied finds its row and is not sent again; its report is published again.
CREATE TABLE delivery (
    reply_id           bigint PRIMARY KEY,
    ticket_id          bigint      NOT NULL,
    channel            text        NOT NULL,
    state              text        NOT NULL,
    channel_message_id text,
    reason             text,
    attempts           int         NOT NULL,
    decided_at         timestamptz NOT NULL
);
CREATE INDEX delivery_channel_message ON delivery (channel, channel_message_id);

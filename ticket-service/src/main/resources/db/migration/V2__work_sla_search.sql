-- How agents work a ticket.
ALTER TABLE ticket
    ADD COLUMN assignee text,
    ADD COLUMN priority text   NOT NULL DEFAULT 'NORMAL',
    ADD COLUMN tags     text[] NOT NULL DEFAULT '{}',
    -- Set when the ticket was resolved or closed, cleared when it reopens: the resolution time.
    ADD COLUMN resolved_at timestamptz,
    -- Service-level due times in business time, computed from the channel and priority.
    ADD COLUMN first_response_due_at timestamptz,
    ADD COLUMN resolution_due_at     timestamptz,
    -- When a breach was published, so each breach is published once.
    ADD COLUMN first_response_breach_reported_at timestamptz,
    ADD COLUMN resolution_breach_reported_at     timestamptz;

CREATE INDEX ticket_inbox_assignee ON ticket (assignee, opened_at DESC, id DESC);
CREATE INDEX ticket_inbox_topic ON ticket (topic, opened_at DESC, id DESC);
-- The breach check and the breached filter only look at tickets that still have a target ahead.
CREATE INDEX ticket_first_response_due ON ticket (first_response_due_at) WHERE first_response_breach_reported_at IS NULL;
CREATE INDEX ticket_resolution_due ON ticket (resolution_due_at) WHERE resolution_breach_reported_at IS NULL;

-- What the channel said when delivering an agent's reply failed.
ALTER TABLE message ADD COLUMN delivery_failure text;

-- Full-text search over what customers and agents wrote, in Dutch and English: customers write
-- both, and each configuration stems its own language (e.g. 'rekeningen' and 'accounts').
ALTER TABLE message ADD COLUMN search tsvector GENERATED ALWAYS AS (
    to_tsvector('dutch', coalesce(subject, '') || ' ' || coalesce(body, ''))
        || to_tsvector('english', coalesce(subject, '') || ' ' || coalesce(body, ''))) STORED;
CREATE INDEX message_search ON message USING gin (search);

-- Idempotent consumption of customer erasures: the ids of the events already applied, written
-- in the same transaction as the erasure.
CREATE TABLE processed_event (
    event_id     text PRIMARY KEY,
    processed_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX call_state_caller ON call_state (caller);
CREATE INDEX delivery_ticket ON delivery (ticket_id);

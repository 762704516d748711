-- What the gateway knows about a call across its webhook events, so that a later event can carry
-- the caller, queue and queue wait the call-centre platform sent only with the first one.
-- Versions start at 10 so other channels' migrations can take their own ranges.
CREATE TABLE call_state (
    call_id    text PRIMARY KEY,
    caller     text,
    queue      text,
    question   text,
    queued_at  timestamptz,
    updated_at timestamptz NOT NULL DEFAULT now()
);

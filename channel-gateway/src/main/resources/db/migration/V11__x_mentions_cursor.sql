-- The newest mention the poller has published, per polled account: the next poll asks X only for
-- mentions after it (since_id).
CREATE TABLE x_mentions_cursor (
    user_id    text PRIMARY KEY,
    since_id   text        NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now()
);

-- GDPR erasure: an erased customer keeps its row (its tickets still count in statistics) but no
-- name; erasure_audit says who erased which customer ids and when, and holds no personal data.
ALTER TABLE customer ADD COLUMN erased_at timestamptz;

CREATE TABLE erasure_audit (
    id                bigserial PRIMARY KEY,
    customer_id       bigint      NOT NULL,
    -- The customer and everyone merged with it: one person.
    customer_ids      bigint[]    NOT NULL,
    erased_by         text        NOT NULL,
    erased_at         timestamptz NOT NULL,
    event_id          text        NOT NULL UNIQUE,
    identities_erased int         NOT NULL,
    tickets_erased    int         NOT NULL,
    messages_erased   int         NOT NULL
);
CREATE INDEX erasure_audit_customer ON erasure_audit (customer_id);

-- The outbox now also carries customer events; the relay sends each row to its own topic.
ALTER TABLE outbox_event ADD COLUMN topic text NOT NULL DEFAULT 'tickets.events';

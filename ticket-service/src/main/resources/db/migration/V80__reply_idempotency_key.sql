-- A client that lost the answer to "send this reply" (timeout, service restarted) sends the same
-- request again with the same key; the key finds the reply already stored instead of a second one.
ALTER TABLE message ADD COLUMN idempotency_key text;
CREATE UNIQUE INDEX message_idempotency_key ON message (idempotency_key) WHERE idempotency_key IS NOT NULL;

-- The outbox relay is shared with the ticket service, whose rows each name their topic; alert events
-- all go to consistency.alerts.
ALTER TABLE outbox_event ADD COLUMN topic text NOT NULL DEFAULT 'consistency.alerts';

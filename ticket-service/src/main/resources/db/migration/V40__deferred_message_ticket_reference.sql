-- A batch intake writes its tickets and messages in JDBC batches, one batch per table; the message
-- batch may go first when the batch began with a message on an existing ticket. Checking that a
-- message's ticket exists at commit instead of per row lets the batches go in any order.
ALTER TABLE message ALTER CONSTRAINT message_ticket_id_fkey DEFERRABLE INITIALLY DEFERRED;

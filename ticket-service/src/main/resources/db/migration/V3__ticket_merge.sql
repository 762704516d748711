-- A duplicate ticket an agent folded into another: its messages and thread references moved
-- there, and it stays CLOSED pointing at the ticket that carries the conversation on.
ALTER TABLE ticket ADD COLUMN merged_into bigint REFERENCES ticket (id);

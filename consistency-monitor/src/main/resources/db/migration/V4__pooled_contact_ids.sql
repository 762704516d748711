-- Contacts take their ids in blocks of 50, so a batch's new contacts are inserted in JDBC batches
-- (an identity column needs a round trip per row to learn its id): the sequence steps by the block
-- size, and the monitor uses the 50 ids below each value it draws.
ALTER SEQUENCE contact_id_seq INCREMENT BY 50;

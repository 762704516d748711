-- Hibernate takes ids in blocks of 50 (one sequence call per 50 new rows instead of one per row):
-- the sequences step by the block size, and the service uses the 50 ids below each value it draws.
ALTER SEQUENCE customer_id_seq INCREMENT BY 50;
ALTER SEQUENCE customer_identity_id_seq INCREMENT BY 50;
ALTER SEQUENCE ticket_id_seq INCREMENT BY 50;
ALTER SEQUENCE message_id_seq INCREMENT BY 50;

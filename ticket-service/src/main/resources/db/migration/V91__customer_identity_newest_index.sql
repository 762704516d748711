-- An agent's reply looks up the newest identity of one kind in the customer's group
-- (CustomerDirectory.newestIdentity). On customer_id alone, a table whose statistics lagged its
-- growth was read whole for the kind (1.3 ms a reply with 11,000 identities, 13 ms with 200,000):
-- this index answers it with one short descent per customer of the group, and still serves every
-- look-up by customer_id alone.
CREATE INDEX customer_identity_newest ON customer_identity (customer_id, kind, created_at DESC, id);
DROP INDEX customer_identity_customer;

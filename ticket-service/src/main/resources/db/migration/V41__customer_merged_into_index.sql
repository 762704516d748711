-- Every call contact looks up its caller's merged customers (CustomerDirectory.group), a recursive
-- join on merged_into: without an index each step read the whole customer table. Few customers are
-- merged, so the index holds only those.
CREATE INDEX customer_merged_into ON customer (merged_into) WHERE merged_into IS NOT NULL;

-- Program ids order by code point, as in Java and H2, whatever the database's locale: version
-- diffs merge two id-ordered walks in Java, and keyset paging relies on the same order.
ALTER TABLE program ALTER COLUMN program_id TYPE VARCHAR(80) COLLATE "C";

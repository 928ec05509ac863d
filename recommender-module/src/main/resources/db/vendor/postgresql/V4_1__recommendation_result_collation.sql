-- Program ids compare by code point, as the catalog's own column does (V1_1), so that the log's ids
-- join the program table without a collation conflict.
ALTER TABLE recommendation_result ALTER COLUMN program_id TYPE VARCHAR(80) COLLATE "C";

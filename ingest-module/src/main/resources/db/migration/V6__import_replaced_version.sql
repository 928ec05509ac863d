-- The version that was current when an import published its own: what the curator compares the
-- new version with (the import's page links the diff of the two). Null for imports that published
-- nothing or published the first catalog, and for imports finished before this column existed.
ALTER TABLE import_run ADD COLUMN replaced_version INTEGER;

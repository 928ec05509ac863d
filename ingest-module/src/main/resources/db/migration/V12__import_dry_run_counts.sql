-- What a dry run found against the current version, counted chunk by chunk (a restart goes on
-- from the last commit): the file's programs the current version lacks, holds with other values,
-- and holds alike. The dry run's message tells from them what a real import would change.
ALTER TABLE import_run ADD COLUMN dry_added BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE import_run ADD COLUMN dry_changed BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE import_run ADD COLUMN dry_unchanged BIGINT DEFAULT 0 NOT NULL;

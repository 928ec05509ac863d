-- When the stored upload and staged rows of a failed import were removed (FailedImportCleanup):
-- the hourly sweep looks only at failed imports not yet cleaned, so its work does not grow with
-- the history.
ALTER TABLE import_run ADD COLUMN leftovers_removed_at TIMESTAMP WITH TIME ZONE;

-- The version a merge copied when it started (0: there was no current version). A curator may make
-- another version current while the merge runs; publishing the merge would then silently undo that
-- choice, so the import compares this with the current version before it publishes. Null for
-- replaces, dry runs and imports started before this column existed (they are not checked).
ALTER TABLE import_run ADD COLUMN merge_base_version INTEGER;

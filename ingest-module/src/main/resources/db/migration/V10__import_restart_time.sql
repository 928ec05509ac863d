-- When an import was last restarted, and how long it had run until then: its duration and rate
-- leave out the time between its failure (or its instance's death) and the restart, when nothing
-- ran it. Null and 0 for an import never restarted.
ALTER TABLE import_run ADD COLUMN restarted_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE import_run ADD COLUMN millis_before_restart BIGINT DEFAULT 0 NOT NULL;

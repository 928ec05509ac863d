-- Catalog imports: one row per upload, the problems of its rejected rows, and the lock that lets
-- one import run at a time across every instance sharing the database. Portable SQL (H2 and
-- PostgreSQL). The Spring Batch job repository that runs the imports is V2 (a Java migration).

CREATE TABLE import_run (
    import_id          VARCHAR(36)              NOT NULL,
    file_name          VARCHAR(255)             NOT NULL,
    stored_file        VARCHAR(1000)            NOT NULL,
    sha256             VARCHAR(64)              NOT NULL,
    status             VARCHAR(16)              NOT NULL,
    dry_run            BOOLEAN                  NOT NULL,
    import_mode        VARCHAR(16)              NOT NULL,
    max_rejected_rows  BIGINT                   NOT NULL,
    delimiter_name     VARCHAR(16),
    warnings           VARCHAR(4000),
    started_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at        TIMESTAMP WITH TIME ZONE,
    rows_read          BIGINT                   NOT NULL DEFAULT 0,
    rows_valid         BIGINT                   NOT NULL DEFAULT 0,
    rows_rejected      BIGINT                   NOT NULL DEFAULT 0,
    blank_rows         BIGINT                   NOT NULL DEFAULT 0,
    bytes_read         BIGINT                   NOT NULL DEFAULT 0,
    bytes_total        BIGINT                   NOT NULL,
    staging_version    INTEGER,
    staged_checksum    VARCHAR(64),
    catalog_version    INTEGER,
    message            VARCHAR(2000),
    CONSTRAINT import_run_pk PRIMARY KEY (import_id),
    CONSTRAINT import_run_status_ck CHECK (status IN ('QUEUED', 'RUNNING', 'PUBLISHED', 'VALIDATED', 'REJECTED',
        'FAILED', 'UNCHANGED')),
    CONSTRAINT import_run_mode_ck CHECK (import_mode IN ('REPLACE', 'MERGE'))
);

CREATE INDEX import_run_started_ix ON import_run (started_at);

-- Problems are written in the same transaction as the chunk they belong to, so a restarted import
-- reports each exactly once. ordinal orders the problems of one row.
CREATE TABLE import_problem (
    import_id      VARCHAR(36)   NOT NULL,
    line_number    BIGINT        NOT NULL,
    ordinal        INTEGER       NOT NULL,
    column_name    VARCHAR(100),
    code           VARCHAR(32)   NOT NULL,
    message        VARCHAR(1000) NOT NULL,
    problem_value  VARCHAR(1000),
    CONSTRAINT import_problem_pk PRIMARY KEY (import_id, line_number, ordinal),
    CONSTRAINT import_problem_run_fk FOREIGN KEY (import_id) REFERENCES import_run (import_id)
);

-- Counts by code, kept per chunk so that a summary never has to count a large report again.
CREATE TABLE import_problem_count (
    import_id      VARCHAR(36) NOT NULL,
    code           VARCHAR(32) NOT NULL,
    problem_count  BIGINT      NOT NULL,
    CONSTRAINT import_problem_count_pk PRIMARY KEY (import_id, code),
    CONSTRAINT import_problem_count_run_fk FOREIGN KEY (import_id) REFERENCES import_run (import_id)
);

-- The single row of the import lock. Taking it is one conditional UPDATE, atomic on every
-- database: it succeeds when nobody holds the lock or the holder's lease has run out (the holder
-- renews it while its import runs, so a lease runs out only when its instance died).
CREATE TABLE import_lock (
    id           INTEGER                  NOT NULL,
    import_id    VARCHAR(36),
    instance_id  VARCHAR(300),
    acquired_at  TIMESTAMP WITH TIME ZONE,
    lease_until  TIMESTAMP WITH TIME ZONE,
    CONSTRAINT import_lock_pk PRIMARY KEY (id),
    CONSTRAINT import_lock_single_ck CHECK (id = 1)
);

INSERT INTO import_lock (id) VALUES (1);

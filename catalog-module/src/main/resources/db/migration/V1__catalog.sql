-- Catalog versions and their programs. Portable SQL: the same file runs on H2 and PostgreSQL.

CREATE TABLE catalog_version (
    version        INTEGER                  NOT NULL,
    status         VARCHAR(16)              NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    published_at   TIMESTAMP WITH TIME ZONE,
    program_count  INTEGER                  NOT NULL DEFAULT 0,
    checksum       VARCHAR(64),
    import_id      VARCHAR(36),
    CONSTRAINT catalog_version_pk PRIMARY KEY (version),
    CONSTRAINT catalog_version_status_ck CHECK (status IN ('STAGING', 'PUBLISHED', 'DISCARDED'))
);

-- A single row names the current version: exactly one version is current, and switching is one
-- UPDATE, atomic for every reader and every instance sharing the database.
CREATE TABLE catalog_current (
    id            INTEGER                  NOT NULL,
    version       INTEGER                  NOT NULL,
    activated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT catalog_current_pk PRIMARY KEY (id),
    CONSTRAINT catalog_current_single_ck CHECK (id = 1),
    CONSTRAINT catalog_current_version_fk FOREIGN KEY (version) REFERENCES catalog_version (version)
);

-- List columns (audiences, topics) are stored as ';'-delimited codes with a delimiter at each
-- end (';clinician;engineer;') so that one LIKE tests membership. The *_terms columns hold the
-- analysed words of the text columns for relevance-ordered search.
CREATE TABLE program (
    catalog_version    INTEGER        NOT NULL,
    program_id         VARCHAR(80)    NOT NULL,
    institution        VARCHAR(200)   NOT NULL,
    program_name       VARCHAR(300)   NOT NULL,
    credential         VARCHAR(32)    NOT NULL,
    delivery_format    VARCHAR(16),
    pace               VARCHAR(16),
    duration_months    NUMERIC(10, 4),
    tuition_usd        NUMERIC(16, 4),
    country            VARCHAR(2),
    city               VARCHAR(100),
    audiences          VARCHAR(200)   NOT NULL,
    topics             VARCHAR(2000)  NOT NULL,
    min_prior_degree   VARCHAR(16),
    description        VARCHAR(5000),
    url                VARCHAR(2000),
    source_url         VARCHAR(2000),
    last_verified      DATE,
    name_terms         VARCHAR(1000)  NOT NULL,
    institution_terms  VARCHAR(1000)  NOT NULL,
    description_terms  VARCHAR(10000) NOT NULL,
    CONSTRAINT program_pk PRIMARY KEY (catalog_version, program_id),
    CONSTRAINT program_version_fk FOREIGN KEY (catalog_version) REFERENCES catalog_version (version)
);

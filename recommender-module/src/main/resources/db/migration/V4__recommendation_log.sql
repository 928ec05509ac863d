-- The recommendation request log, for demand analytics. Portable SQL: the same file runs on H2 and
-- PostgreSQL. It holds what a learner asked for and what they got, never who they are: no user,
-- session or address is stored, and the free text is capped and scrubbed of e-mail addresses,
-- links and long numbers before it is written.

CREATE TABLE recommendation_request (
    request_id           VARCHAR(36)              NOT NULL,
    requested_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    -- The UTC day, so that counting by day is one portable GROUP BY.
    requested_day        DATE                     NOT NULL,
    catalog_version      INTEGER                  NOT NULL,
    learner_role         VARCHAR(32),
    interests_text       VARCHAR(1000),
    max_budget_usd       NUMERIC(16, 4),
    max_duration_months  NUMERIC(10, 4),
    -- Lists of codes as ';'-delimited text with a delimiter at each end, as the catalog stores them.
    delivery_formats     VARCHAR(100)             NOT NULL,
    paces                VARCHAR(100)             NOT NULL,
    country              VARCHAR(2),
    prior_degree         VARCHAR(32),
    credentials          VARCHAR(200)             NOT NULL,
    must_have            VARCHAR(200)             NOT NULL,
    -- The must-haves with their values, canonical ('credential=phd;deliveryFormat=online'), and as
    -- a person reads them ('PhD, online'); empty when the request had none.
    must_have_key        VARCHAR(1000)            NOT NULL,
    must_have_label      VARCHAR(1000)            NOT NULL,
    requested_limit      INTEGER                  NOT NULL,
    must_have_matches    INTEGER                  NOT NULL,
    relevant_matches     INTEGER                  NOT NULL,
    result_count         INTEGER                  NOT NULL,
    -- The relaxations offered, as JSON: [{constraint, suggestion, additionalMatches}].
    relaxations          VARCHAR(10000)           NOT NULL,
    CONSTRAINT recommendation_request_pk PRIMARY KEY (request_id)
);

CREATE INDEX recommendation_request_at_ix ON recommendation_request (requested_at);

CREATE TABLE recommendation_request_goal (
    request_id  VARCHAR(36)  NOT NULL,
    goal        VARCHAR(32)  NOT NULL,
    CONSTRAINT recommendation_request_goal_pk PRIMARY KEY (request_id, goal),
    CONSTRAINT recommendation_request_goal_fk FOREIGN KEY (request_id)
        REFERENCES recommendation_request (request_id) ON DELETE CASCADE
);

CREATE TABLE recommendation_request_interest (
    request_id  VARCHAR(36)  NOT NULL,
    topic       VARCHAR(64)  NOT NULL,
    CONSTRAINT recommendation_request_interest_pk PRIMARY KEY (request_id, topic),
    CONSTRAINT recommendation_request_interest_fk FOREIGN KEY (request_id)
        REFERENCES recommendation_request (request_id) ON DELETE CASCADE
);

-- No foreign key to program: the log outlives the versions it names and must never hold up a
-- catalog change.
CREATE TABLE recommendation_result (
    request_id       VARCHAR(36)    NOT NULL,
    result_rank      INTEGER        NOT NULL,
    catalog_version  INTEGER        NOT NULL,
    program_id       VARCHAR(80)    NOT NULL,
    score            NUMERIC(6, 4)  NOT NULL,
    CONSTRAINT recommendation_result_pk PRIMARY KEY (request_id, result_rank),
    CONSTRAINT recommendation_result_fk FOREIGN KEY (request_id)
        REFERENCES recommendation_request (request_id) ON DELETE CASCADE
);

CREATE INDEX recommendation_result_program_ix ON recommendation_result (catalog_version, program_id);

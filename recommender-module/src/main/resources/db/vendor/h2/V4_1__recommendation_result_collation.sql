-- H2 already compares strings by code point; this migration exists so that both databases carry
-- the same migration history (see the PostgreSQL one).
SELECT 1;

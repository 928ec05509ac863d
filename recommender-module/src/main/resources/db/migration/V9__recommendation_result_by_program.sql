-- Demand analytics ask whether a program was ever recommended, on any catalog version (a program
-- keeps its id from version to version): the index of V4 leads with the version.
CREATE INDEX recommendation_result_program_id_ix ON recommendation_result (program_id);

-- A report grouped by code shows the first problems of each code: find them without reading every
-- problem of a large report.
CREATE INDEX import_problem_code_ix ON import_problem (import_id, code, line_number);

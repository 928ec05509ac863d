-- Where a curator finds a problem's record in a spreadsheet: the row it shows the record on (the
-- line, less the line breaks inside earlier values), and the record's program id as written. Null
-- for the problems of imports made before; they read the line as the row.
ALTER TABLE import_problem ADD COLUMN sheet_row BIGINT;
ALTER TABLE import_problem ADD COLUMN program_id VARCHAR(1000);

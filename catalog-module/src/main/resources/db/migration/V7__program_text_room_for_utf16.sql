-- The format limits text in characters (institution 200, program_name 300, city 100, description
-- 5,000), and PostgreSQL counts VARCHAR lengths in characters too; H2 counts UTF-16 units, in which
-- a character outside the Basic Multilingual Plane (many CJK ideographs, mathematical letters,
-- emoji) takes two. A valid row could then fail to store on H2 and stop its whole import. Twice the
-- limit holds any valid value on both databases; the import's validation keeps the limit itself.
ALTER TABLE program ALTER COLUMN institution SET DATA TYPE VARCHAR(400);
ALTER TABLE program ALTER COLUMN program_name SET DATA TYPE VARCHAR(600);
ALTER TABLE program ALTER COLUMN city SET DATA TYPE VARCHAR(200);
ALTER TABLE program ALTER COLUMN description SET DATA TYPE VARCHAR(10000);

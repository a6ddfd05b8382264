-- The cleaner's verdict on its cut (null: not stated, records from before it existed), shown with the article so a
-- reader can tell an empty extraction from an empty article; a failed one is never another article's original.
ALTER TABLE article ADD COLUMN extraction_confidence double precision;
ALTER TABLE article ADD COLUMN extraction_failure varchar(64);

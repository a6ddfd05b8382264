-- Where the enrich stage stopped reading a very long text for dates and entities (null: it read all of it), so the
-- API can tell a reader that mentions past it were not looked for.
ALTER TABLE article ADD COLUMN analysed_up_to integer;

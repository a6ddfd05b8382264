-- PostgreSQL refuses a tsvector whose lexemes take more than 1 MB ("string is too long for tsvector", SQLSTATE
-- 54000), and with it the whole row: a big drop of many distinct words (2 MB of them make a 2.8 MB vector) was
-- dead-lettered and lost to search. The vector now covers the first 200,000 characters of the body and 1,000 of
-- the title, whose four lexeme sets stay under 1 MB even for all-distinct two-byte (Cyrillic) words. The stored
-- body stays whole. Keep the bound in step with ArticleSearchSql.SEARCHED_BODY_CHARS.
DROP INDEX article_search_idx;
ALTER TABLE article DROP COLUMN search_vector;
ALTER TABLE article ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('simple', left(coalesce(title, ''), 1000)), 'A')
    || setweight(to_tsvector('simple', left(body, 200000)), 'C')
    || coalesce(setweight(to_tsvector(search_stemmer(language), left(coalesce(title, ''), 1000)), 'B')
                || setweight(to_tsvector(search_stemmer(language), left(body, 200000)), 'D'), ''::tsvector)
) STORED;
CREATE INDEX article_search_idx ON article USING gin (search_vector);

-- One row per identity key, the index a searched name is matched against in any spelling (NameMatcher):
-- surname finds every person of that surname, fuzzy_form (the key without vowels and h, see
-- NameMatcher.fuzzyForm) finds spellings the data never used through trigram similarity, display finds a part of a
-- name. Rows are added as articles are stored; keys stored before this migration are added at startup
-- (IdentityBackfill). pg_trgm is a trusted extension: the database owner may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE entity_identity (
    entity_key  text    PRIMARY KEY,
    is_person   boolean NOT NULL,
    surname     text,
    fuzzy_form  text    NOT NULL,
    display     text    NOT NULL
);

CREATE INDEX entity_identity_surname_idx ON entity_identity (surname);
CREATE INDEX entity_identity_fuzzy_idx ON entity_identity USING gin (fuzzy_form gin_trgm_ops);
CREATE INDEX entity_identity_display_idx ON entity_identity USING gin (lower(display) gin_trgm_ops);

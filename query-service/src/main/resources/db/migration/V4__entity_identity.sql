-- One row per identity key, the index a searched name is matched against in any spelling (NameMatcher):
-- surname finds every person of that surname, fuzzy_form (the key's skeleton, see NameMatcher.fuzzyForm) finds
-- spellings the data never used as its nearest trigram neighbours, display finds a part of a name. Rows are added as articles are stored; keys stored before this migration are added at startup
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
-- Nearest fuzzy forms by trigram distance (KNN on GiST, ORDER BY fuzzy_form <-> ? LIMIT n), persons and other
-- names apart: a similarity threshold (%) is not selective on short forms and made PostgreSQL scan the table.
CREATE INDEX entity_identity_person_fuzzy_idx ON entity_identity USING gist (fuzzy_form gist_trgm_ops)
    WHERE is_person;
CREATE INDEX entity_identity_name_fuzzy_idx ON entity_identity USING gist (fuzzy_form gist_trgm_ops)
    WHERE NOT is_person;
-- A name begun: any part of it from three letters (trigrams), its start for one or two letters (b-tree range).
CREATE INDEX entity_identity_display_idx ON entity_identity USING gin (lower(display) gin_trgm_ops);
CREATE INDEX entity_identity_display_prefix_idx ON entity_identity (lower(display) text_pattern_ops);

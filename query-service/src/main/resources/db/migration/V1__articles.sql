-- Stemming configuration for an ISO 639 language code, null where PostgreSQL has none.
-- Keep the list in step with io.newsflow.query.domain.TextSearchLanguages.
CREATE FUNCTION search_stemmer(language varchar) RETURNS regconfig
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
    SELECT CASE language
               WHEN 'en' THEN 'english'::regconfig
               WHEN 'ru' THEN 'russian'::regconfig
               WHEN 'de' THEN 'german'::regconfig
               WHEN 'fr' THEN 'french'::regconfig
               WHEN 'es' THEN 'spanish'::regconfig
               WHEN 'it' THEN 'italian'::regconfig
               WHEN 'pt' THEN 'portuguese'::regconfig
               WHEN 'nl' THEN 'dutch'::regconfig
           END
$$;

-- One row per article id: the consumer upserts, so a re-delivered record updates its row.
CREATE TABLE article (
    id                   varchar(64)  PRIMARY KEY,
    title                text,
    author               text,
    published_at         date,
    language             varchar(8),
    body                 text         NOT NULL,
    source_file_name     text         NOT NULL,
    source_relative_path text         NOT NULL,
    source_size_bytes    bigint       NOT NULL,
    source_sha256        varchar(64)  NOT NULL,
    source_charset       varchar(64)  NOT NULL,
    source_media_type    varchar(32)  NOT NULL,
    source_received_at   timestamptz  NOT NULL,
    content_hash         varchar(64)  NOT NULL,
    simhash              varchar(16)  NOT NULL,
    minhash              integer[],
    duplicate_of         varchar(64),
    near_duplicate_of    varchar(64),
    story_id             varchar(64)  NOT NULL,
    -- Shown with the article, never filtered on: jsonb keeps them in one read with the row.
    dates                jsonb        NOT NULL DEFAULT '[]',
    removed              jsonb        NOT NULL DEFAULT '[]',
    first_stored_at      timestamptz  NOT NULL,
    updated_at           timestamptz  NOT NULL,
    deliveries           integer      NOT NULL,
    -- 'simple' lexemes match any language word for word; a stemmed copy in the article's own language, where
    -- PostgreSQL has a configuration for it, lets "elections" find "election". Weights rank title over body and
    -- the exact word over its stem: A title, B stemmed title, C body, D stemmed body.
    search_vector        tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('simple', coalesce(title, '')), 'A')
        || setweight(to_tsvector('simple', body), 'C')
        || coalesce(setweight(to_tsvector(search_stemmer(language), coalesce(title, '')), 'B')
                    || setweight(to_tsvector(search_stemmer(language), body), 'D'), ''::tsvector)
    ) STORED
);

CREATE INDEX article_search_idx ON article USING gin (search_vector);
CREATE INDEX article_published_at_idx ON article (published_at);
CREATE INDEX article_language_idx ON article (language);
CREATE INDEX article_content_hash_idx ON article (content_hash);
CREATE INDEX article_story_idx ON article (story_id);

-- Entity mentions as rows, not jsonb: ?entity= resolves a spelling to identity keys and /api/entities groups by
-- key, both through the b-tree indexes below.
CREATE TABLE entity_mention (
    article_id   varchar(64) NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    ordinal      integer     NOT NULL,
    mention_text text        NOT NULL,
    start_offset integer     NOT NULL,
    end_offset   integer     NOT NULL,
    entity_type  varchar(8)  NOT NULL,
    canonical    text        NOT NULL,
    entity_key   text        NOT NULL,
    PRIMARY KEY (article_id, ordinal)
);

CREATE INDEX entity_mention_key_idx ON entity_mention (entity_key, article_id);
CREATE INDEX entity_mention_text_idx ON entity_mention (lower(mention_text));
CREATE INDEX entity_mention_canonical_idx ON entity_mention (lower(canonical));

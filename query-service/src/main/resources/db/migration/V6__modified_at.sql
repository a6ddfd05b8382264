-- The day the page says it was last modified (null: it does not say, or a record from before the field existed),
-- kept apart from published_at and shown with the article.
ALTER TABLE article ADD COLUMN modified_at date;

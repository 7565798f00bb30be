-- An article is tracked by where it lives (its resolved path or its URL), not by its text: an
-- edit of one character changes the text's sha256 and every claim id, and must not start its
-- history anew. The verdicts of each run keep the source and the company they were checked for.
ALTER TABLE verifications ADD COLUMN article_source VARCHAR;
ALTER TABLE verifications ADD COLUMN cik BIGINT;
COMMENT ON COLUMN verifications.article_source IS 'Where the article was read: its absolute path or its URL (NULL for runs saved before sources were kept; those are matched by text).';
COMMENT ON COLUMN verifications.cik IS 'The company the claim was checked against in this run.';

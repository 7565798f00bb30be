-- Claims keep how the article bounds a figure ("about", "more than"): it widens the match.
ALTER TABLE claims ADD COLUMN qualifier VARCHAR;
COMMENT ON COLUMN claims.qualifier IS 'How the article bounds the figure: about, more than, less than; NULL when stated flat.';

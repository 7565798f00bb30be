-- Each filing keeps the name its own cover gives the registrant (inline XBRL's
-- dei:EntityRegistrantName, or the name above "(Exact name of registrant as specified in its
-- charter)"): the verifier tells the filer from another company an article names beside it by
-- it. NULL for an exhibit-only filing, a cover naming several registrants, and filings loaded
-- before this column (a re-extraction from the raw store fills it without fetching).
ALTER TABLE filings ADD COLUMN registrant_name VARCHAR;
COMMENT ON COLUMN filings.registrant_name IS 'The registrant''s name as the filing''s cover states it (dei:EntityRegistrantName or the cover''s exact-name line); NULL when no one name is given.';

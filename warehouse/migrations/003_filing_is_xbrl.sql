-- Filings carry the submissions JSON's isXBRL flag: companyfacts may cover such a filing.
ALTER TABLE filings ADD COLUMN is_xbrl BOOLEAN DEFAULT false;
COMMENT ON COLUMN filings.is_xbrl IS 'EDGAR lists the filing as XBRL (isXBRL), so companyfacts may hold its figures.';

-- One truth per figure: each fact row says how the readings of its filing resolved
-- (core/readings.py). Overruled readings are kept for audit but leave the views the verifier,
-- the report and `series` read; fact_disagreements lists every figure whose readings disagreed.
ALTER TABLE facts ADD COLUMN resolution VARCHAR DEFAULT 'sole';
-- Rows loaded before this migration: a reading another contradicts was all one could tell.
UPDATE facts SET resolution = CASE WHEN is_conflict THEN 'disputed' ELSE 'sole' END;
COMMENT ON COLUMN facts.resolution IS 'How the filing''s readings of this figure resolved: sole (all agree), tagged (the XBRL tag decided), ranked (a table beat a sentence), overruled (disagrees with a better reading: never evidence), disputed (equal readings disagree: unverifiable).';

DROP VIEW timeseries;
CREATE VIEW timeseries AS
WITH ranked AS (
    SELECT
        f.cik, f.metric, f.entity, f.basis, f.period_start, f.period_end,
        f.value, f.value_text, f.unit, f.is_conflict,
        f.accession, fi.form, fi.filed_date, f.fact_id,
        row_number() OVER (
            PARTITION BY f.cik, f.metric, f.entity, f.basis, f.unit, f.period_start, f.period_end
            -- Latest filing wins. Within it, a reading no other reading contradicts beats a
            -- conflicting one, then the reading with more sources; ids make ties deterministic.
            ORDER BY fi.filed_date DESC NULLS LAST, f.is_conflict ASC, f.source_count DESC,
                     f.accession DESC, f.fact_id ASC
        ) AS rank_no
    FROM facts AS f
    JOIN filings AS fi ON fi.accession = f.accession
    WHERE f.resolution <> 'overruled'
)
SELECT
    cik, metric, entity, basis, period_start, period_end, value, value_text, unit,
    accession, form, filed_date, fact_id, is_conflict
FROM ranked
WHERE rank_no = 1;
COMMENT ON VIEW timeseries IS 'Latest-filed value of each figure (cik, metric, entity, basis, unit, period): the row from the most recently filed filing; overruled readings left out.';

CREATE VIEW fact_disagreements AS
SELECT
    f.cik, f.accession, fi.form, fi.filed_date, f.metric, f.entity, f.basis, f.unit,
    f.period_start, f.period_end, f.value, f.value_text, f.resolution, f.extractor,
    f.locator, f.document_name, f.fact_id
FROM facts AS f
JOIN filings AS fi ON fi.accession = f.accession
WHERE f.resolution IN ('tagged', 'ranked', 'overruled', 'disputed')
ORDER BY f.cik, fi.filed_date NULLS FIRST, f.accession, f.metric, f.period_end, f.resolution;
COMMENT ON VIEW fact_disagreements IS 'Figures whose readings in one filing disagreed, each reading with how it resolved and where it was read: extractor defects to fix (crosscheck reports them too).';

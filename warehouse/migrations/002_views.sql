-- Views over facts: the latest-filed value of each figure, and every value ever filed for it.
-- A figure is (cik, metric, entity, basis, unit, period_start, period_end). Filings without a
-- filed_date (local files loaded without --filed) count as the oldest.

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
)
SELECT
    cik, metric, entity, basis, period_start, period_end, value, value_text, unit,
    accession, form, filed_date, fact_id, is_conflict
FROM ranked
WHERE rank_no = 1;
COMMENT ON VIEW timeseries IS 'Latest-filed value of each figure (cik, metric, entity, basis, unit, period): the row from the most recently filed filing.';

CREATE VIEW fact_history AS
WITH per_filing AS (
    -- One row per figure, filing and value: the same value in two documents of one filing
    -- (10-Q and its EX-99.1) is one filing event, not two.
    SELECT
        f.cik, f.metric, f.entity, f.basis, f.unit, f.period_start, f.period_end,
        f.accession, fi.form, fi.filed_date, f.value,
        arg_min(f.value_text, f.fact_id) AS value_text,
        min(f.fact_id) AS fact_id,
        bool_or(f.is_conflict) AS is_conflict
    FROM facts AS f
    JOIN filings AS fi ON fi.accession = f.accession
    GROUP BY ALL
),
ordered AS (
    SELECT
        *,
        row_number() OVER figure AS value_no,
        lag(value) OVER figure AS previous_value,
        lag(value_text) OVER figure AS previous_value_text,
        min(value) OVER later AS later_min_value,
        max(value) OVER later AS later_max_value
    FROM per_filing
    WINDOW
        figure AS (
            PARTITION BY cik, metric, entity, basis, unit, period_start, period_end
            ORDER BY filed_date ASC NULLS FIRST, accession ASC, value ASC
        ),
        later AS (
            PARTITION BY cik, metric, entity, basis, unit, period_start, period_end
            ORDER BY filed_date ASC NULLS FIRST, accession ASC, value ASC
            ROWS BETWEEN 1 FOLLOWING AND UNBOUNDED FOLLOWING
        )
)
SELECT
    cik, metric, entity, basis, period_start, period_end, value, value_text, unit,
    accession, form, filed_date, fact_id, is_conflict, value_no, previous_value, previous_value_text,
    coalesce(previous_value <> value, false) AS is_restated,
    coalesce(later_min_value <> value OR later_max_value <> value, false) AS is_superseded
FROM ordered;
COMMENT ON VIEW fact_history IS 'Every value ever filed for each figure, one row per filing and value, ordered by value_no (filing order); restatements and amendments show as is_restated / is_superseded.';

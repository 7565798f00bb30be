-- Warehouse ergonomics (issue 15, item 16): every view names the company by its ticker as well
-- as its CIK, and shows each amount as a reader writes it (value_display: '$509,991,000',
-- '62.0%', '212,965,381 shares'): DECIMAL(38, 6) prints six trailing zeros in the duckdb CLI.
-- `value` stays the exact DECIMAL for arithmetic. latest_verifications is each tracked article's
-- latest run, one row per claim. Plain SQL only: the lake catalog is generated from these files.

-- The amount as a reader writes it, for every view below: one definition.
CREATE MACRO display_amount(value, value_text, unit) AS
    (CASE WHEN value < 0 THEN '-' ELSE '' END
            || CASE WHEN unit IN ('USD', 'USD/share') THEN '$' ELSE '' END
            || format('{:,}', CAST(split_part(ltrim(coalesce(value_text, CAST(value AS VARCHAR)), '-'), '.', 1) AS HUGEINT))
            || CASE WHEN contains(coalesce(value_text, CAST(value AS VARCHAR)), '.')
                    THEN '.' || split_part(coalesce(value_text, CAST(value AS VARCHAR)), '.', 2) ELSE '' END
            || CASE unit WHEN 'percent' THEN '%' WHEN 'shares' THEN ' shares' WHEN 'multiple' THEN '×'
                    ELSE '' END);

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
    r.cik, r.metric, r.entity, r.basis, r.period_start, r.period_end, r.value, r.value_text,
    r.unit, r.accession, r.form, r.filed_date, r.fact_id, r.is_conflict, c.ticker,
    display_amount(r.value, r.value_text, r.unit) AS value_display
FROM ranked AS r
LEFT JOIN companies AS c ON c.cik = r.cik
WHERE r.rank_no = 1;
COMMENT ON VIEW timeseries IS 'Latest-filed value of each figure (cik, metric, entity, basis, unit, period): the row from the most recently filed filing; overruled readings left out; value_display is the amount as a reader writes it.';

DROP VIEW fact_history;
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
    o.cik, o.metric, o.entity, o.basis, o.period_start, o.period_end, o.value, o.value_text,
    o.unit, o.accession, o.form, o.filed_date, o.fact_id, o.is_conflict, o.value_no,
    o.previous_value, o.previous_value_text,
    coalesce(o.previous_value <> o.value, false) AS is_restated,
    coalesce(o.later_min_value <> o.value OR o.later_max_value <> o.value, false) AS is_superseded,
    c.ticker,
    display_amount(o.value, o.value_text, o.unit) AS value_display
FROM ordered AS o
LEFT JOIN companies AS c ON c.cik = o.cik;
COMMENT ON VIEW fact_history IS 'Every value ever filed for each figure, one row per filing and value, ordered by value_no (filing order); restatements and amendments show as is_restated / is_superseded.';

DROP VIEW fact_disagreements;
CREATE VIEW fact_disagreements AS
SELECT
    f.cik, f.accession, fi.form, fi.filed_date, f.metric, f.entity, f.basis, f.unit,
    f.period_start, f.period_end, f.value, f.value_text, f.resolution, f.extractor,
    f.locator, f.document_name, f.fact_id, c.ticker,
    display_amount(f.value, f.value_text, f.unit) AS value_display
FROM facts AS f
JOIN filings AS fi ON fi.accession = f.accession
LEFT JOIN companies AS c ON c.cik = f.cik
WHERE f.resolution IN ('tagged', 'ranked', 'overruled', 'disputed')
ORDER BY f.cik, fi.filed_date NULLS FIRST, f.accession, f.metric, f.period_end, f.resolution;
COMMENT ON VIEW fact_disagreements IS 'Figures whose readings in one filing disagreed, each reading with how it resolved and where it was read: extractor defects to fix (crosscheck reports them too).';

CREATE VIEW latest_verifications AS
WITH runs_of_article AS (
    -- An article is tracked by where it lives (migration 006); runs saved before sources were
    -- kept fall back to the article's name.
    SELECT
        v.run_id, coalesce(v.article_source, cl.article_name) AS article, v.cik,
        max(v.verified_at) AS verified_at
    FROM verifications AS v
    JOIN claims AS cl ON cl.claim_id = v.claim_id
    GROUP BY ALL
),
latest AS (
    SELECT article, cik, arg_max(run_id, verified_at) AS run_id, max(verified_at) AS verified_at
    FROM runs_of_article
    GROUP BY article, cik
)
SELECT
    l.article, cl.article_name, l.cik, c.ticker, l.run_id, l.verified_at,
    cl.span_start, cl.text AS claim_text, cl.metric, cl.period_label, cl.entity, v.verdict,
    CASE WHEN v.filed_value IS NULL THEN NULL
         ELSE rtrim(rtrim(CAST(v.filed_value AS VARCHAR), '0'), '.') END AS filed_value_text,
    CASE WHEN v.newer_value IS NULL THEN NULL
         ELSE rtrim(rtrim(CAST(v.newer_value AS VARCHAR), '0'), '.') END AS newer_value_text,
    v.reason, v.claim_id, v.verification_id
FROM latest AS l
JOIN verifications AS v ON v.run_id = l.run_id AND v.cik IS NOT DISTINCT FROM l.cik
JOIN claims AS cl ON cl.claim_id = v.claim_id
    AND coalesce(v.article_source, cl.article_name) = l.article
LEFT JOIN companies AS c ON c.cik = l.cik
ORDER BY l.article, cl.span_start;
COMMENT ON VIEW latest_verifications IS 'Each tracked article''s latest verification (by its path or URL, per company), one row per claim in article order, with the verdict and the filed value.';

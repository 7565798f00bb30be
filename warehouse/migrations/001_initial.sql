-- filingcheck warehouse, schema version 1.
-- Money, share counts, percents and per-share figures are DECIMAL(38, 6): exact, 32 integer
-- digits (trillions of USD with room to spare) and 6 fractional digits (per-share figures and
-- percents). Never FLOAT/DOUBLE. Timestamps (*_at) are UTC.

CREATE TABLE runs (
    run_id VARCHAR PRIMARY KEY,
    command VARCHAR NOT NULL,
    args_json VARCHAR,
    started_at TIMESTAMP NOT NULL,
    finished_at TIMESTAMP,
    status VARCHAR NOT NULL,
    summary_json VARCHAR
);
COMMENT ON TABLE runs IS 'One row per filingcheck command that wrote to the warehouse (ingest, verify): when, with which arguments, how it ended.';
COMMENT ON COLUMN runs.run_id IS 'Sortable id: UTC start time then a random suffix.';
COMMENT ON COLUMN runs.status IS 'running, ok, failed (or another word the command chose).';
COMMENT ON COLUMN runs.summary_json IS 'What the run did (filings new/skipped, facts loaded...) as JSON.';

CREATE TABLE companies (
    cik BIGINT PRIMARY KEY,
    name VARCHAR,
    ticker VARCHAR,
    updated_at TIMESTAMP NOT NULL
);
COMMENT ON TABLE companies IS 'Filers known to the warehouse, keyed by SEC Central Index Key.';
COMMENT ON COLUMN companies.ticker IS 'Exchange ticker as EDGAR company_tickers.json lists it (upper case).';

CREATE TABLE filings (
    accession VARCHAR PRIMARY KEY,
    cik BIGINT NOT NULL,
    form VARCHAR NOT NULL,
    filed_date DATE,
    report_date DATE,
    file_number VARCHAR,
    primary_document VARCHAR,
    items VARCHAR,
    is_amendment BOOLEAN NOT NULL,
    run_id VARCHAR,
    loaded_at TIMESTAMP NOT NULL
);
COMMENT ON TABLE filings IS 'One EDGAR filing (accession number) whose documents were loaded; local files get a local-<sha256> accession.';
COMMENT ON COLUMN filings.accession IS 'EDGAR accession number, e.g. 0001628280-26-029503.';
COMMENT ON COLUMN filings.filed_date IS 'Date EDGAR accepted the filing; decides which value is latest in the timeseries view.';
COMMENT ON COLUMN filings.items IS '8-K items reported (e.g. 2.02,9.01), comma separated; NULL for other forms.';
COMMENT ON COLUMN filings.run_id IS 'The run that last loaded this filing.';

CREATE TABLE documents (
    document_id VARCHAR PRIMARY KEY,
    accession VARCHAR NOT NULL,
    filename VARCHAR NOT NULL,
    exhibit_type VARCHAR,
    url VARCHAR NOT NULL,
    sha256 VARCHAR NOT NULL,
    bytes BIGINT NOT NULL
);
COMMENT ON TABLE documents IS 'Documents of a filing that were fetched and read; the body is in the raw store under sha256.';
COMMENT ON COLUMN documents.document_id IS 'sha256 prefix of accession and filename (deterministic).';
COMMENT ON COLUMN documents.exhibit_type IS 'primary, EX-99.1, ...';
COMMENT ON COLUMN documents.sha256 IS 'Raw store address of the document body.';

CREATE TABLE facts (
    fact_id VARCHAR PRIMARY KEY,
    accession VARCHAR NOT NULL,
    cik BIGINT NOT NULL,
    document_id VARCHAR NOT NULL,
    fact_no INTEGER NOT NULL,
    metric VARCHAR NOT NULL,
    value DECIMAL(38, 6) NOT NULL,
    value_text VARCHAR NOT NULL,
    decimals INTEGER,
    unit VARCHAR NOT NULL,
    period_start DATE,
    period_end DATE,
    entity VARCHAR,
    basis VARCHAR,
    is_conflict BOOLEAN NOT NULL,
    source_count INTEGER NOT NULL,
    document_name VARCHAR,
    extractor VARCHAR,
    extractor_version VARCHAR,
    locator VARCHAR,
    table_index INTEGER,
    row_label VARCHAR,
    column_label VARCHAR,
    span_start INTEGER,
    span_end INTEGER,
    concept VARCHAR,
    source_text VARCHAR
);
COMMENT ON TABLE facts IS 'Figures a filing states, one row per distinct value per document, with the provenance of its first source (all sources are in fact_sources).';
COMMENT ON COLUMN facts.fact_id IS 'sha256 prefix of accession, document, metric, unit, period, entity, basis and value (deterministic).';
COMMENT ON COLUMN facts.fact_no IS 'Position of the fact in its filing as the extractors returned it.';
COMMENT ON COLUMN facts.value IS 'Exact value in base units: USD, shares, percent number (62.0), USD/share.';
COMMENT ON COLUMN facts.value_text IS 'The value exactly as extracted (62.0 keeps its stated precision); read back from this.';
COMMENT ON COLUMN facts.decimals IS 'Stated precision, XBRL style: -3 for thousands, 1 for 62.0; NULL if unknown.';
COMMENT ON COLUMN facts.period_start IS 'Start of the reporting period; NULL for an instant (as-of) figure.';
COMMENT ON COLUMN facts.entity IS 'What the figure is about when not the whole company: a customer, a share class, with_option.';
COMMENT ON COLUMN facts.basis IS 'Qualifier: revenue or accounts_receivable for concentration; NULL otherwise.';
COMMENT ON COLUMN facts.is_conflict IS 'Another reading of the same document gives a different value for this figure.';
COMMENT ON COLUMN facts.locator IS 'Human-readable place of the first source: table/row/column, concept or character span.';
COMMENT ON COLUMN facts.span_start IS 'Character offset in the document visible text (raw markup for XBRL).';

CREATE TABLE fact_sources (
    fact_id VARCHAR NOT NULL,
    source_no INTEGER NOT NULL,
    document_name VARCHAR NOT NULL,
    extractor VARCHAR NOT NULL,
    extractor_version VARCHAR NOT NULL,
    locator VARCHAR,
    table_index INTEGER,
    row_label VARCHAR,
    column_label VARCHAR,
    span_start INTEGER,
    span_end INTEGER,
    concept VARCHAR,
    source_text VARCHAR,
    PRIMARY KEY (fact_id, source_no)
);
COMMENT ON TABLE fact_sources IS 'Every place a fact was read from (table cell, sentence, XBRL tag), in extraction order.';
COMMENT ON COLUMN fact_sources.source_no IS '0 for the first source (the one copied into facts), then 1, 2, ...';
COMMENT ON COLUMN fact_sources.source_text IS 'Raw text read: the cell text, the sentence or the tag text.';

CREATE TABLE claims (
    claim_id VARCHAR PRIMARY KEY,
    run_id VARCHAR NOT NULL,
    article_name VARCHAR NOT NULL,
    article_sha256 VARCHAR NOT NULL,
    cik BIGINT,
    text VARCHAR NOT NULL,
    sentence VARCHAR,
    span_start INTEGER,
    span_end INTEGER,
    value DECIMAL(38, 6),
    value_text VARCHAR,
    unit VARCHAR,
    tolerance DECIMAL(38, 6),
    metric VARCHAR,
    period_label VARCHAR,
    period_start DATE,
    period_end DATE,
    entity VARCHAR,
    basis VARCHAR,
    cited_form VARCHAR,
    cited_date DATE,
    not_checkable_reason VARCHAR
);
COMMENT ON TABLE claims IS 'Figures quoted in an article, as the article states them; rewritten by the latest run that verified the article.';
COMMENT ON COLUMN claims.claim_id IS 'Deterministic: article sha256 and the character span of the figure.';
COMMENT ON COLUMN claims.text IS 'The figure as written, e.g. $510.0 million.';
COMMENT ON COLUMN claims.value IS 'Value in base units (USD, percent number, shares, multiple).';
COMMENT ON COLUMN claims.tolerance IS 'Half a unit of the last stated digit, in base units.';
COMMENT ON COLUMN claims.cited_form IS 'The form the article attributes the figure to (e.g. S-1/A), if it says.';

CREATE TABLE verifications (
    verification_id VARCHAR PRIMARY KEY,
    run_id VARCHAR NOT NULL,
    claim_id VARCHAR NOT NULL,
    verdict VARCHAR NOT NULL,
    filed_value DECIMAL(38, 6),
    delta DECIMAL(38, 6),
    arithmetic VARCHAR,
    reason VARCHAR,
    newer_value DECIMAL(38, 6),
    evidence_json VARCHAR,
    newer_evidence_json VARCHAR,
    verified_at TIMESTAMP NOT NULL
);
COMMENT ON TABLE verifications IS 'One verdict per claim per run, with the filed facts used as evidence; history kept across runs.';
COMMENT ON COLUMN verifications.verdict IS 'supported, drifted, stale, unverifiable or not_checkable.';
COMMENT ON COLUMN verifications.delta IS 'Claim value minus filed value, base units.';
COMMENT ON COLUMN verifications.newer_value IS 'For stale: what the later filing says.';
COMMENT ON COLUMN verifications.evidence_json IS 'Facts used (id, accession, form, filed date, URL, locator, text, value) as JSON; decimals as strings.';

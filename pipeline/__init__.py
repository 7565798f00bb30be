"""filingcheck: fetch EDGAR filings, extract figures with provenance, verify articles."""

__version__ = "0.1.0"

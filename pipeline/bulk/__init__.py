"""Bulk mode: one fetcher fills the raw store day by day, many extract workers turn each filing
day into Parquet files, one committer publishes them into the lake (docs/ARCHITECTURE.md)."""

"""DuckDB warehouse: schema, migrations, loads, views and queries (the only place with SQL)."""

from warehouse.db import connect

__all__ = ["connect"]

"""The JSON form: the report model as is, checked against report.schema.json."""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

SCHEMA_PATH = Path(__file__).with_name("report.schema.json")


def load_schema() -> dict[str, Any]:
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


def render_json(report: Mapping[str, Any]) -> str:
    # the model holds only JSON types (Decimals are already exact strings), so nothing is lost
    return json.dumps(report, indent=2, ensure_ascii=False) + "\n"


def validate(report: Mapping[str, Any]) -> None:
    """Raise jsonschema.ValidationError when the report does not follow the schema."""
    import jsonschema  # a dev dependency: only tests and callers who validate need it

    jsonschema.validate(json.loads(render_json(report)), load_schema(),
                        format_checker=jsonschema.FormatChecker())

"""Charts of the company's filed time series: chart data from the warehouse, then inline SVG.

``build_charts`` turns ``select_series`` frames into plain chart dicts (part of the report model
and of its JSON); ``render_svg`` draws one as self-contained SVG. Every point carries the filing it
came from (form and filed date, printed under it) and links to that filing on sec.gov. Geometry is
computed with Decimal so no float ever touches a figure.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from decimal import ROUND_HALF_EVEN, Decimal
from html import escape
from typing import Any

from core.dates import MONTH_ABBR
from core.metrics import Metric, all_metrics, get_metric, projection
from pipeline.report.formatting import (
    filing_label,
    format_value,
    iso,
    long_date,
    plain_decimal,
    safe_url,
    short_value,
    to_date,
)

MAX_COLUMNS = 8  # more than this per chart stops being readable at report width
MAX_BARS = 14
PER_CUSTOMER = 4
_PX = Decimal("0.1")


# --- chart data --------------------------------------------------------------------------------

@projection
def chart_metrics() -> tuple[str, ...]:
    """The series a report reads: every charted metric, and the stored inputs of a charted
    derived one (gross profit and revenue, to recompute a margin no filing states)."""
    names: list[str] = []
    for row in all_metrics():
        if row.is_charted:
            names.append(row.name)
            names += [n for alternatives in (row.derivation.inputs if row.derivation else ())
                      for n in alternatives if get_metric(n).is_stored]
    return tuple(dict.fromkeys(names))


def _charted(layout: str) -> tuple[Metric, ...]:
    """The charted rows drawn in one layout: figures about one customer as bars, figures as of
    a moment on one timeline, every other (period) figure as columns by fiscal year and quarter.
    A derived figure's columns come after those of the figures it is derived from."""
    rows = [row for row in all_metrics() if row.is_charted]
    if layout == "bars":
        return tuple(row for row in rows if row.entity == "customer")
    if layout == "timeline":
        return tuple(row for row in rows if row.is_point and row.entity != "customer")
    periodic = [row for row in rows if not row.is_point and row.entity != "customer"]
    return tuple(sorted(periodic, key=lambda row: row.derivation is not None))


def _title(row: Metric) -> str:
    return row.name.replace("_", " ").capitalize()


def build_charts(series: Mapping[str, Any], cik: int | None = None) -> list[dict[str, Any]]:
    """Chart dicts for the charted metrics (revenue, gross margin, shares outstanding, customer
    concentration)."""
    rows = {metric: _rows(frame, cik) for metric, frame in series.items()}
    charts: list[dict[str, Any]] = []
    for row in _charted("columns"):
        source = rows.get(row.name) or _derived_ratios(rows, row)
        for kind, heading in (("year", "by fiscal year"), ("quarter", "by quarter")):
            points = [p for p in source if _kind(p) == kind and not p.get("entity")]
            if points:
                charts.append(_column_chart(f"{row.name}-{kind}", f"{_title(row)} {heading}",
                                            row.name, points[-MAX_COLUMNS:]))
    charts.extend(_timeline_chart(rows))
    for row in _charted("bars"):
        concentration = [p for p in rows.get(row.name, []) if p.get("entity")]
        for basis in sorted({p.get("basis") or "" for p in concentration}, key=_basis_order):
            charts.append(_bar_chart([p for p in concentration
                                      if (p.get("basis") or "") == basis], basis, row.name))
    return charts


def _timeline_chart(rows: Mapping[str, list[dict]]) -> list[dict[str, Any]]:
    """Point figures on one timeline, named after the count the cover states per class."""
    timeline = _charted("timeline")
    main = next((row for row in timeline if row.entity == "share_class"), None)
    points = _timeline_points(rows, main, timeline) if main else []
    if not points:
        return []
    return [_column_chart(main.name.replace("_", "-"), f"{_title(main)} over time", main.name,
                          points[-MAX_COLUMNS:])]


def _rows(frame: Any, cik: int | None) -> list[dict[str, Any]]:
    """Rows of a select_series DataFrame (or a list of dicts), as clean dicts sorted by period."""
    records = frame.to_dict("records") if hasattr(frame, "to_dict") else list(frame or [])
    out = []
    for rec in records:
        value = _decimal(rec.get("value"), rec.get("value_text"))
        if value is None:
            continue
        out.append({"cik": cik, **rec, "value": value,
                    "period_start": to_date(rec.get("period_start")),
                    "period_end": to_date(rec.get("period_end")),
                    "filed_date": to_date(rec.get("filed_date")),
                    "entity": _text(rec.get("entity")), "basis": _text(rec.get("basis"))})
    return sorted(out, key=lambda r: (r["period_end"] or date.min, r["period_start"] or date.min))


def _decimal(value: Any, fallback: Any) -> Decimal | None:
    if isinstance(value, Decimal):
        return value
    for candidate in (value, fallback):
        if candidate is None or candidate != candidate:  # None or NaN
            continue
        try:
            # str() of a float is its shortest repr: 0.1 stays 0.1, not 0.1000000000000000055
            return Decimal(str(candidate).replace(",", ""))
        except ArithmeticError:
            continue
    return None


def _text(value: Any) -> str | None:
    return None if value is None or value != value or value == "" else str(value)


def _kind(point: Mapping[str, Any]) -> str:
    start, end = point.get("period_start"), point.get("period_end")
    if start is None or end is None:
        return "instant"
    days = (end - start).days
    if 80 <= days <= 100:
        return "quarter"
    if 170 <= days <= 190:
        return "half"
    if 350 <= days <= 380:
        return "year"
    return "other"


def period_label(point: Mapping[str, Any]) -> str:
    """'FY2025', '3M to Jun 2026', 'Aug 5, 2026': short enough for an axis, never ambiguous."""
    end = point.get("period_end")
    if end is None:
        return "undated"
    kind = _kind(point)
    month = f"{MONTH_ABBR[end.month - 1]} {end.year}"
    if kind == "year":
        return f"FY{end.year}" if (end.month, end.day) == (12, 31) else f"FY to {month}"
    if kind in ("quarter", "half", "other"):
        months = round((end - point["period_start"]).days / Decimal("30.44"))
        return f"{months}M to {month}"
    return long_date(end)


def _derived_ratios(rows: Mapping[str, list[dict]], row: Metric) -> list[dict[str, Any]]:
    """A ratio no filing states (gross margin = gross profit / revenue), for the periods both
    inputs came from the same filing."""
    if row.derivation is None or row.derivation.kind != "ratio":
        return []
    top, bottom = row.derivation.inputs[0][0], row.derivation.inputs[1][0]
    top_unit, bottom_unit = get_metric(top).unit, get_metric(bottom).unit
    by_key = {(r["period_start"], r["period_end"], r.get("accession")): r
              for r in rows.get(bottom, []) if not r.get("entity")}
    out = []
    for point in rows.get(top, []):
        under = by_key.get((point["period_start"], point["period_end"], point.get("accession")))
        if under is None or not under["value"]:
            continue
        ratio = (point["value"] * 100 / under["value"]).quantize(_PX, ROUND_HALF_EVEN)
        out.append({**point, "metric": row.name, "value": ratio, "unit": row.unit,
                    "derived": f"{format_value(point['value'], top_unit)} / "
                               f"{format_value(under['value'], bottom_unit)}"})
    return out


def _timeline_points(rows: Mapping[str, list[dict]], main: Metric,
                     timeline: tuple[Metric, ...]) -> list[dict[str, Any]]:
    # the cover states each class and the total; the chart shows the company's total
    points = [p for p in rows.get(main.name, [])
              if (p.get("entity") or "total").lower() == "total"]
    for row in timeline:
        if row is main:
            continue
        for p in rows.get(row.name, []):
            # stated as of the offering (a prospectus), so it is placed at the filing date
            points.append({**p, "period_start": None,
                           "period_end": p.get("period_end") or p.get("filed_date"),
                           "label": "After offering"})
    return sorted(points, key=lambda p: (p["period_end"] or date.min, p.get("filed_date") or
                                         date.min))


def _point(p: Mapping[str, Any], unit: str) -> dict[str, Any]:
    accession = str(p.get("accession") or "")
    return {
        "label": p.get("label") or period_label(p),
        "entity": p.get("entity"),
        "basis": p.get("basis"),
        "period_start": iso(p.get("period_start")),
        "period_end": iso(p.get("period_end")),
        "value": plain_decimal(p["value"]),
        "value_display": format_value(p["value"], unit),
        "short_display": short_value(p["value"], unit),
        "form": p.get("form"),
        "filed_date": iso(p.get("filed_date")),
        "accession": accession or None,
        "filing_label": filing_label(p.get("form"), p.get("filed_date")),
        "filing_url": _filing_index(p.get("cik"), accession),
        "derived_from": p.get("derived"),
    }


def _filing_index(cik: Any, accession: str) -> str | None:
    if not accession or accession.startswith("local-") or cik is None or cik != cik:
        return None
    folder = f"https://www.sec.gov/Archives/edgar/data/{int(cik)}/{accession.replace('-', '')}/"
    return safe_url(f"{folder}{accession}-index.htm")


def _unit_of(points: list[dict[str, Any]], metric: str) -> str:
    unit = points[0].get("unit") if points else None
    return str(unit) if unit else get_metric(metric).unit


def _column_chart(chart_id: str, title: str, metric: str, points: list[dict]) -> dict[str, Any]:
    unit = _unit_of(points, metric)
    return {"id": chart_id, "title": title, "metric": metric, "unit": unit, "layout": "columns",
            "points": [_point(p, unit) for p in points]}


def _basis_order(basis: str) -> tuple[bool, str]:
    return (basis not in ("revenue", ""), basis)


def _bar_chart(points: list[dict[str, Any]], basis: str, metric: str) -> dict[str, Any]:
    """One bar per customer and period, customers grouped, the most concentrated first."""
    by_entity: dict[str, list[dict]] = {}
    # half-years repeat what the quarters and years show; the latest few periods suffice
    for p in sorted(points, key=lambda p: p["period_end"] or date.min, reverse=True):
        if _kind(p) != "half" and len(by_entity.setdefault(p["entity"], [])) < PER_CUSTOMER:
            by_entity[p["entity"]].append(p)
    customers = sorted(by_entity, key=lambda e: (-max(p["value"] for p in by_entity[e]), e))
    unit = get_metric(metric).unit
    chart_points = []
    for entity in customers:
        for p in by_entity[entity]:
            chart_points.append({**_point(p, unit), "label": period_label(p)})
    what = (basis or "revenue").replace("_", " ")
    suffix = "" if basis in ("revenue", "") else "-" + basis.replace("_", "-")
    return {"id": f"{metric.replace('_', '-')}{suffix}",
            "title": f"{_title(get_metric(metric))} by customer: share of {what}",
            "metric": metric, "unit": unit, "layout": "bars",
            "points": chart_points[:MAX_BARS]}


# --- SVG ---------------------------------------------------------------------------------------

def render_svg(chart: Mapping[str, Any]) -> str:
    """One chart as inline SVG; every text from a filing is escaped."""
    if chart["layout"] == "bars":
        return _svg_bars(chart)
    return _svg_columns(chart)


def _px(value: Decimal) -> str:
    return format(value.quantize(_PX, ROUND_HALF_EVEN), "f")


def _svg_open(chart: Mapping[str, Any], width: int, height: int) -> str:
    title_id = f"{chart['id']}-title"
    return (f'<svg class="chart {escape(chart["layout"])}" xmlns="http://www.w3.org/2000/svg" '
            'role="img" '
            f'viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
            f'aria-labelledby="{escape(title_id)}" data-chart="{escape(chart["id"])}">'
            f'<title id="{escape(title_id)}">{escape(chart["title"])}</title>')


def _link(url: str | None, inner: str) -> str:
    return f'<a href="{escape(url)}">{inner}</a>' if url else inner


def _tooltip(point: Mapping[str, Any]) -> str:
    extra = f" = {point['derived_from']}" if point.get("derived_from") else ""
    parts = [point.get("entity") or "", point["label"], point["value_display"] + extra,
             point["filing_label"], point.get("accession") or ""]
    return escape(" · ".join(p for p in parts if p))


def _svg_columns(chart: Mapping[str, Any]) -> str:
    points = chart["points"]
    slot, left, top, plot_h, below = 106, 12, 26, 150, 58
    width = max(300, left * 2 + slot * len(points))
    height = top + plot_h + below
    values = [Decimal(p["value"]) for p in points]
    high = max(max(values), Decimal(0)) or Decimal(1)
    low = min(min(values), Decimal(0))
    scale = Decimal(plot_h) / (high - low)
    base_y = top + (high * scale)
    parts = [_svg_open(chart, width, height),
             f'<line class="axis" x1="{left}" x2="{width - left}" y1="{_px(base_y)}" '
             f'y2="{_px(base_y)}"/>']
    for i, (point, value) in enumerate(zip(points, values, strict=True)):
        x = Decimal(left + i * slot + 14)
        bar_w = Decimal(slot - 28)
        y = base_y - max(value, Decimal(0)) * scale
        h = abs(value) * scale
        mid = _px(x + bar_w / 2)
        derived = " derived" if point.get("derived_from") else ""
        axis_y = top + plot_h
        rect = (f'<rect class="bar{derived}" x="{_px(x)}" y="{_px(y)}" width="{_px(bar_w)}" '
                f'height="{_px(max(h, Decimal(1)))}"/>')
        parts.append(
            f'<g class="point" data-filing="{escape(point["filing_label"])}">'
            f"<title>{_tooltip(point)}</title>{_link(point['filing_url'], rect)}"
            f'<text class="value" x="{mid}" y="{_px(y - 6)}">'
            f'{escape(point["short_display"])}</text>'
            f'<text class="period" x="{mid}" y="{axis_y + 16}">{escape(point["label"])}</text>'
            f'<text class="filing" x="{mid}" y="{axis_y + 31}">{escape(point["form"] or "")}</text>'
            f'<text class="filing" x="{mid}" y="{axis_y + 44}">'
            f'{escape(point["filed_date"] or "")}</text></g>')
    parts.append("</svg>")
    return "".join(parts)


def _svg_bars(chart: Mapping[str, Any]) -> str:
    points = chart["points"]
    label_w, bar_max, row_h, top = 280, 240, 26, 6
    width = label_w + bar_max + 220
    height = top * 2 + row_h * len(points)
    parts = [_svg_open(chart, width, height)]
    previous_entity = None
    for i, point in enumerate(points):
        y = top + i * row_h
        base = y + 17  # one text baseline per row: label, value and filing line up with the bar
        value = Decimal(point["value"])
        bar_w = max(Decimal(1), min(value, Decimal(100)) * bar_max / 100)
        entity = point.get("entity") or ""
        if previous_entity is not None and entity != previous_entity:
            parts.append(f'<line class="group" x1="0" x2="{width}" y1="{y}" y2="{y}"/>')
        previous_entity = entity
        rect = (f'<rect class="bar" x="{label_w}" y="{y + 5}" width="{_px(bar_w)}" '
                f'height="{row_h - 10}"/>')
        end = label_w + bar_w + 6
        parts.append(
            f'<g class="point" data-filing="{escape(point["filing_label"])}">'
            f"<title>{_tooltip(point)}</title>"
            f'<text class="left entity" x="0" y="{base}">{escape(entity)}</text>'
            # right-aligned against the bars, so a long customer name cannot run into a bar
            f'<text class="period" x="{label_w - 8}" y="{base}">{escape(point["label"])}</text>'
            f"{_link(point['filing_url'], rect)}"
            f'<text class="left" x="{_px(end)}" y="{base}">'
            f'<tspan class="value">{escape(point["value_display"])}</tspan>'
            f'<tspan class="filing" dx="8">{escape(point["filing_label"])}</tspan></text></g>')
    parts.append("</svg>")
    return "".join(parts)

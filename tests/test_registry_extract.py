"""The extractors are projections of the metric registry (core.metrics): what they know about a
metric is what its row says, and a new row is all a metric that tables and XBRL state needs."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from core.facts import METRICS, Fact, Source
from core.metrics import (
    Derivation,
    Label,
    Metric,
    added,
    all_metrics,
    get_metric,
    metric_names,
    names_where,
)
from extractors.concepts import concept_rules, dimension_entity, metrics_of_entity, rule_for
from extractors.dispatch import extract_document
from extractors.statements import classify_statement, label_words, match_label
from extractors.table_derive import ratio_rows
from pipeline.crosscheck import crosscheck_facts

FY25 = (date(2025, 1, 1), date(2025, 12, 31))
FY24 = (date(2024, 1, 1), date(2024, 12, 31))
Q1 = (date(2025, 1, 1), date(2025, 3, 31))

# --- (a) the projections say what the rows say ------------------------------------------------


def test_every_rows_concepts_map_to_it_best_first():
    for row in all_metrics():
        for priority, concept in enumerate(row.concepts):
            rule = rule_for(f"us-gaap:{concept}")
            assert (rule.metric, rule.unit, rule.priority, rule.entity) == (
                row.name, row.unit, priority, row.entity)
    assert set(concept_rules()) == {c for row in all_metrics() for c in row.concepts}


@pytest.mark.parametrize("name", [m.name for m in all_metrics() if m.concepts])
def test_dimensions_are_read_by_the_rows_entity_kind(name):
    rule = rule_for(get_metric(name).concepts[0])
    class_a = {"us-gaap:StatementClassOfStockAxis": "us-gaap:CommonClassAMember"}
    keep, entity, _ = dimension_entity(rule, class_a)
    assert (keep, entity) == ((True, "Class A") if rule.entity == "share_class" else (False, None))
    assert dimension_entity(rule, {})[0] == (rule.entity != "customer")


def test_entity_kinds_and_stored_names_come_from_the_rows():
    assert metrics_of_entity("customer") == {m.name for m in all_metrics()
                                             if m.entity == "customer"}
    assert metrics_of_entity("share_class") == {m.name for m in all_metrics()
                                                if m.entity == "share_class"}
    assert METRICS == metric_names(stored_only=True)


def test_label_words_cover_every_income_rows_words():
    words = set(label_words())
    for row in all_metrics():
        if row.statement == "income":
            assert set(row.label_words) <= words, row.name


def test_section_labels_read_only_under_their_section():
    assert match_label("Total", "Revenues:").metric == "revenue"
    assert match_label("Total", "Operating expenses:") is None
    diluted = match_label("Diluted", "Net income per share:")
    assert (diluted.metric, diluted.rank, diluted.per_share) == ("eps_diluted", 2, True)
    assert match_label("Diluted", "Weighted average shares used in per share amounts:") is None


def test_non_gaap_tables_are_told_by_non_gaap_of():
    for row in all_metrics():
        if row.non_gaap_of and row.statement == "income":
            assert classify_statement({row.name, row.non_gaap_of}, "") == "non_gaap"


def test_crosscheck_compares_the_crosschecked_rows():
    def fact(metric, extractor):
        row = get_metric(metric)
        return Fact(metric, Decimal(5), row.unit, *FY25,
                    sources=(Source("t.htm", extractor, "1"),))

    for row in all_metrics():
        if not row.is_stored or row.entity in ("customer", "share_class", "option"):
            continue
        result = crosscheck_facts("t.htm", [fact(row.name, "tables")], [fact(row.name, "xbrl")])
        assert bool(result.pairs) == (row.name in names_where("crosschecked")), row.name


def test_ratio_rows_are_the_income_ratio_derivations():
    assert {m.name for m in ratio_rows()} == {
        m.name for m in all_metrics() if m.statement == "income" and m.derivation
        and m.derivation.kind == "ratio"}


# --- (b) one row is all a new metric needs -----------------------------------------------------

RESEARCH = Metric(
    "research_and_development", "USD", "research and development expense",
    concepts=("ResearchAndDevelopmentExpense",), statement="income", is_magnitude=True,
    labels=(Label(r"(?:total )?research and development(?: expenses?)?"),),
    label_words=("research",))
NET_MARGIN = Metric(
    "net_margin", "percent", "net income as a percentage of revenue", statement="income",
    derivation=Derivation("ratio", (("net_income",), ("revenue",)), "net income / revenue"))

DOCUMENT = """<html><body><div style="display:none"><ix:header><ix:resources>
<xbrli:context id="d"><xbrli:entity><xbrli:identifier scheme="x">1</xbrli:identifier>
</xbrli:entity><xbrli:period><xbrli:startdate>2025-01-01</xbrli:startdate>
<xbrli:enddate>2025-03-31</xbrli:enddate></xbrli:period></xbrli:context>
<xbrli:unit id="usd"><xbrli:measure>iso4217:USD</xbrli:measure></xbrli:unit>
</ix:resources></ix:header></div>
<p>Consolidated Statements of Operations</p>
<p>(in thousands)</p>
<table>
<tr><td></td><td colspan="3">Year Ended December 31,</td></tr>
<tr><td></td><td colspan="2">2025</td><td></td><td colspan="2">2024</td></tr>
<tr><td>Revenue</td><td>$</td><td>500,000</td><td></td><td>$</td><td>400,000</td></tr>
<tr><td>Research and development</td><td></td><td>(40,000</td><td>)</td><td></td><td>30,000</td>
</tr>
<tr><td>Net income</td><td>$</td><td>60,000</td><td></td><td>$</td><td>50,000</td></tr>
</table>
<p>In the first quarter we spent $<ix:nonfraction name="us-gaap:ResearchAndDevelopmentExpense"
contextref="d" unitref="usd" scale="3" decimals="-3">12,345</ix:nonfraction> thousand on
research and development.</p>
</body></html>"""


def _figures(metric: str) -> dict[tuple, tuple[Decimal, str, str]]:
    facts = extract_document(DOCUMENT, document="t.htm", form="10-Q")
    return {(f.period_start, f.period_end): (f.value, f.unit, f.sources[0].extractor)
            for f in facts if f.metric == metric}


def test_a_new_row_is_read_from_a_statement_table_and_an_inline_tag():
    assert _figures("research_and_development") == {}
    with added(RESEARCH):
        assert _figures("research_and_development") == {
            FY25: (Decimal(40000000), "USD", "tables"),  # a cost in parentheses is its size
            FY24: (Decimal(30000000), "USD", "tables"),
            Q1: (Decimal(12345000), "USD", "xbrl"),
        }
        assert match_label("Research and development expenses").metric == RESEARCH.name
    assert _figures("research_and_development") == {}
    assert match_label("Research and development") is None


def test_a_new_ratio_row_is_derived_from_a_statement_table():
    with added(NET_MARGIN):
        margins = _figures("net_margin")
    assert margins == {FY25: (Decimal("12.0"), "percent", "tables"),
                       FY24: (Decimal("12.5"), "percent", "tables")}
    assert _figures("net_margin") == {}

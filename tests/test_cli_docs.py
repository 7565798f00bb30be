"""Every command's --help is documented in the README, exactly as the CLI prints it."""

from __future__ import annotations

from click.testing import CliRunner

from pipeline.cli import main
from pipeline.cli_docs import END, START, render_cli_reference
from tests.conftest import ROOT


def readme_block() -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    assert START in text and END in text, "README.md lacks the generated cli-help block"
    return text.split(START, 1)[1].split(END, 1)[0].strip()


def test_readme_matches_every_help_text():
    assert readme_block() == render_cli_reference().strip(), (
        "README.md's command reference is out of date: run `make docs`"
    )


def test_every_subcommand_has_a_section():
    block = readme_block()
    for name in main.commands:
        assert f"### `filingcheck {name} --help`" in block


def test_help_runs_for_every_command():
    runner = CliRunner()
    result = runner.invoke(main, ["--help"])
    assert result.exit_code == 0 and "Commands:" in result.output
    for name in main.commands:
        result = runner.invoke(main, [name, "--help"])
        assert result.exit_code == 0, (name, result.output)
        assert "Usage:" in result.output

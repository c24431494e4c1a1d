"""Every command has help with an example, and README's command reference matches --help."""

import pytest
from cogapp import Cog

from cli.app import app
from conftest import ROOT, invoke

COMMANDS = ["ingest", "extract", "statements", "who-said", "diff", "quotes", "speakers", "sources", "show"]
SUBCOMMANDS = [["speakers", "merge"], ["speakers", "split"]]


def test_every_command_is_documented():
    registered = {c.name or c.callback.__name__ for c in app.registered_commands}
    registered |= {g.name for g in app.registered_groups}
    assert registered == set(COMMANDS)


@pytest.mark.parametrize("name", COMMANDS + SUBCOMMANDS)
def test_help_has_an_example_and_shared_options(runner, name):
    r = invoke(runner, (name if isinstance(name, list) else [name]) + ["--help"])
    assert r.exit_code == 0
    assert "Example: claims " in r.output
    assert "--db" in r.output and "--json" in r.output


def test_readme_reference_is_current(monkeypatch):
    monkeypatch.chdir(ROOT)
    assert Cog().main(["cog", "--check", "README.md"]) == 0, "run: cog -r README.md"

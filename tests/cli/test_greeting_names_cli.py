"""`check --json` reports a greeting that contradicts the recipient's first name (issue 12,
item 4), with the shipped first-name lexicon, as a user runs it."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.cli.test_check import run_cli


def greeting_findings(draft: str, *args: str) -> list[dict[str, object]]:
    result = run_cli("check", "-", "--json", "--no-embeddings", "--no-grammar", *args, stdin=draft)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    return [f for f in report["findings"] if str(f["rule"]).startswith("greeting.")]


def test_check_json_reports_a_greeting_against_the_first_name() -> None:
    draft = "Hallo Herr Zimmermann,\n\nIhr Vortrag über Wärmepumpen in Kassel hat mir geholfen.\n"
    (finding,) = greeting_findings(draft, "--recipient-name", "Julia Zimmermann", "--lang", "de")
    assert finding["rule"] == "greeting.wrong_gender"
    assert finding["category"] == "template_error"
    assert finding["suggestions"] == ["Hallo Frau Zimmermann"]
    assert "Julia" in str(finding["message"])
    english = "Dear Ms Patel,\n\nyour talk on heat pumps in Leeds helped me.\n"
    (finding,) = greeting_findings(english, "--recipient-name", "Rahul Patel", "--lang", "en")
    assert finding["suggestions"] == ["Dear Mr Patel"]


def test_check_json_trusts_the_salutation_and_ambiguous_names() -> None:
    draft = "Hallo Herr Zimmermann,\n\nIhr Vortrag über Wärmepumpen in Kassel hat mir geholfen.\n"
    assert (
        greeting_findings(draft, "--recipient-name", "Julia Zimmermann", "--salutation", "Herr")
        == []
    )
    assert greeting_findings(draft, "--recipient-name", "Andrea Zimmermann") == []


def test_the_lexicon_loads_on_first_use_not_at_start_up() -> None:
    code = (
        "from outreach_coach.assets import first_name_genders\n"
        "from outreach_coach.core.model import Recipient, Snapshot\n"
        "from outreach_coach.services.session import build_analyzer\n"
        "analyzer = build_analyzer(embeddings=False)\n"
        "assert first_name_genders.cache_info().currsize == 0\n"
        "draft = Snapshot(1, 'Dear Mr Brown,\\nthanks.', Recipient('Emily Brown'), 'en')\n"
        "report = analyzer.analyze(draft)\n"
        "assert any(f.rule == 'greeting.wrong_gender' for f in report.findings)\n"
        "assert first_name_genders.cache_info().currsize == 1\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr

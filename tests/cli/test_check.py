"""The CLI contract, run as a user runs it: a real subprocess."""

from __future__ import annotations

import json
import subprocess
import sys
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from pathlib import Path


def run_cli(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "outreach_coach", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=300,
        encoding="utf-8",
    )


def test_check_json_for_a_file(tmp_path: Path) -> None:
    draft = tmp_path / "draft.txt"
    draft.write_bytes(
        "\ufeffHallo Doktor,\r\nich hoffe, diese Nachricht erreicht Sie gut. "
        "{{first_name}}".encode()
    )
    notes = tmp_path / "notes.txt"
    notes.write_text("- Vortrag auf der PyCon DE über Data Contracts\n", encoding="utf-8")
    result = run_cli(
        "check",
        str(draft),
        "--notes-file",
        str(notes),
        "--recipient-name",
        "Anna Weber",
        "--salutation",
        "Frau Dr.",
        "--json",
        "--no-embeddings",
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["language"] == "de"
    assert set(report["personalization"]) >= {"score", "facts"}
    text = draft.read_text(encoding="utf-8-sig").replace("\r\n", "\n")
    spans = {(f["category"], text[f["start"] : f["end"]]) for f in report["findings"]}
    assert ("template_error", "{{first_name}}") in spans
    assert ("template_error", "Doktor") in spans
    assert report["metrics"]["words"] > 5


def test_check_readable_report_from_stdin() -> None:
    result = run_cli(
        "check", "-", "--no-embeddings", stdin="I hope this message finds you well, [Name]."
    )
    assert result.returncode == 0, result.stderr
    assert "[template_error]" in result.stdout
    assert "0-34 “I hope this message finds you well”" in result.stdout


def test_batch_keeps_order_and_reports_bad_lines(tmp_path: Path) -> None:
    lines = [
        json.dumps(
            {
                "id": "a",
                "draft": "Hallo {{first_name}}",
                "lang": None,
                "recipient": {"name": "Anna", "salutation": "Frau", "notes": "PyCon DE"},
            }
        ),
        "{not json",
        json.dumps({"id": "c", "draft": 42}),
        json.dumps({"id": "d", "draft": "Hi, more leads!", "lang": "en", "recipient": None}),
    ]
    batch = tmp_path / "in.jsonl"
    batch.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run_cli("check", "--batch", str(batch), "--no-grammar", "--no-embeddings")
    assert result.returncode == 0, result.stderr
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [item.get("id") for item in out] == ["a", None, "c", "d"]
    assert "report" in out[0]
    assert out[0]["report"]["language"] == "de"
    assert "error" in out[1]
    assert "line 2" in out[1]["error"]
    assert "error" in out[2]
    assert "draft" in out[2]["error"]
    assert out[3]["report"]["language"] == "en"


def test_batch_accepts_common_field_names(tmp_path: Path) -> None:
    line = {
        "id": 1,
        "text": "Hallo Frau Berger, wie lief Ihr Vortrag auf der PyCon DE?",
        "language": "de",
        "profile": {"name": "Anna Berger", "notes": ["Sprach auf der PyCon DE", "Baut ein Team"]},
    }
    batch = tmp_path / "in.jsonl"
    batch.write_text(json.dumps(line) + "\n", encoding="utf-8")
    result = run_cli("check", "--batch", str(batch), "--no-grammar", "--no-embeddings")
    report = json.loads(result.stdout)["report"]
    assert report["language"] == "de"
    facts = [fact["text"] for fact in report["personalization"]["facts"]]
    assert facts == ["Sprach auf der PyCon DE", "Baut ein Team"]


def test_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    result = run_cli("check", str(tmp_path / "nope.txt"), "--no-embeddings")
    assert result.returncode == 1
    assert "Cannot read" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.model
def test_check_loads_the_default_model_once_for_a_batch(tmp_path: Path) -> None:
    notes = "spoke at PyCon DE about data contracts"
    lines = [
        json.dumps({"id": i, "draft": draft, "recipient": {"name": "Anna", "notes": notes}})
        for i, draft in enumerate(
            [
                (
                    "Hi Anna, your talk in Berlin on agreements between data producers "
                    "and consumers was great."
                ),
                "Hi Anna, we sell office chairs at great prices.",
            ]
        )
    ]
    batch = tmp_path / "in.jsonl"
    batch.write_text("\n".join(lines), encoding="utf-8")
    result = run_cli("check", "--batch", str(batch))
    assert result.returncode == 0, result.stderr
    personal, generic = (
        json.loads(line)["report"]["personalization"] for line in result.stdout.splitlines()
    )
    assert "USE" in personal["method"]
    assert personal["facts"][0]["used"]
    assert not generic["facts"][0]["used"]
    assert personal["score"] > generic["score"]


@pytest.mark.languagetool
def test_check_with_languagetool_url(languagetool_url: str) -> None:
    result = run_cli(
        "check",
        "-",
        "--json",
        "--no-embeddings",
        "--languagetool-url",
        languagetool_url,
        stdin="Ich habe das gemacht weil es gut ist.",
    )
    assert result.returncode == 0, result.stderr
    rules = [f["rule"] for f in json.loads(result.stdout)["findings"]]
    assert "languagetool.SUBJUNKTION_KOMMA" in rules
    off = run_cli(
        "check",
        "-",
        "--json",
        "--no-embeddings",
        "--no-grammar",
        "--languagetool-url",
        languagetool_url,
        stdin="Ich habe das gemacht weil es gut ist.",
    )
    assert not [
        f for f in json.loads(off.stdout)["findings"] if f["rule"].startswith("languagetool")
    ]


def test_check_json_flags_the_issue_examples_in_both_languages(tmp_path: Path) -> None:
    drafts = {
        "de": "Hallo Doktor,\nwir bieten IT-Dienstleistungen für 5 € pro Stunde. Mit dem richtigen "
        "Mindset und mehr Leads erreichen Sie 6- bis 7-stellige Jahresumsätze.",
        "en": "Hi {{first_name}},\nwe offer $8/hour developers. With the right mindset and more "
        "qualified leads you will build a six-figure business.",
    }
    expected = {
        "de": {"Doktor", "5 € pro Stunde", "Mindset", "Leads", "6- bis 7-stellige Jahresumsätze"},
        "en": {"{{first_name}}", "$8/hour", "mindset", "qualified leads", "six-figure business"},
    }
    for language, draft in drafts.items():
        path = tmp_path / f"{language}.txt"
        path.write_text(draft, encoding="utf-8")
        result = run_cli("check", str(path), "--json", "--no-grammar", "--no-embeddings")
        assert result.returncode == 0, result.stderr
        findings = json.loads(result.stdout)["findings"]
        spans = {draft[f["start"] : f["end"]] for f in findings}
        assert expected[language] <= spans, (language, spans)
        assert all(f["message"] and f["suggestions"] for f in findings)
    correct = tmp_path / "correct.txt"
    correct.write_text("Sehr geehrte Frau Dr. Weber,\nvielen Dank für Ihren Vortrag.", "utf-8")
    result = run_cli(
        "check",
        str(correct),
        "--json",
        "--no-grammar",
        "--no-embeddings",
        "--recipient-name",
        "Anna Weber",
        "--salutation",
        "Frau Dr.",
    )
    assert json.loads(result.stdout)["findings"] == []

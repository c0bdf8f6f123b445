"""profiles facts PERSON FILE|-: candidates printed, chosen ones appended with their source."""

from __future__ import annotations

import json
from datetime import date
from typing import TYPE_CHECKING

from tests.cli.test_check import run_cli

if TYPE_CHECKING:
    from pathlib import Path

POST = """Gestern durfte ich beim Hamburger Logistik-Forum über unsere E-Lkw sprechen.

Die ehrliche Zahl: Von 35 Fahrzeugen fahren seit Juni 9 elektrisch.

Danke an das Orga-Team für die Einladung!
#logistik #hamburg
"""


def _person(tmp_path: Path) -> str:
    data = str(tmp_path / "data")
    csv = tmp_path / "people.csv"
    csv.write_text("Name,Notizen\nLea Schulz,leitet den Fuhrpark\n", encoding="utf-8")
    imported = run_cli(
        "profiles", "import-csv", str(csv), "--map", "name=Name,notes=Notizen", "--data-dir", data
    )
    assert imported.returncode == 0, imported.stderr
    return data


def test_facts_are_listed_then_added_with_their_source(tmp_path: Path) -> None:
    data = _person(tmp_path)
    post = tmp_path / "post.txt"
    post.write_text(POST.replace("\n", "\r\n"), encoding="utf-8")
    listed = run_cli("profiles", "facts", "Lea Schulz", str(post), "--data-dir", data)
    assert listed.returncode == 0, listed.stderr
    lines = listed.stdout.splitlines()
    assert lines[0].startswith(" 1. [individual] ")
    assert any("35 Fahrzeugen" in line for line in lines)
    assert not any("#logistik" in line or "Danke an" in line for line in lines)
    number = next(i for i, line in enumerate(lines, 1) if "35 Fahrzeugen" in line)

    added = run_cli(
        "profiles", "facts", "Lea Schulz", "-", "--add", f"{number}", "--source", "post",
        "--json", "--data-dir", data, stdin=POST,
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    result = json.loads(added.stdout)
    assert [c["number"] for c in result["candidates"]][:2] == [1, 2]
    assert {c["kind"] for c in result["candidates"]} <= {"individual", "segment"}
    [fact] = result["added"]
    assert "35 Fahrzeugen" in fact
    exported = run_cli("profiles", "export", "Lea Schulz", "--data-dir", data)
    notes = json.loads(exported.stdout)["profile"]["notes"]
    assert notes == (
        f"leitet den Fuhrpark\n\nQuelle: Beitrag, {date.today().isoformat()}\n- {fact}\n"
    )


def test_bad_input_is_one_line(tmp_path: Path) -> None:
    data = _person(tmp_path)
    post = tmp_path / "post.txt"
    post.write_text(POST, encoding="utf-8")
    cases = [
        (("Nobody", str(post)), "No single person matches"),
        (("Lea Schulz", str(tmp_path / "missing.txt")), "Cannot read"),
        (("Lea Schulz", str(post), "--add", "99"), "is not a candidate number"),
        (("Lea Schulz", str(post), "--add", "1,x"), "is not a candidate number"),
        (("Lea Schulz", "-"), "holds no text"),
    ]
    for arguments, message in cases:
        result = run_cli("profiles", "facts", *arguments, "--data-dir", data, stdin="  \n")
        assert result.returncode != 0, arguments
        assert message in result.stderr, (arguments, result.stderr)
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr
        assert "Traceback" not in result.stderr
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"\xff\xfe\x00abc")
    result = run_cli("profiles", "facts", "Lea Schulz", str(binary), "--data-dir", data)
    assert result.returncode != 0
    assert "not UTF-8" in result.stderr
    exported = run_cli("profiles", "export", "Lea Schulz", "--data-dir", data)
    assert json.loads(exported.stdout)["profile"]["notes"] == "leitet den Fuhrpark"

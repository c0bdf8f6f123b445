"""profiles / history from the command line, and check against the saved library."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from tests.cli.test_check import run_cli
from tests.storage.test_library import LINKEDIN, TEMPLATE

if TYPE_CHECKING:
    from pathlib import Path


def test_import_search_export_and_delete_a_person(tmp_path: Path) -> None:
    data = str(tmp_path / "data")
    csv = tmp_path / "Connections.csv"
    csv.write_text(LINKEDIN, encoding="utf-8")
    imported = run_cli("profiles", "import-linkedin", str(csv), "--data-dir", data)
    assert imported.returncode == 0, imported.stderr
    assert "added 2, merged 1, skipped 1" in imported.stdout
    assert "line 7: no name" in imported.stderr
    found = run_cli("profiles", "search", "müller", "--json", "--data-dir", data)
    [juergen] = json.loads(found.stdout)
    assert juergen["role"] == "Geschäftsführer"
    out = tmp_path / "juergen.json"
    exported = run_cli(
        "profiles", "export", str(juergen["id"]), "--out", str(out), "--data-dir", data
    )
    assert exported.returncode == 0, exported.stderr
    assert json.loads(out.read_text(encoding="utf-8"))["profile"]["name"] == "Jürgen Müller"
    refused = run_cli("profiles", "delete", "Jürgen Müller", "--data-dir", data, stdin="")
    assert refused.returncode == 1
    assert "--yes" in refused.stderr
    deleted = run_cli("profiles", "delete", "Jürgen Müller", "--yes", "--data-dir", data)
    assert deleted.returncode == 0, deleted.stderr
    listed = run_cli("profiles", "list", "--data-dir", data)
    assert "Jürgen" not in listed.stdout
    assert "Lea Schulz" in listed.stdout


def test_check_warns_about_a_template_already_sent_to_others(tmp_path: Path) -> None:
    data = str(tmp_path / "data")
    csv = tmp_path / "c.csv"
    csv.write_text(
        "Name,Firma,Notizen\nJonas Weber,Acme,segelt\nLea Schulz,Greenfield,läuft\n"
        "Anna Berger,Stadtwerke Bochum,Sprach auf der PyCon über Data Contracts\n",
        encoding="utf-8",
    )
    imported = run_cli(
        "profiles",
        "import-csv",
        str(csv),
        "--map",
        "name=Name,company=Firma,notes=Notizen",
        "--data-dir",
        data,
    )
    assert imported.returncode == 0, imported.stderr
    for name, company in (("Jonas Weber", "Acme"), ("Lea Schulz", "Greenfield")):
        recorded = run_cli(
            "history",
            "record",
            "-",
            "--recipient",
            name,
            "--data-dir",
            data,
            stdin=TEMPLATE.format(name=name, company=company),
        )
        assert recorded.returncode == 0, recorded.stderr
    result = run_cli(
        "check",
        "-",
        "--recipient",
        "Anna Berger",
        "--json",
        "--no-grammar",
        "--no-embeddings",
        "--data-dir",
        data,
        stdin=TEMPLATE.format(name="Frau Berger", company="Stadtwerke Bochum"),
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    mass = [f for f in report["findings"] if f["category"] == "mass_message"]
    assert mass
    assert "2 Nachrichten" in mass[0]["message"]
    assert (
        "zuletzt: Lea Schulz" in mass[0]["message"] or "zuletzt: Jonas Weber" in mass[0]["message"]
    )
    assert report["personalization"]["facts"][0]["text"].startswith("Sprach auf der PyCon")

"""Bad input from a hostile or careless user: one line on stderr and a non-zero exit, never a
traceback; in batch mode every bad line becomes an error row and the batch goes on.

Most cases run the real CLI in-process (``cli.main``), a few as a subprocess to see exactly
what a terminal shows.
"""

from __future__ import annotations

import io
import json
from typing import TYPE_CHECKING

import pytest

from outreach_coach import cli
from tests.cli.test_check import run_cli

if TYPE_CHECKING:
    from pathlib import Path

CHECK = ("--no-grammar", "--no-embeddings")


def batch_rows(out: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in out.splitlines()]


def one_line_error(err: str) -> str:
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    assert "Traceback" not in err
    return lines[0]


def test_bad_batch_lines_become_error_rows_and_the_batch_goes_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = [
        '{"id": 1, "draft": "Hallo", "channel": ["email"]}',
        '{"id": 2, "draft": "Hallo", "lang": ' + "1" * 5000 + "}",
        '{"id": 3, "draft": ' + "[" * 100_000 + "]" * 100_000 + "}",
        "[" * 100_000,
        '{"id": 5, "draft": "Hallo", "recipient": {"name": {"x": 1}}}',
        '{"id": 6, "draft": "Hallo", "recipient": {"notes": [1, 2]}}',
        '{"id": 7, "draft": "\\ud800 lone surrogate"}',
        '"just a string"',
        '{"id": {"nested": [1, 2]}, "draft": 5}',
    ]
    good = '{"id": "ok", "draft": "Hi Anna, I read your post on data contracts."}'
    batch = tmp_path / "in.jsonl"
    batch.write_text("\n".join([*bad, good]) + "\n", encoding="utf-8")
    rc = cli.main(["check", "--batch", str(batch), *CHECK])
    out, err = capsys.readouterr()
    assert rc == 0
    assert "Traceback" not in err
    rows = batch_rows(out)
    assert len(rows) == len(bad) + 1
    assert rows[-1]["id"] == "ok"
    assert "report" in rows[-1]
    errors = {index: str(row.get("error", "")) for index, row in enumerate(rows[:-1], start=1)}
    assert "'channel' must be one of" in errors[1]
    assert "line 2" in errors[2]
    assert "nested too deeply" in errors[3]
    assert "nested too deeply" in errors[4]
    assert "recipient fields must be strings" in errors[5]
    assert "recipient fields must be strings" in errors[6]
    assert "report" in rows[6]  # a lone surrogate is text to check, printed escaped
    assert "expected a JSON object" in errors[8]
    assert "'draft' must be a string" in errors[9]


def test_invalid_utf8_on_stdin_is_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"Hallo \xff\xfe Anna")))
    assert cli.main(["check", "-", *CHECK]) == 1
    line = one_line_error(capsys.readouterr().err)
    assert "standard input is not UTF-8 text" in line


def test_invalid_utf8_on_stdin_through_a_real_pipe(tmp_path: Path) -> None:
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-m", "outreach_coach", "history", "record", "-", "--recipient", "x"],
        input=b"\xc3\x28 broken",
        capture_output=True,
        timeout=120,
        env={**__import__("os").environ, "OUTREACH_COACH_DATA_DIR": str(tmp_path / "d")},
    )
    assert result.returncode == 1
    one_line_error(result.stderr.decode())


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        # a carriage return inside an unquoted field
        (b"Name,Firma\nAnna\rBerger,Acme\n", "line 2: not a valid CSV file"),
        # an unterminated quote: until now a person named after the rest of the file
        (b'Name,Firma\n"unterminated,quote\nBob,Smith\n', "not a valid CSV file"),
        # text after a closing quote
        (b'Name,Firma\nAnna,"Acme"Inc\n', "line 2: not a valid CSV file"),
        # random bytes (NULs are dropped; this one trips the field-size limit)
        (b'Name,Firma\n"' + b"\x8f" * 200_000 + b'",x\n', "not a valid CSV file"),
    ],
)
def test_malformed_csv_is_rejected_with_the_line_number(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, expected: str
) -> None:
    data = str(tmp_path / "data")
    path = tmp_path / "c.csv"
    path.write_bytes(content)
    rc = cli.main(["profiles", "import-csv", str(path), "--map", "name=Name", "--data-dir", data])
    assert rc == 1
    assert expected in one_line_error(capsys.readouterr().err)
    assert cli.main(["profiles", "list", "--data-dir", data]) == 0
    assert capsys.readouterr().out == ""  # nothing imported


def test_unterminated_quote_names_nobody_after_the_rest_of_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "c.csv"
    path.write_text('Name,Firma,Notes\nAnna,Acme,ok\n"unterminated,quote Bob,Smith,x\n')
    rc = cli.main(["profiles", "import-csv", str(path), "--map", "name=Name"])
    assert rc == 1
    assert "line 3: not a valid CSV file" in one_line_error(capsys.readouterr().err)


def _backup(**changes: object) -> dict[str, object]:
    backup: dict[str, object] = {
        "format": "outreach-coach-library",
        "version": 1,
        "people": [
            {
                "profile": {"name": "Anna Berger", "company": "Acme", "tags": ["a"]},
                "drafts": [{"text": "Hallo Anna", "updated": "2024-01-01"}],
                "sent": [{"recipient": "Anna", "text": "Hi", "sent_at": "2024-01-02"}],
            }
        ],
        "unassigned_sent": [],
        "suppressions": [{"rule": "en.x", "text": "t", "reason": ""}],
    }
    backup.update(changes)
    return backup


@pytest.mark.parametrize(
    ("backup", "expected"),
    [
        (_backup(people={"a": 1}), "people: {'a': 1} is not of type 'array'"),
        (_backup(people=[{"profile": "Anna"}]), "people/0/profile: 'Anna' is not of type"),
        (_backup(people=[{"profile": {"name": 5}}]), "people/0/profile/name: 5 is not of type"),
        (
            _backup(people=[{"profile": {"name": "A"}, "drafts": [{"text": None}]}]),
            "people/0/drafts/0/text: None is not of type 'string'",
        ),
        (_backup(people=[{"profile": {"name": "A"}, "sent": [{}]}]), "'recipient' is a required"),
        (_backup(unassigned_sent=[["x"]]), "unassigned_sent/0:"),
        (_backup(suppressions=[{"text": "x"}]), "suppressions/0: 'rule' is a required"),
        (_backup(format="something else"), "Not an Outreach Coach library backup"),
        ([1, 2, 3], "Not an Outreach Coach library backup"),
    ],
)
def test_restore_checks_the_whole_file_against_the_schema_first(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], backup: object, expected: str
) -> None:
    data = str(tmp_path / "data")
    path = tmp_path / "backup.json"
    path.write_text(json.dumps(backup), encoding="utf-8")
    assert cli.main(["profiles", "restore", str(path), "--data-dir", data]) == 1
    line = one_line_error(capsys.readouterr().err)
    assert expected in line
    assert cli.main(["profiles", "list", "--data-dir", data]) == 0
    assert capsys.readouterr().out == ""  # nothing restored, not even the valid part


@pytest.mark.parametrize(
    "text",
    [
        '{"format": "outreach-coach-library", "version": ' + "9" * 5000 + "}",
        "[" * 100_000 + "]" * 100_000,
        '{"format": "outreach-coach-library", "people": [{"profile": {"name": "\\udc00"}}]}',
    ],
)
def test_restore_of_unusable_json_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str
) -> None:
    path = tmp_path / "backup.json"
    path.write_text(text, encoding="utf-8")
    assert cli.main(["profiles", "restore", str(path)]) == 1
    assert "is not a JSON backup" in one_line_error(capsys.readouterr().err)


def test_a_valid_backup_still_restores(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "backup.json"
    path.write_text(json.dumps(_backup()), encoding="utf-8")
    assert cli.main(["profiles", "restore", str(path)]) == 0
    assert "added 1" in capsys.readouterr().out


@pytest.mark.parametrize("person", ["99999999999999999999999", "²", "١٢"])
def test_odd_ids_are_no_person_not_a_crash(capsys: pytest.CaptureFixture[str], person: str) -> None:
    assert cli.main(["profiles", "export", person]) == 1
    assert "No single person matches" in one_line_error(capsys.readouterr().err)


def test_bad_batch_line_through_a_subprocess(tmp_path: Path) -> None:
    batch = tmp_path / "in.jsonl"
    batch.write_text(
        '{"id": 1, "draft": "x", "channel": ["email"]}\n{"id": 2, "draft": "Hi Anna"}\n',
        encoding="utf-8",
    )
    result = run_cli("check", "--batch", str(batch), *CHECK)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    first, second = batch_rows(result.stdout)
    assert "error" in first
    assert "report" in second

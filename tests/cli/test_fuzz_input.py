"""Property tests: random JSON lines, CSV files and backups fed to the real command line.

Whatever the input, the CLI answers with an exit code and (at most) one line per problem on
stderr, never an exception; a batch has exactly one output row per non-blank input line.
The example counts are quoted in docs/RELIABILITY.md.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from outreach_coach import cli

if TYPE_CHECKING:
    import pytest

BATCH_EXAMPLES = 60
CSV_EXAMPLES = 80
RESTORE_EXAMPLES = 80


def fuzz(examples: int) -> settings:
    return settings(
        max_examples=examples,
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
        derandomize=True,  # the same examples on every run: a failure here is reproducible
    )


# text without line breaks (a batch line is one line) and without lone surrogates
LINE_TEXT = st.text(
    st.characters(exclude_categories=["Cs"], exclude_characters="\r\n"), max_size=80
)
JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | LINE_TEXT,
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(LINE_TEXT, children, max_size=4)
    ),
    max_leaves=12,
)
KNOWN_KEYS = st.sampled_from(
    ["id", "draft", "text", "message", "lang", "language", "channel", "recipient", "profile"]
)
RECIPIENTS = st.dictionaries(
    st.sampled_from(["name", "salutation", "notes", "company"]), JSON_VALUES, max_size=4
)
ITEMS = st.dictionaries(KNOWN_KEYS, JSON_VALUES | RECIPIENTS, max_size=6)
BATCH_LINES = st.one_of(
    ITEMS.map(json.dumps),
    JSON_VALUES.map(json.dumps),
    LINE_TEXT,
    st.just('{"id": 1, "draft": "Hallo Anna", "channel": ["email"]}'),
    st.integers(1000, 6000).map(lambda n: '{"draft": "x", "id": ' + "7" * n + "}"),
    st.integers(1000, 60_000).map(lambda n: "[" * n),
)


def _rows_expected(path: Path) -> int:
    with path.open(encoding="utf-8-sig", errors="replace") as stream:
        return sum(1 for line in stream if line.strip())


@fuzz(BATCH_EXAMPLES)
@given(lines=st.lists(BATCH_LINES, min_size=1, max_size=8))
def test_random_batch_lines_each_get_one_row(
    lines: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "in.jsonl"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        rc = cli.main(
            ["check", "--batch", str(path), "--no-grammar", "--no-embeddings", "--data-dir", folder]
        )
        out, err = capsys.readouterr()
        assert rc == 0, err
        rows = [json.loads(row) for row in out.splitlines()]
        assert len(rows) == _rows_expected(path)
        assert all(("report" in row) != ("error" in row) for row in rows)
        assert "Traceback" not in err


def test_a_line_break_character_in_an_id_stays_inside_its_row(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    # found by the fuzz test above: U+0085 in an echoed id split a row for str.splitlines
    path = tmp_path / "in.jsonl"
    path.write_text(
        '{"id": {"\\u0085": null}}\n'
        '{"id": "a\\u2028b", "draft": "Hallo Anna\\u2029Wie geht es?"}\n',
        encoding="utf-8",
    )
    rc = cli.main(["check", "--batch", str(path), "--no-grammar", "--no-embeddings"])
    out, _ = capsys.readouterr()
    assert rc == 0
    rows = out.splitlines()
    assert rows == out.rstrip("\n").split("\n")  # every reader sees the same two rows
    assert [json.loads(row)["id"] for row in rows] == [{"\x85": None}, "a\u2028b"]


CSV_CELLS = st.text(max_size=30) | st.sampled_from(['"', '""', '"a"b', "\r", "\n", ",", "\x00"])
CSV_TEXT = st.lists(st.lists(CSV_CELLS, max_size=5), max_size=6).map(
    lambda rows: "Name,Firma,Notes\n" + "\n".join(",".join(row) for row in rows)
)


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    rc = cli.main(argv)
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return rc, out, err


@fuzz(CSV_EXAMPLES)
@given(content=st.binary(max_size=400) | CSV_TEXT.map(lambda t: t.encode("utf-8", "replace")))
def test_random_csv_files_import_or_fail_cleanly(
    content: bytes, capsys: pytest.CaptureFixture[str]
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "c.csv"
        path.write_bytes(content)
        rc, _out, err = _run(
            [
                "profiles",
                "import-csv",
                str(path),
                "--map",
                "name=Name,company=Firma,notes=Notes",
                "--data-dir",
                folder,
            ],
            capsys,
        )
        assert rc in (0, 1)
        if "not a valid CSV file" in err:
            assert err.count("\n") == 1
            rc, out, _err = _run(["profiles", "list", "--data-dir", folder], capsys)
            assert out == ""  # all or nothing


def _valid_backup() -> dict[str, Any]:
    return {
        "format": "outreach-coach-library",
        "version": 1,
        "people": [
            {
                "profile": {"name": "Anna Berger", "tags": ["x"], "notes": "Vortrag"},
                "drafts": [{"text": "Hallo", "updated": "2024-01-01"}],
                "sent": [{"recipient": "Anna", "text": "Hi", "sent_at": "2024-01-02"}],
            }
        ],
        "unassigned_sent": [{"recipient": "Bob", "text": "Hey", "sent_at": "2024-01-03"}],
        "suppressions": [{"rule": "en.x", "text": "t", "reason": "r"}],
    }


PATHS = st.sampled_from(
    [
        ("people",),
        ("people", 0),
        ("people", 0, "profile"),
        ("people", 0, "profile", "name"),
        ("people", 0, "profile", "tags"),
        ("people", 0, "drafts"),
        ("people", 0, "drafts", 0, "text"),
        ("people", 0, "sent", 0),
        ("people", 0, "sent", 0, "sent_at"),
        ("unassigned_sent",),
        ("unassigned_sent", 0, "text"),
        ("suppressions", 0),
        ("suppressions", 0, "rule"),
        ("version",),
    ]
)


def _mutated(path: tuple[str | int, ...], value: object) -> dict[str, Any]:
    backup = _valid_backup()
    node: Any = backup
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    return backup


@fuzz(RESTORE_EXAMPLES)
@given(
    backup=JSON_VALUES.map(json.dumps)
    | st.builds(_mutated, PATHS, JSON_VALUES).map(json.dumps)
    | st.binary(max_size=200).map(lambda raw: raw.decode("latin-1"))
)
def test_random_backups_restore_or_fail_cleanly(
    backup: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "backup.json"
        path.write_text(backup, encoding="utf-8")
        rc, _out, err = _run(["profiles", "restore", str(path), "--data-dir", folder], capsys)
        assert rc in (0, 1)
        if rc == 1 and ("shape" in err or "not a JSON backup" in err):
            assert err.count("\n") == 1
            rc, out, _err = _run(["profiles", "list", "--data-dir", folder], capsys)
            assert out == ""  # validated before anything is written

"""Files with personal data are 0600 from the moment they exist (even under umask 000),
written atomically, and never into a file that belongs to another user."""

from __future__ import annotations

import logging
import os
import stat
from typing import TYPE_CHECKING

import pytest

from outreach_coach import cli, logs
from outreach_coach.files import write_private

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

OTHER_USER = 65534  # nobody


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def open_umask() -> Iterator[None]:
    """The most permissive umask: whatever the app creates must restrict itself."""
    old = os.umask(0)
    yield
    os.umask(old)


@pytest.mark.usefixtures("open_umask")
def test_library_exports_and_backups_are_private_from_the_start(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    csv = tmp_path / "c.csv"
    csv.write_text("Name,Notes\nAnna Berger,Vortrag\n", encoding="utf-8")
    assert (
        cli.main(
            [
                "profiles",
                "import-csv",
                str(csv),
                "--map",
                "name=Name,notes=Notes",
                "--data-dir",
                str(data),
            ]
        )
        == 0
    )
    person, backup = tmp_path / "anna.json", tmp_path / "backup.json"
    assert (
        cli.main(
            ["profiles", "export", "Anna Berger", "--out", str(person), "--data-dir", str(data)]
        )
        == 0
    )
    assert cli.main(["profiles", "backup", "--out", str(backup), "--data-dir", str(data)]) == 0
    capsys.readouterr()
    assert mode(person) == 0o600
    assert mode(backup) == 0o600
    assert "Anna Berger" in person.read_text(encoding="utf-8")
    for name in ("library.sqlite3", "library.sqlite3-wal", "library.sqlite3-shm"):
        if (data / name).exists():
            assert mode(data / name) == 0o600, name
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_out_never_writes_into_another_users_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    if os.geteuid() != 0:
        pytest.skip("giving a file to another user needs root (chown)")
    data = str(tmp_path / "data")
    csv = tmp_path / "c.csv"
    csv.write_text("Name,Notes\nAnna Berger,private notes\n", encoding="utf-8")
    assert (
        cli.main(
            [
                "profiles",
                "import-csv",
                str(csv),
                "--map",
                "name=Name,notes=Notes",
                "--data-dir",
                data,
            ]
        )
        == 0
    )
    theirs = tmp_path / "theirs.txt"
    theirs.write_text("their content\n", encoding="utf-8")
    os.chown(theirs, OTHER_USER, OTHER_USER)
    theirs.chmod(0o644)
    capsys.readouterr()
    rc = cli.main(["profiles", "export", "Anna Berger", "--out", str(theirs), "--data-dir", data])
    err = capsys.readouterr().err
    assert rc == 1
    assert "belongs to another user" in err
    assert err.count("\n") == 1
    assert theirs.read_text(encoding="utf-8") == "their content\n"
    assert theirs.stat().st_uid == OTHER_USER


def test_out_refuses_a_folder_or_device(tmp_path: Path) -> None:
    from outreach_coach.errors import InputError

    with pytest.raises(InputError, match="not a regular file"):
        write_private(tmp_path, "x")


@pytest.mark.usefixtures("open_umask")
def test_the_log_is_private_also_after_rotation(tmp_path: Path) -> None:
    path = logs.setup_logging(tmp_path / "logs")
    try:
        [handler] = [
            h
            for h in logging.getLogger().handlers
            if isinstance(h, logging.handlers.RotatingFileHandler)
        ]
        logging.getLogger("test").info("before rotation")
        handler.doRollover()
        logging.getLogger("test").info("after rotation")
        handler.doRollover()
        files = sorted((tmp_path / "logs").iterdir())
        assert [f.name for f in files] == [
            "outreach-coach.log",
            "outreach-coach.log.1",
            "outreach-coach.log.2",
        ]
        assert {f.name: mode(f) for f in files} == {f.name: 0o600 for f in files}
        assert mode(path) == 0o600
    finally:
        logs.close_logging()
    assert handler not in logging.getLogger().handlers

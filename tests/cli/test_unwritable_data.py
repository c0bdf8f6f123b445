"""A data folder that cannot be written (a read-only mount, or another user's folder): the
CLI warns in one line and goes on with a temporary library, or refuses a write in one line;
it never dies at chmod and never loosens the user's own permissions."""

from __future__ import annotations

import os
import stat
from typing import TYPE_CHECKING

from outreach_coach import cli
from outreach_coach.paths import ENV_DATA_DIR
from tests.protect import cli_as_nobody, cli_in_read_only_mount

if TYPE_CHECKING:
    from pathlib import Path

    import pytest


def _library_with_anna(data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    csv = data.parent / "c.csv"
    csv.write_text("Name\nAnna Berger\n", encoding="utf-8")
    assert (
        cli.main(
            ["profiles", "import-csv", str(csv), "--map", "name=Name", "--data-dir", str(data)]
        )
        == 0
    )
    capsys.readouterr()


def _one_line(err: str) -> str:
    assert "Traceback" not in err
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    return lines[0]


def test_read_only_data_folder_reads_with_a_warning_and_refuses_writes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"  # config, cache and logs live inside: all read-only
    _library_with_anna(data, capsys)
    env = {ENV_DATA_DIR: str(data)}
    listed = cli_in_read_only_mount(data, ["profiles", "list"], env)
    assert listed.returncode == 0, listed.stderr
    assert "temporary library in memory" in _one_line(listed.stderr)
    checked = cli_in_read_only_mount(
        data, ["check", "-", "--no-grammar", "--no-embeddings", "--json"], env
    )
    assert checked.returncode == 0, checked.stderr
    csv = tmp_path / "more.csv"
    csv.write_text("Name\nBob Smith\n", encoding="utf-8")
    imported = cli_in_read_only_mount(
        data, ["profiles", "import-csv", str(csv), "--map", "name=Name"], env
    )
    assert imported.returncode == 1
    assert "Nothing was changed" in _one_line(imported.stderr)


def test_another_users_data_folder_is_not_chmodded_and_not_fatal(tmp_path: Path) -> None:
    data = tmp_path / "theirs"
    data.mkdir(mode=0o755)
    data.chmod(0o755)
    tmp_path.chmod(0o755)
    result = cli_as_nobody(["profiles", "list"], {ENV_DATA_DIR: str(data)})
    assert result.returncode == 0, result.stderr
    assert "temporary library in memory" in _one_line(result.stderr)
    assert stat.S_IMODE(data.stat().st_mode) == 0o755
    recorded = cli_as_nobody(
        ["history", "record", "/dev/null", "--recipient", "x"], {ENV_DATA_DIR: str(data)}
    )
    assert recorded.returncode == 1
    assert "cannot be used" in _one_line(recorded.stderr)


def test_the_users_own_permissions_are_never_loosened(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    _library_with_anna(data, capsys)
    data.chmod(0o500)  # the user's choice: read-only for now
    try:
        rc = cli.main(["profiles", "list", "--data-dir", str(data)])
        capsys.readouterr()
        assert stat.S_IMODE(data.stat().st_mode) == 0o500
        if os.geteuid() != 0:
            assert rc == 0
    finally:
        data.chmod(0o700)


def test_new_folders_are_created_private_whatever_the_umask(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old = os.umask(0)
    try:
        assert cli.main(["profiles", "list", "--data-dir", str(tmp_path / "new")]) == 0
    finally:
        os.umask(old)
    capsys.readouterr()
    assert stat.S_IMODE((tmp_path / "new").stat().st_mode) == 0o700


def test_read_only_library_file_gives_one_line_and_keeps_the_library(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    _library_with_anna(data, capsys)
    library = data / "library.sqlite3"
    before = library.read_bytes()
    message = tmp_path / "m.txt"
    message.write_text("Hallo Anna, danke für den Vortrag.", encoding="utf-8")
    recorded = cli_in_read_only_mount(
        library,
        ["history", "record", str(message), "--recipient", "Anna Berger"],
        {ENV_DATA_DIR: str(data)},
    )
    assert recorded.returncode == 1
    line = _one_line(recorded.stderr)
    assert "cannot be written" in line or "cannot be used" in line
    assert library.read_bytes() == before

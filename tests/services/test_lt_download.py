"""The "local" LanguageTool download: a real HTTP transfer on loopback, verified and unpacked."""

from __future__ import annotations

import functools
import hashlib
import http.server
import threading
import zipfile
from typing import TYPE_CHECKING

import pytest

from outreach_coach.errors import ServiceUnavailableError
from outreach_coach.services.languagetool import (
    DownloadNeededError,
    GrammarChecker,
    GrammarSettings,
)
from outreach_coach.services.lt_download import Release, download_release, installed_folder

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path


@pytest.fixture
def served(tmp_path: Path) -> Iterator[Path]:
    """A folder served over HTTP on a free loopback port (yields the folder; url in .url)."""
    folder = tmp_path / "www"
    folder.mkdir()
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    (folder / ".port").write_text(str(server.server_address[1]))
    yield folder
    server.shutdown()


def _release_zip(folder: Path, entries: dict[str, bytes]) -> Release:
    archive = folder / "LanguageTool-9.9.zip"
    with zipfile.ZipFile(archive, "w") as bundle:
        for name, data in entries.items():
            bundle.writestr(name, data)
    port = (folder / ".port").read_text()
    digest = hashlib.sha256(archive.read_bytes()).hexdigest()
    return Release("9.9", f"http://127.0.0.1:{port}/{archive.name}", digest)


def test_download_verifies_unpacks_and_reports_progress(served: Path, tmp_path: Path) -> None:
    release = _release_zip(
        served,
        {
            "LanguageTool-9.9/languagetool-server.jar": b"jar" * 50_000,
            "LanguageTool-9.9/libs/a.jar": b"lib",
        },
    )
    seen: list[tuple[int, int | None]] = []
    cache = tmp_path / "cache"
    folder = download_release(release, cache, lambda done, total: seen.append((done, total)))
    assert folder == cache / "LanguageTool-9.9"
    assert installed_folder(cache, release) == folder
    assert (folder / "libs" / "a.jar").read_bytes() == b"lib"
    assert seen[-1][0] == seen[-1][1]
    assert not [p for p in cache.iterdir() if p.name.startswith(".download-")]


def test_a_wrong_checksum_installs_nothing(served: Path, tmp_path: Path) -> None:
    release = _release_zip(served, {"LanguageTool-9.9/languagetool-server.jar": b"x"})
    tampered = Release(release.version, release.url, "0" * 64)
    with pytest.raises(ServiceUnavailableError, match="checksum"):
        download_release(tampered, tmp_path / "cache")
    assert installed_folder(tmp_path / "cache", release) is None


def test_an_archive_with_unsafe_paths_is_refused(served: Path, tmp_path: Path) -> None:
    release = _release_zip(
        served,
        {"LanguageTool-9.9/languagetool-server.jar": b"x", "../../escape.txt": b"gotcha"},
    )
    with pytest.raises(ServiceUnavailableError, match="Unsafe path"):
        download_release(release, tmp_path / "cache")
    assert not (tmp_path / "escape.txt").exists()


def test_no_server_answering_is_a_clear_error(tmp_path: Path) -> None:
    release = Release("9.9", "http://127.0.0.1:9/none.zip", "0" * 64)
    with pytest.raises(ServiceUnavailableError, match="Could not download"):
        download_release(release, tmp_path / "cache", timeout=2)


def test_local_mode_without_a_download_asks_first(tmp_path: Path) -> None:
    checker = GrammarChecker(GrammarSettings(mode="local", cache_dir=str(tmp_path)))
    with pytest.raises(DownloadNeededError):
        checker.start()
    checker.close()

"""LanguageTool for the "local" grammar mode: downloaded once, after the user agreed,
verified against the checksum language-tool-python ships, unpacked into the app's cache.

The download streams to a temporary file with progress; nothing is unpacked unless the
SHA-256 matches, and the release folder appears only when complete (atomic rename).
"""

from __future__ import annotations

import hashlib
import logging
import shutil
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from outreach_coach.errors import ServiceUnavailableError

log = logging.getLogger(__name__)

MAX_DOWNLOAD_BYTES = 512 * 1024 * 1024
APPROXIMATE_MB = 250
Progress = Callable[[int, int | None], None]  # bytes so far, total (if known)


@dataclass(frozen=True, slots=True)
class Release:
    version: str
    url: str
    sha256: str

    @property
    def folder_name(self) -> str:
        return f"LanguageTool-{self.version}"


def default_release() -> Release:
    """The release language-tool-python expects, with its published checksum."""
    from language_tool_python.download_lt import (
        EXPECTED_DOWNLOAD_SHA256,
        LTP_DOWNLOAD_VERSION,
        ReleaseLocalLanguageTool,
    )

    version = LTP_DOWNLOAD_VERSION
    return Release(
        version,
        ReleaseLocalLanguageTool(version).download_url,
        str(EXPECTED_DOWNLOAD_SHA256.get(version, "")),
    )


def installed_folder(cache: Path, release: Release) -> Path | None:
    folder = cache / release.folder_name
    return folder if (folder / "languagetool-server.jar").exists() else None


def download_release(
    release: Release,
    cache: Path,
    progress: Progress = lambda done, total: None,
    timeout: float = 30.0,
) -> Path:
    """Download, verify and unpack ``release`` into ``cache``; the finished folder."""
    if not release.sha256:
        raise ServiceUnavailableError(
            f"No checksum known for LanguageTool {release.version}",
            hint="Use a LanguageTool folder or server in the settings instead",
        )
    cache.mkdir(mode=0o700, parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=cache, prefix=".download-") as work:
        archive = Path(work) / "languagetool.zip"
        _fetch(release, archive, progress, timeout)
        unpacked = Path(work) / "unpacked"
        _unzip(archive, unpacked)
        tops = [entry for entry in unpacked.iterdir() if entry.is_dir()]
        source = tops[0] if len(tops) == 1 else unpacked
        if not (source / "languagetool-server.jar").exists():
            raise ServiceUnavailableError(
                "The download is not a LanguageTool release (no languagetool-server.jar)"
            )
        target = cache / release.folder_name
        if target.exists():
            shutil.rmtree(target)
        source.rename(target)
    log.info("LanguageTool %s installed in %s", release.version, target)
    return target


def _fetch(release: Release, archive: Path, progress: Progress, timeout: float) -> None:
    import urllib.request  # here: http.client costs a tenth of a second at start-up

    digest = hashlib.sha256()
    try:
        with urllib.request.urlopen(release.url, timeout=timeout) as response:
            length = response.headers.get("Content-Length")
            total = int(length) if length and length.isdigit() else None
            if total is not None and total > MAX_DOWNLOAD_BYTES:
                raise ServiceUnavailableError(f"Refusing to download {total} bytes")
            done = 0
            with archive.open("wb") as out:
                while block := response.read(1 << 16):
                    done += len(block)
                    if done > MAX_DOWNLOAD_BYTES:
                        raise ServiceUnavailableError("The download is larger than expected")
                    digest.update(block)
                    out.write(block)
                    progress(done, total)
    except OSError as error:
        raise ServiceUnavailableError(
            f"Could not download LanguageTool from {release.url}: {error}",
            hint="Check the internet connection, or use a LanguageTool folder or server",
        ) from error
    if digest.hexdigest() != release.sha256.lower():
        raise ServiceUnavailableError(
            "The LanguageTool download is damaged or not the expected file (checksum mismatch)",
            hint="Nothing was installed; try again later",
        )


def _unzip(archive: Path, target: Path) -> None:
    """Extract, refusing absolute paths and ``..`` (a hostile archive cannot write elsewhere)."""
    try:
        with zipfile.ZipFile(archive) as bundle:
            for member in bundle.infolist():
                path = PurePosixPath(member.filename)
                if path.is_absolute() or ".." in path.parts:
                    raise ServiceUnavailableError(f"Unsafe path in the download: {path}")
            bundle.extractall(target)
    except zipfile.BadZipFile as error:
        raise ServiceUnavailableError(f"The download is not a valid ZIP file: {error}") from error

"""Write protection that holds for root too: a read-only bind mount (root), or chmod (anyone
else). Tests that need it skip with the kernel's reason where mounting is refused."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence
    from pathlib import Path

NOBODY = 65534


def _run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True, timeout=30, check=False)


@contextlib.contextmanager
def read_only(path: Path) -> Iterator[None]:
    """``path`` (a folder or a file) cannot be written by this process while inside."""
    if os.geteuid() != 0:
        old = path.stat().st_mode
        path.chmod(0o500 if path.is_dir() else 0o400)
        try:
            yield
        finally:
            path.chmod(old)
        return
    bind = _run("mount", "--bind", str(path), str(path))
    if bind.returncode != 0:
        pytest.skip(f"a read-only bind mount is refused here: {bind.stderr.strip()}")
    remount = _run("mount", "-o", "remount,bind,ro", str(path))
    try:
        if remount.returncode != 0:
            pytest.skip(f"remounting read-only is refused here: {remount.stderr.strip()}")
        yield
    finally:
        _run("umount", "-l", str(path))


def cli_as_nobody(args: Sequence[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """The real CLI as another user (uid 65534): files of this user are not theirs."""
    if os.geteuid() != 0 or shutil.which("setpriv") is None:
        pytest.skip("running as another user needs root and setpriv")
    as_nobody = ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups"]
    probe = _run(*as_nobody, sys.executable, "-c", "import outreach_coach")
    if probe.returncode != 0:  # e.g. a checkout inside a 0700 temporary folder
        pytest.skip(f"user {NOBODY} cannot import this checkout: {probe.stderr.strip()[-200:]}")
    return subprocess.run(
        [
            "setpriv",
            f"--reuid={NOBODY}",
            f"--regid={NOBODY}",
            "--clear-groups",
            sys.executable,
            "-m",
            "outreach_coach",
            *args,
        ],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "HOME": "/nonexistent", **env},
        cwd="/",
        check=False,
    )


def cli_in_read_only_mount(
    folder: Path, args: Sequence[str], env: dict[str, str]
) -> subprocess.CompletedProcess[str]:
    """The real CLI in a user+mount namespace where ``folder`` is a read-only bind mount."""
    if shutil.which("unshare") is None:
        pytest.skip("unshare is not installed")
    probe = _run("unshare", "-rm", "true")
    if probe.returncode != 0:
        pytest.skip(f"the kernel refuses user namespaces: {probe.stderr.strip()}")
    script = 'mount --bind -o ro "$0" "$0" && exec "$@"'
    return subprocess.run(
        [
            "unshare",
            "-rm",
            "sh",
            "-c",
            script,
            str(folder),
            sys.executable,
            "-m",
            "outreach_coach",
            *args,
        ],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, **env},
        check=False,
    )

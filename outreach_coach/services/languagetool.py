"""Grammar and spelling through LanguageTool, via language-tool-python.

Modes: ``off``; ``url`` (a server the user runs; text leaves the machine unless the host is
local); ``directory`` (an unpacked LanguageTool or a folder of its jars, such as the one
``make languagetool`` fills: we start ``org.languagetool.server.HTTPServer`` on a free
loopback port and restart it when it dies); ``local`` (the app downloads a verified
LanguageTool release into its cache once, after the user agreed, and runs it like a folder).
LanguageTool counts UTF-16 code units; findings are mapped to ``str`` offsets here.
"""

from __future__ import annotations

import logging
import shutil
import socket
import subprocess
import tempfile
import time
import urllib.parse
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from outreach_coach.core.offsets import Utf16Map, without_lone_surrogates
from outreach_coach.errors import ServiceUnavailableError
from outreach_coach.services.lt_download import APPROXIMATE_MB, default_release, installed_folder
from outreach_coach.services.lt_findings import (
    batches,
    match_to_finding,
    paragraphs,
    shifted,
)

if TYPE_CHECKING:
    from outreach_coach.core.model import Finding

log = logging.getLogger(__name__)

MODES = ("off", "local", "directory", "url")
PARAGRAPH_CACHE = 512
# Measured with 40 new texts in German and English up to 10,000 characters, 2026-12-01: the
# default G1 collector with -Xmx1536m grew to 1505 MB resident (963 MB once warm, and that run
# also had a 45,000-character paragraph); the serial collector with a
# 768 MB heap and the C1 compiler only (C2 cost more CPU than it saved in a session) stays at
# 763 MB and needs less CPU (28 instead of 48 s to start on a loaded machine; checks 30 % less
# than with C2). The live data after a full GC is about 400 MB: a 512 MB heap thrashes.
JVM_HEAP = "768m"
JVM_OPTIONS = ("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1")
# Keep checking pipelines between requests: without this the German speller is rebuilt for
# every request (about 1 s each, measured).
SERVER_CONFIG = (
    "pipelineCaching=true\n"
    "pipelinePrewarming=false\n"
    "maxPipelinePoolSize=20\n"
    "pipelineExpireTimeInSeconds=3600\n"
)

_LANGUAGE_CODES = {"de": "de-DE", "en": "en-US"}


@dataclass(frozen=True, slots=True)
class GrammarSettings:
    """How to reach LanguageTool and what to ask it for."""

    mode: str = "off"
    url: str = ""
    directory: str = ""
    english_variant: str = "en-US"
    mother_tongue: str = ""
    picky: bool = False
    disabled_rules: frozenset[str] = field(default_factory=frozenset)
    disabled_categories: frozenset[str] = field(default_factory=frozenset)
    cache_dir: str = ""  # where the "local" mode keeps its downloaded LanguageTool


class DownloadNeededError(ServiceUnavailableError):
    """The "local" mode has no LanguageTool yet; the user must agree to the download."""


def is_local_url(url: str) -> bool:
    """True when the server runs on this machine, so no text leaves it."""
    host = urllib.parse.urlparse(url).hostname or ""
    return host in {"localhost", "127.0.0.1", "::1"} or host.startswith("127.")


def free_loopback_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def wait_until_answering(
    url: str, timeout: float, process: subprocess.Popen[bytes] | None = None
) -> None:
    """Poll ``/v2/languages`` until the server answers; fail early if the process died."""
    import urllib.request  # here: http.client costs a tenth of a second at start-up

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise ServiceUnavailableError(
                f"LanguageTool stopped while starting (exit code {process.returncode})",
                hint="Check that the folder holds all LanguageTool jars and Java 17+ is installed",
            )
        try:
            with urllib.request.urlopen(url.rstrip("/") + "/v2/languages", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    raise ServiceUnavailableError(f"LanguageTool did not answer at {url} within {timeout:.0f} s")


class LocalServer:
    """A LanguageTool HTTP server started from a folder of jars, on a free loopback port."""

    def __init__(self, directory: Path, startup_timeout: float = 90.0) -> None:
        self.directory = directory
        self.startup_timeout = startup_timeout
        self.process: subprocess.Popen[bytes] | None = None
        self.url = ""
        self._scratch: Path | None = None

    def classpath(self) -> str:
        if (self.directory / "languagetool-server.jar").exists():  # an unpacked release
            return str(self.directory / "languagetool-server.jar")
        if not any(self.directory.glob("languagetool-server*.jar")):
            raise ServiceUnavailableError(
                f"No LanguageTool server jar in {self.directory}",
                hint="Run `make languagetool` or point the setting at an unpacked LanguageTool",
            )
        return str(self.directory / "*")

    def start(self) -> str:
        java = shutil.which("java")
        if java is None:
            raise ServiceUnavailableError(
                "Java is not installed", hint="LanguageTool needs Java 17 or newer"
            )
        port = free_loopback_port()
        classpath = self.classpath()
        self._scratch = Path(tempfile.mkdtemp(prefix="outreach-coach-lt-"))
        config = self._scratch / "server.properties"
        config.write_text(SERVER_CONFIG, encoding="ascii")
        command = [
            java,
            "-Xss2m",
            f"-Xmx{JVM_HEAP}",
            *JVM_OPTIONS,
            # the German speller unpacks ~10 MB of dictionaries into java.io.tmpdir on every
            # start and never removes them; a private folder is deleted in stop()
            f"-Djava.io.tmpdir={self._scratch}",
            "-cp",
            classpath,
            "org.languagetool.server.HTTPServer",
            "--port",
            str(port),
            "--config",
            str(config),
        ]
        log.info("starting LanguageTool on port %d", port)
        self.process = subprocess.Popen(
            command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL
        )
        self.url = f"http://127.0.0.1:{port}"
        try:
            wait_until_answering(self.url, self.startup_timeout, self.process)
        except ServiceUnavailableError:
            self.stop()
            raise
        return self.url

    @property
    def alive(self) -> bool:
        return self.process is not None and self.process.poll() is None

    @property
    def scratch(self) -> Path | None:
        """The server's private temporary folder (the German speller unpacks its dictionaries
        there); ``stop`` removes it, and it is None while stopped."""
        return self._scratch

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        self.process = None
        if self._scratch is not None:
            shutil.rmtree(self._scratch, ignore_errors=True)
            self._scratch = None


class GrammarChecker:
    """Check texts with LanguageTool; one instance per grammar lane (not thread-safe)."""

    def __init__(self, settings: GrammarSettings) -> None:
        if settings.mode not in MODES or settings.mode == "off":
            raise ServiceUnavailableError(f"Grammar mode {settings.mode!r} does not check anything")
        self.settings = settings
        self._server: LocalServer | None = None
        self._tools: dict[str, Any] = {}
        self._url = ""
        self.restarts = 0
        # (language, paragraph) → findings with offsets into that paragraph
        self._paragraphs: OrderedDict[tuple[str, str], tuple[Finding, ...]] = OrderedDict()

    @property
    def server(self) -> LocalServer | None:
        """The local server this checker started ("local" and "directory" modes; a restart
        replaces it); None when it reaches LanguageTool by URL."""
        return self._server

    @property
    def description(self) -> str:
        where = "local server" if self._server else self._url
        return f"LanguageTool ({where})"

    def start(self) -> None:
        """Start or reach the server; raises ``ServiceUnavailableError`` with a reason."""
        mode = self.settings.mode
        if mode == "local":
            folder = installed_folder(Path(self.settings.cache_dir), default_release())
            if folder is None:
                raise DownloadNeededError(
                    "LanguageTool is not downloaded yet",
                    hint=f"About {APPROXIMATE_MB} MB; the app asks before downloading",
                )
            self._server = LocalServer(folder)
            self._url = self._server.start()
        elif mode == "directory":
            self._server = LocalServer(Path(self.settings.directory).expanduser())
            self._url = self._server.start()
        elif mode == "url":
            self._url = self.settings.url.rstrip("/")
            wait_until_answering(self._url, timeout=10)
        for language, sample in (("de", "Das ist ein Test."), ("en", "This is a test.")):
            self._check_chunk(sample, language)  # builds the pipelines now, not on first use

    def close(self) -> None:
        for tool in self._tools.values():
            try:
                tool.close()
            except Exception:
                log.debug("closing LanguageTool client failed", exc_info=True)
        self._tools.clear()
        if self._server is not None:
            self._server.stop()

    def _tool_for(self, language: str) -> Any:
        code = self.settings.english_variant if language == "en" else _LANGUAGE_CODES["de"]
        if code not in self._tools:
            import language_tool_python

            kwargs: dict[str, Any] = {"mother_tongue": self.settings.mother_tongue or None}
            if self._url:
                kwargs["remote_server"] = self._url
            try:
                tool = language_tool_python.LanguageTool(code, **kwargs)
            except Exception as error:
                raise ServiceUnavailableError(f"LanguageTool could not start: {error}") from error
            tool.picky = self.settings.picky
            tool.disabled_rules = set(self.settings.disabled_rules)
            tool.disabled_categories = set(self.settings.disabled_categories)
            self._tools[code] = tool
        return self._tools[code]

    def check(self, text: str, language: str) -> list[Finding]:
        """Grammar, spelling and style findings with ``str`` offsets.

        Only paragraphs not checked before are sent (typing changes one paragraph), together
        in requests of up to ``CHUNK_CHARS``; results are cached per paragraph.
        """
        pieces = paragraphs(text)
        missing = list(dict.fromkeys(p for _, p in pieces if (language, p) not in self._paragraphs))
        for batch in batches(missing):
            self._check_batch(batch, language)
        findings: list[Finding] = []
        for start, piece in pieces:
            cached = self._paragraphs.get((language, piece), ())
            self._paragraphs[(language, piece)] = cached
            self._paragraphs.move_to_end((language, piece))
            findings.extend(shifted(finding, start) for finding in cached)
        while len(self._paragraphs) > PARAGRAPH_CACHE:
            self._paragraphs.popitem(last=False)
        return findings

    def _check_batch(self, batch: list[str], language: str) -> None:
        """One request for several paragraphs, joined by blank lines; findings go back to the
        paragraph they fall in (one never spans two: LanguageTool checks within paragraphs)."""
        joined = "\n\n".join(batch)
        starts: list[int] = []
        position = 0
        for piece in batch:
            starts.append(position)
            position += len(piece) + 2
        per_piece: list[list[Finding]] = [[] for _ in batch]
        for finding in self._check_chunk(joined, language):
            index = max(i for i, start in enumerate(starts) if start <= finding.start)
            local = shifted(finding, -starts[index])
            if local.end <= len(batch[index]):
                per_piece[index].append(local)
        for piece, found in zip(batch, per_piece, strict=True):
            self._paragraphs[(language, piece)] = tuple(found)

    def _check_chunk(self, chunk: str, language: str) -> list[Finding]:
        sendable = without_lone_surrogates(chunk)  # one broken character must not cost the rest
        try:
            matches = self._tool_for(language).check(sendable)
        except Exception as error:
            if self._server is None or self._server.alive:
                raise ServiceUnavailableError(f"LanguageTool failed: {error}") from error
            self._restart()
            matches = self._tool_for(language).check(sendable)
        mapping = Utf16Map(chunk)
        return [finding for match in matches if (finding := match_to_finding(match, mapping))]

    def _restart(self) -> None:
        log.warning("LanguageTool server died; restarting it")
        self.restarts += 1
        self.close()
        self.start()


ENV_LANGUAGETOOL = "OUTREACH_COACH_LANGUAGETOOL"


def settings_from_value(value: str) -> GrammarSettings:
    """``off``, ``local``, a server URL or a LanguageTool folder, as one setting string."""
    value = value.strip()
    if not value or value == "off":
        return GrammarSettings(mode="off")
    if value == "local":
        return GrammarSettings(mode="local")
    if value.startswith(("http://", "https://")):
        return GrammarSettings(mode="url", url=value)
    return GrammarSettings(mode="directory", directory=value)

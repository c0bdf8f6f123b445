"""The only reader of packaged resources (``resources/`` ships as ``outreach_coach.resources``)."""

from __future__ import annotations

import io
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from importlib.util import find_spec
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

LANGUAGES = ("de", "en")

if TYPE_CHECKING:  # the rules and references are imported where used: not at start-up
    from collections.abc import Sequence
    from importlib.resources.abc import Traversable

    from numpy.typing import NDArray

    from outreach_coach.core.model import Category
    from outreach_coach.core.rules.catalog import Catalog
    from outreach_coach.core.score.references import References

_PACKAGE = "outreach_coach.resources"


@cache
def _package_folder() -> Path:
    """Where ``outreach_coach.resources`` lies: a folder, as ``importlib.resources`` would find
    it for a package on disk (the app never runs from a zip: PySide6 cannot), without importing
    ``importlib.resources`` and ``zipfile`` at every start."""
    spec = find_spec(_PACKAGE)
    if spec is None or spec.origin is None:
        raise ModuleNotFoundError(f"{_PACKAGE} is not installed")
    return Path(spec.origin).parent


def resource(relative: str) -> Traversable:
    """A packaged file; refuses absolute paths and ``..`` so no caller can escape the package."""
    parts = relative.split("/")
    if relative.startswith("/") or ".." in parts or "" in parts:
        raise ValueError(f"invalid resource path: {relative!r}")
    node: Traversable = _package_folder()
    for part in parts:
        node = node.joinpath(part)
    return node


def read_text(relative: str) -> str:
    return resource(relative).read_text(encoding="utf-8")


def _read_toml(relative: str) -> dict[str, Any]:
    """A packaged TOML file; tomllib is imported here, so a start that reads none skips it."""
    import tomllib

    return tomllib.loads(read_text(relative))


@cache
def builtin_catalogs() -> dict[str, Catalog]:
    """The shipped phrase catalogs (every ``phrases/<lang>/*.toml``), parsed once per process."""
    from outreach_coach.core.rules.catalog import Catalog, parse_catalog

    catalogs: dict[str, Catalog] = {}
    for language in LANGUAGES:
        files = sorted(
            (
                node
                for node in resource(f"phrases/{language}").iterdir()
                if node.name.endswith(".toml")
            ),
            key=lambda node: node.name,
        )
        entries = [
            entry
            for node in files
            for entry in parse_catalog(
                language, node.read_text(encoding="utf-8"), f"{language}/{node.name}"
            ).entries
        ]
        catalogs[language] = Catalog(language, entries)
    return catalogs


@dataclass(frozen=True, slots=True)
class Bank:
    """The shipped reference texts of one language: synthetic profiles, generic sentences."""

    profiles: tuple[str, ...]
    generic: tuple[str, ...]
    typical: tuple[tuple[str, Category], ...] = ()
    # (segment lines, all lines) of ``banks/segments-<lang>.toml``: people like the recipient
    segments: tuple[tuple[str, str], ...] = ()


@cache
def builtin_bank(language: str, with_segments: bool = True) -> Bank:
    """``banks/profiles-<lang>.toml``, ``banks/generic-<lang>.toml``,
    ``banks/typical-<lang>.toml`` (typical sentences per category) and, unless left out (the
    start-up references), ``banks/segments-<lang>.toml``; read once."""
    from outreach_coach.core.model import Category

    profiles = _read_toml(f"banks/profiles-{language}.toml").get("profile", [])
    generic = _read_toml(f"banks/generic-{language}.toml").get("sentences", [])
    groups = _read_toml(f"banks/typical-{language}.toml").get("group", [])
    return Bank(
        tuple(str(entry["notes"]) for entry in profiles if entry.get("notes")),
        tuple(str(sentence) for sentence in generic),
        tuple(
            (str(sentence), Category(group["category"]))
            for group in groups
            for sentence in group.get("sentences", [])
        ),
        segment_bank(language) if with_segments else (),
    )


@cache
def segment_bank(language: str) -> tuple[tuple[str, str], ...]:
    """(segment lines, all lines) per profile of ``banks/segments-<lang>.toml``."""
    segments = _read_toml(f"banks/segments-{language}.toml").get("profile", [])
    return tuple(
        (
            "\n".join(entry.get("segment", [])),
            "\n".join([*entry.get("segment", []), *entry.get("facts", [])]),
        )
        for entry in segments
    )


@cache
def builtin_references() -> dict[str, References]:
    """Reference profiles and generic sentences per language, split into facts once."""
    return {language: _references(builtin_bank(language)) for language in LANGUAGES}


@cache
def startup_references() -> dict[str, References]:
    """The references without the segment bank: cheap enough to build before the window shows
    (the segment bank's 900 profiles take about a second); the model loader swaps in the full
    ones (``references_with``) in its own thread."""
    from outreach_coach.core.score.references import build_references

    return {
        language: build_references(bank.profiles, bank.generic, bank.typical)
        for language, bank in ((language, builtin_bank(language, False)) for language in LANGUAGES)
    }


def references_with(own_profiles: Sequence[str]) -> dict[str, References]:
    """The built-in references plus the user's own saved people (in both languages: the
    model compares across them, and a German note still tells what is common)."""
    if not own_profiles:
        return builtin_references()
    return {language: _references(builtin_bank(language), own_profiles) for language in LANGUAGES}


def _references(bank: Bank, own_profiles: Sequence[str] = ()) -> References:
    from outreach_coach.core.score.references import build_references

    return build_references(
        (*bank.profiles, *own_profiles), bank.generic, bank.typical, bank.segments
    )


def welcome_example(language: str) -> dict[str, object]:
    """The first-run example person, draft and welcome text (``de`` or ``en``)."""
    chosen = language if language in LANGUAGES else "en"
    return dict(_read_toml(f"examples/welcome-{chosen}.toml"))


def detector_weights(name: str = "detector.npz") -> dict[str, NDArray[Any]]:
    """A learned model's weights (``models/detector.npz``, ``models/buzzwords.npz``); numpy is
    imported here, in the loader's thread, not at start-up."""
    return weights_archive(resource(f"models/{name}").read_bytes(), name)


def weights_archive(data: bytes, name: str) -> dict[str, NDArray[Any]]:
    """Every array in ``data``, read now: a damaged file raises OSError, as a missing one does,
    so the loaders' one ``except OSError`` leaves the catalog working. numpy raises
    BadZipFile, ValueError or EOFError for a truncated or foreign file, and a member whose
    bytes are damaged fails only when it is read (BadZipFile for its checksum, zlib.error),
    which is why every member is read here and not later, in the middle of a loader."""
    import zipfile
    import zlib

    import numpy as np

    try:
        with np.load(io.BytesIO(data), allow_pickle=False) as archive:
            return {key: archive[key] for key in archive.files}
    except (zipfile.BadZipFile, zlib.error, ValueError, EOFError) as error:
        raise OSError(f"models/{name} is damaged: {error}") from error


@cache
def first_name_genders() -> Mapping[str, str]:
    """``names/first-names.tsv``: lower-case first name → ``"f"`` or ``"m"`` (about 28,000
    names, ambiguous ones left out; GFDL data, see resources/PROVENANCE.md), read once."""
    text = read_text("names/first-names.tsv")
    body = text[text.index("\nname\tgender\n") + len("\nname\tgender\n") :]
    cells = body.replace("\t", "\n").split("\n")
    genders = dict(zip(cells[0::2], cells[1::2], strict=False))
    genders.pop("", None)
    return MappingProxyType(genders)


class LazyFirstNames(Mapping[str, str]):
    """:func:`first_name_genders`, read on first use (by the analysis, off the GUI thread) so
    that start-up does not pay for it."""

    def __getitem__(self, name: str) -> str:
        return first_name_genders()[name]

    def __iter__(self) -> Iterator[str]:
        return iter(first_name_genders())

    def __len__(self) -> int:
        return len(first_name_genders())

"""The only reader of packaged resources (``resources/`` ships as ``outreach_coach.resources``)."""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

from outreach_coach.core.catalog import Catalog, parse_catalog

LANGUAGES = ("de", "en")

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

_PACKAGE = "outreach_coach.resources"


def resource(relative: str) -> Traversable:
    """A packaged file; refuses absolute paths and ``..`` so no caller can escape the package."""
    parts = relative.split("/")
    if relative.startswith("/") or ".." in parts or "" in parts:
        raise ValueError(f"invalid resource path: {relative!r}")
    node = resources.files(_PACKAGE)
    for part in parts:
        node = node.joinpath(part)
    return node


def read_text(relative: str) -> str:
    return resource(relative).read_text(encoding="utf-8")


@cache
def builtin_catalogs() -> dict[str, Catalog]:
    """The shipped phrase catalogs (every ``phrases/<lang>/*.toml``), parsed once per process."""
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

"""Errors the user can act on (message + hint); anything else is a bug and goes to the log."""

from __future__ import annotations


class OutreachCoachError(Exception):
    """An expected problem caused by the environment or the input, shown to the user."""

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.message}. {self.hint}" if self.hint else self.message


class ServiceUnavailableError(OutreachCoachError):
    """A model or server could not be started; the coach works on without it."""


class InputError(OutreachCoachError):
    """A file or value given by the user cannot be used."""

"""Ordinary, non-outreach text as negatives for the detector: half of the SMS Spam Collection's
ham (CC BY 4.0, training/data/PROVENANCE.md); the other half measures the ham flag rate."""

from __future__ import annotations

import hashlib
from pathlib import Path

from outreach_coach.core.model import Recipient
from training.corpus import Draft

TRAIN_FILE = Path(__file__).parent / "data" / "sms_ham_train.txt"
FAMILY = "casual-sms"


def half(message: str) -> int:
    """0 = training half, 1 = measuring half (stable: a hash of the text)."""
    return hashlib.blake2b(message.encode(), digest_size=2).digest()[0] % 2


def casual_drafts() -> list[Draft]:
    """The training half as unlabelled English drafts of their own family."""
    lines = TRAIN_FILE.read_text(encoding="utf-8").splitlines()
    return [
        Draft(f"sms-{index}", FAMILY, "en", "casual", text, Recipient(), "", ())
        for index, text in enumerate(lines)
        if text.strip()
    ]

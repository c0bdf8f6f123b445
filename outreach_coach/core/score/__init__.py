"""The personalization score: facts, contrast with other people, claims, caps and wording."""

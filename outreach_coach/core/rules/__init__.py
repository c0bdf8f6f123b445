"""Coaching rules: each module turns a draft (and the recipient) into findings or metrics."""

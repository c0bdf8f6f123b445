"""Outreach Coach: write one message to one person, beside a live coach."""

__version__ = "0.1.0"
APP_NAME = "Outreach Coach"
APP_ID = "io.github.outreach_coach.OutreachCoach"

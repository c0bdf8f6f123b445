"""What was sent before: near duplicates and mass-message findings."""

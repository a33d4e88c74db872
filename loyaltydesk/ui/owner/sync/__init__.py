"""Sync with a loyalty provider: the settings, the outbox and the differences."""

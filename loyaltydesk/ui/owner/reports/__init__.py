"""Reports and the audit log."""

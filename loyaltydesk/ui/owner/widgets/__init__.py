"""The owner pages' one toolkit: columns, the table model and view, fields, service calls."""

"""The counter: what the cashier uses all day."""

"""Vouchers: batches, their detail and printing."""

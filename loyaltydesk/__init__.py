"""loyaltydesk: a desktop loyalty counter for small shops."""

__version__ = "0.1.0"

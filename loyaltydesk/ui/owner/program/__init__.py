"""The loyalty program: settings, tiers and the rewards catalog."""

"""Icons, stylesheets, sounds and translations, installed as ``loyaltydesk.resources``."""

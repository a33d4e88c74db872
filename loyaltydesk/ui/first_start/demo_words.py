"""The demo shop's names (shop, tiers, rewards, staff, voucher batch) in the app's language,
so a Spanish till's demo offers "Café gratis" and not "Free coffee"."""

from __future__ import annotations

from loyaltydesk.services.demo import DemoWords
from loyaltydesk.ui.translation import TranslationContext


class DemoShopWords(TranslationContext):
    """Names of the demo shop's things: data the owner can rename, not the app's own words."""


def demo_words() -> DemoWords:
    """The demo's names in the language installed now (call on the GUI thread)."""
    tr = DemoShopWords.tr
    return DemoWords(
        shop_name=tr("Kopi & Co. (demo)"),
        tiers=(tr("Member"), tr("Silver"), tr("Gold")),
        rewards=(tr("Free coffee"), tr("Pastry of the day"), tr("10% off"), tr("Tote bag")),
        owner=tr("Owner"),
        cashier=tr("Cashier"),
        voucher_batch=tr("Welcome back"),
        demo_customer=tr("Demo Customer"),
    )

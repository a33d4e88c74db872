"""The demo shop's names (shop, tiers, rewards, staff, voucher batch) in the app's language,
so a Spanish till's demo offers "Café gratis" and not "Free coffee"."""

from __future__ import annotations

from loyaltydesk.services.demo import DemoWords
from loyaltydesk.ui.translation import TranslationContext


class DemoShopWords(TranslationContext):
    """Names of the demo shop's things: data the owner can rename, not the app's own words."""


def demo_words() -> DemoWords:
    """The demo's names in the language installed now (call on the GUI thread)."""
    return DemoWords(
        shop_name=DemoShopWords.tr("Kopi & Co. (demo)"),
        tiers=(DemoShopWords.tr("Member"), DemoShopWords.tr("Silver"), DemoShopWords.tr("Gold")),
        rewards=(
            DemoShopWords.tr("Free coffee"),
            DemoShopWords.tr("Pastry of the day"),
            DemoShopWords.tr("10% off"),
            DemoShopWords.tr("Tote bag"),
        ),
        owner=DemoShopWords.tr("Owner"),
        cashier=DemoShopWords.tr("Cashier"),
        voucher_batch=DemoShopWords.tr("Welcome back"),
        demo_customer=DemoShopWords.tr("Demo Customer"),
    )

"""The demo's first start shows a window with its progress while the demo shop is built."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale

from loyaltydesk.bootstrap import open_services
from loyaltydesk.config import resolve_config
from loyaltydesk.services.context import utc_now
from loyaltydesk.services.demo import DemoSummary, SimulatedClock, build_demo_shop
from loyaltydesk.ui.first_start.demo_build import DemoBuildWindow
from loyaltydesk.ui.languages import install_language
from loyaltydesk.ui.theme import apply_theme
from tests.gui.helpers import screenshot


def test_the_demo_build_shows_its_progress(qtbot, qapp, tmp_path: Path) -> None:
    apply_theme(qapp, dark=False)
    config = resolve_config(home=str(tmp_path), demo=True)
    open_services(config)
    window = DemoBuildWindow()
    qtbot.addWidget(window)
    window.resize(560, 200)
    window.show()
    qtbot.waitExposed(window)
    assert window.bar.maximum() == 0  # busy until the first customer is in

    def build(progress, words):
        clock = SimulatedClock(utc_now())
        services = open_services(config, durable=False, clock=clock)
        return build_demo_shop(services, clock, customers=40, progress=progress, words=words)

    shots: list[Path] = []
    window.bar.valueChanged.connect(
        lambda value: (
            shots.append(screenshot(window, "demo-build-progress")) if value == 20 else None
        )
    )
    with qtbot.waitSignal(window.built, timeout=120_000) as done:
        window.start(build)
    assert isinstance(done.args[0], DemoSummary)
    assert (window.bar.value(), window.bar.maximum()) == (40, 40)
    assert window.detail.text() == "40 of 40 customers, with their visits and rewards"
    assert shots, "the window showed the progress while the demo was built"
    window.wait_for_done(5_000)


def test_the_demo_shop_speaks_the_apps_language(qtbot, qapp, tmp_path: Path) -> None:
    """Started in Spanish, the demo's rewards, tiers and staff have Spanish names."""
    config = resolve_config(home=str(tmp_path), demo=True)
    open_services(config)
    translators = install_language(qapp, "es")
    try:
        window = DemoBuildWindow()
        qtbot.addWidget(window)

        def build(progress, words):
            clock = SimulatedClock(utc_now())
            services = open_services(config, durable=False, clock=clock)
            build_demo_shop(services, clock, customers=3, progress=progress, words=words)
            return services

        with qtbot.waitSignal(window.built, timeout=120_000) as done:
            window.start(build)
        window.wait_for_done(5_000)
    finally:
        for translator in translators:
            QCoreApplication.removeTranslator(translator)
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.Malaysia))
    services = done.args[0]
    titles = [reward.title for reward in services.rewards.list_rewards()]
    assert titles == ["Café gratis", "Bollería del día", "10 % de descuento", "Bolsa de tela"]
    tiers = [tier.name for tier in services.program.get_settings().rules.tiers]
    assert tiers == ["Socio", "Plata", "Oro"]
    assert services.customers.lookup("A1B2C3").name == "Cliente de prueba"

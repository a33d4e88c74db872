"""Vouchers with KiriMel (a real emulator on 127.0.0.1): a batch the owner creates is made at
KiriMel and prints with KiriMel's codes once they come (20 characters long, as the document's
example); a redemption at the counter names the customer on the card; offline it is recorded and
forwarded later, and a double redemption across shops is a Sync problem in words."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from loyaltydesk.domain.qr_payload import voucher_payload
from loyaltydesk.services.facade import Services
from loyaltydesk.sync.setup import configured_provider
from loyaltydesk.sync.worker import SyncEngine
from tests.gui.helpers import look_up, press, settle, sign_in, type_text
from tests.gui.owner.admin.steps import open_page
from tests.gui.sync.steps import CASHIER, OWNER, connect, shots, wait_for_sync
from tests.support.emulators.kirimel import API_KEY, API_SECRET, KiriMelEmulator
from tests.support.memory_keyring import memory_keyring

PHONE = "+60123456789"


class LongCodeKiriMel(KiriMelEmulator):
    """KiriMel making codes like its document's example (``VOUCHER_A1B2C3D4E5F6``)."""

    def _voucher_code(self) -> str:
        while True:
            code = "VOUCHER_" + "".join(self._codes.choice("0123456789ABCDEF") for _ in range(12))
            if code not in self.vouchers:
                return code


@pytest.fixture
def kirimel(real_services: Services) -> Iterator[LongCodeKiriMel]:
    with memory_keyring(), LongCodeKiriMel() as server:
        connect(real_services, "kirimel", server.base_url, api_key=API_KEY,
                api_secret=API_SECRET)  # fmt: skip
        yield server


@pytest.fixture
def member(real_services: Services, kirimel: LongCodeKiriMel) -> str:
    remote = kirimel.seed_customer(balance=50, name="Aisyah Rahman", phone=PHONE)
    real_services.customers.register(actor=CASHIER, name="Aisyah Rahman", phone=PHONE,
                                     ref_code="reg-aisyah")  # fmt: skip
    return remote


def _batch_with_kirimel_codes(qtbot, window, quantity: int = 3) -> tuple[str, ...]:
    services = window.services
    wait_for_sync(qtbot, window, "kirimel")
    created = services.vouchers.create_batch(
        actor=OWNER, name="Raya", voucher_type="FIXED", value="5.00", quantity=quantity
    )
    assert created.codes == ()
    assert created.batch.codes_state == "WAITING"
    qtbot.waitUntil(
        lambda: len(services.vouchers.batch_codes(created.batch_id)) > 0, timeout=20_000
    )
    return services.vouchers.batch_codes(created.batch_id)


def _drain(services: Services) -> None:
    """What the till's sync thread does, now: the test need not wait for its back-off."""
    provider = configured_provider(services)
    try:
        SyncEngine.from_services(services, provider).drain_once(deadline=time.monotonic() + 20)
    finally:
        provider.close()


def test_a_batch_waits_for_kirimel_codes_then_prints_them(
    qtbot, window, real_services, kirimel
) -> None:
    kirimel.latency = 1.5  # long enough to see the batch waiting
    page = open_page(qtbot, window, "vouchers")
    wait_for_sync(qtbot, window, "kirimel")
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    form = page.create_dialog
    qtbot.waitExposed(form)
    type_text(qtbot, form.name, "Raya week")
    for field, text in ((form.percent, "10"), (form.quantity, "5")):
        field.setFocus()
        field.selectAll()
        type_text(qtbot, field, text)
    assert form.create_button.isEnabled()
    qtbot.mouseClick(form.create_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    detail = page.detail
    assert detail.banner.text == (
        "Batch “Raya week” created. Vouchers: 5. KiriMel Loyalty makes their codes: they are "
        "printed once they arrive."
    )
    assert detail.printing.pages.text().startswith("Waiting for KiriMel Loyalty's codes…")
    assert not detail.printing.preview_button.isEnabled()
    assert not detail.printing.pdf_button.isEnabled()
    assert detail.table.model.rowCount() == 0
    shots(window, "sync-voucher-batch-waiting")

    qtbot.waitUntil(lambda: "have arrived" in detail.banner.text, timeout=30_000)
    settle(qtbot, window)
    made = sorted(code for code, v in kirimel.vouchers.items() if v.batch_id != "BATCH_SEED")
    assert sorted(detail.codes) == made
    assert all(len(code) == 20 for code in made)
    assert detail.printing.preview_button.isEnabled()
    assert detail.printing.pages.text() == "Per page: 24 · vouchers to print: 5 · pages: 1"
    shots(window, "sync-voucher-batch-ready")
    sheet = real_services.vouchers.voucher_print_data(detail.batch.batch_id)
    assert sorted(v.code for v in sheet.vouchers) == made


def test_a_redemption_needs_the_member_and_reaches_kirimel(
    qtbot, window, real_services, kirimel, member
) -> None:
    code = _batch_with_kirimel_codes(qtbot, window)[0]
    sign_in(qtbot, window, "0000")
    counter, flow = window.counter, window.counter.vouchers
    qtbot.keyClicks(counter.scan, voucher_payload(code))  # a scanner burst
    press(qtbot, counter.scan, Qt.Key.Key_Return)
    settle(qtbot, window)
    assert counter.state == "voucher"
    assert counter.banner.text == (
        "Scan the customer's member card first: KiriMel Loyalty needs to know who uses the "
        "voucher. It comes back here after."
    )
    assert not flow.actions.amount.isEnabled()
    shots(window, "sync-voucher-needs-member")

    look_up(qtbot, window, "012-345 6789")
    settle(qtbot, window)
    assert counter.state == "voucher"
    assert flow.card.holder.text() == "For Aisyah Rahman"
    assert flow.actions.amount.hasFocus()
    type_text(qtbot, flow.actions.amount, "30.00")
    press(qtbot, flow.actions.amount, Qt.Key.Key_Return)
    settle(qtbot, window)
    press(qtbot, None, Qt.Key.Key_Return)
    settle(qtbot, window)
    assert counter.banner.text.startswith("Voucher redeemed — RM5.00 off")
    shots(window, "sync-voucher-redeemed")
    qtbot.waitUntil(lambda: kirimel.vouchers[code].redeemed_by == member, timeout=30_000)


def test_offline_then_redeemed_at_another_shop_is_a_sync_problem(
    qtbot, window, real_services, kirimel, member
) -> None:
    code = _batch_with_kirimel_codes(qtbot, window)[0]
    kirimel.offline = True
    sign_in(qtbot, window, "0000")
    counter, flow = window.counter, window.counter.vouchers
    look_up(qtbot, window, "012-345 6789")
    press(qtbot, None, Qt.Key.Key_F3)  # to the scan field, its text selected
    qtbot.keyClicks(counter.scan, voucher_payload(code))
    press(qtbot, counter.scan, Qt.Key.Key_Return)
    settle(qtbot, window)
    type_text(qtbot, flow.actions.amount, "30.00")
    press(qtbot, flow.actions.amount, Qt.Key.Key_Return)
    settle(qtbot, window)
    press(qtbot, None, Qt.Key.Key_Return)
    settle(qtbot, window)
    assert counter.banner.text.startswith("Voucher redeemed")  # offline: recorded here
    assert real_services.sync.status().pending >= 1

    kirimel.vouchers[code].redeemed_by = "CUST_OTHER_SHOP"  # another branch was quicker
    kirimel.offline = False
    _drain(real_services)
    problems = real_services.sync.problems(actor=OWNER)
    assert [(p.code, p.customer_name) for p in problems] == [
        ("VOUCHER_ALREADY_REDEEMED", "Aisyah Rahman")
    ]
    press(qtbot, None, Qt.Key.Key_Escape)
    window.sign_out()
    page = open_page(qtbot, window, "sync")
    table = page.problems
    qtbot.waitUntil(lambda: table.view.model().rowCount() == 1, timeout=10_000)
    row = [table.view.model().index(0, c).data() for c in range(5)]
    assert row[1:4] == [
        "Aisyah Rahman",
        "Voucher used",
        "Voucher has already been used (VOUCHER_ALREADY_REDEEMED)",
    ]
    shots(window, "sync-page-voucher-problem")

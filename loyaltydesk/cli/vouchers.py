"""``loyaltydesk vouchers ...`` and ``loyaltydesk cards pdf ...``: thin over the voucher service.

PDFs need Qt's painter, so ``loyaltydesk.printing`` is imported only by the commands that print.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from loyaltydesk.cli.commands import CliContext
from loyaltydesk.cli.parser import CommandFactory, Parser, UsageError, _common, iso_date
from loyaltydesk.domain.errors import ErrorCode, InvalidInputError
from loyaltydesk.domain.vouchers import VoucherType
from loyaltydesk.services.voucher_dto import VoucherBatchSummary, VoucherRedemption, VoucherView

DEFAULT_VOID_REASON = "voided at the command line"

Handler = Callable[[CliContext], int]


def add_parsers(command: CommandFactory) -> None:
    vouchers = command("vouchers", "voucher batches: create, list, export, print, redeem, void")
    actions = vouchers.add_subparsers(
        dest="vouchers_action", metavar="ACTION", required=True, parser_class=Parser
    )

    def action(name: str, help_text: str) -> argparse.ArgumentParser:
        common = _common(suppress=True)
        return actions.add_parser(name, help=help_text, description=help_text, parents=[common])

    create = action("create", "make a batch of vouchers (owner)")
    create.add_argument("--name", required=True)
    create.add_argument("--type", required=True, type=str.upper, choices=list(VoucherType))
    create.add_argument("--value", help="percent off (PERCENT) or amount off (FIXED)")
    create.add_argument("--quantity", required=True, type=_whole, help="1 to 1000")
    create.add_argument("--from", dest="valid_from", type=iso_date, metavar="YYYY-MM-DD")
    create.add_argument("--until", dest="valid_until", type=iso_date, metavar="YYYY-MM-DD")
    create.add_argument("--min-purchase", metavar="AMOUNT")
    create.add_argument("--description", default="", help="the offer in words (BOGO)")

    action("list", "list voucher batches with their counts")

    show = action("show", "show a voucher, and its discount on --amount")
    show.add_argument("code", help="the code or the text of its QR")
    show.add_argument("--amount")

    export = action("export", "save a batch's codes as CSV")
    export.add_argument("batch", type=_whole)
    export.add_argument("file")

    pdf = action("pdf", "save a batch's unused vouchers as a printable PDF sheet")
    pdf.add_argument("batch", type=_whole)
    pdf.add_argument("file")
    pdf.add_argument("--page", type=str.lower, choices=["a4", "letter"], default="a4")

    redeem = action("redeem", "redeem a voucher on a purchase")
    redeem.add_argument("code", help="the code or the text of its QR")
    redeem.add_argument("--amount", required=True, help="the purchase amount, e.g. 25.50")
    redeem.add_argument("--ref")

    void = action("void", "cancel one voucher or a whole batch (owner)")
    void.add_argument("code", nargs="?")
    void.add_argument("--batch", type=_whole, metavar="ID")
    void.add_argument("--reason", default=DEFAULT_VOID_REASON)

    cards = command("cards", "member cards")
    card_actions = cards.add_subparsers(
        dest="cards_action", metavar="ACTION", required=True, parser_class=Parser
    )
    cards_pdf = card_actions.add_parser(
        "pdf",
        help="save member cards as a printable PDF",
        description="save member cards as a printable PDF: cards pdf (IDENT... | --all) FILE",
        parents=[_common(suppress=True)],
    )
    cards_pdf.add_argument("targets", nargs="+", metavar="IDENT... FILE")
    cards_pdf.add_argument("--all", action="store_true", help="every current member")
    cards_pdf.add_argument(
        "--paper", type=str.lower, choices=["card", "a4", "letter"], default="a4"
    )


# -- vouchers --------------------------------------------------------------------------------------


def cmd_vouchers(ctx: CliContext) -> int:
    return VOUCHER_ACTIONS[ctx.args.vouchers_action](ctx)


def cmd_create(ctx: CliContext) -> int:
    a = ctx.args
    services = ctx.open_services()
    created = services.vouchers.create_batch(
        actor=ctx.actor(services),
        name=a.name,
        voucher_type=a.type,
        value=a.value,
        quantity=a.quantity,
        valid_from=a.valid_from,
        valid_until=a.valid_until,
        min_purchase=a.min_purchase,
        description=a.description,
    )
    return ctx.out.success(
        {"batch_id": created.batch_id, "codes": list(created.codes)}, [str(created.batch_id)]
    )


def cmd_list(ctx: CliContext) -> int:
    batches = ctx.open_services().vouchers.list_batches()
    return ctx.out.success({"batches": batches}, [batch_line(b) for b in batches])


def cmd_show(ctx: CliContext) -> int:
    service = ctx.open_services().vouchers
    if ctx.args.amount is None:
        view = service.look_up_voucher(ctx.args.code)
        return ctx.out.success(view, view_lines(view))
    quote = service.check_voucher(code=ctx.args.code, amount=ctx.args.amount)
    money = f"{quote.voucher.currency} {quote.discount} off, {quote.amount_due} to pay"
    return ctx.out.success(quote, [*view_lines(quote.voucher), f"  on {quote.amount}: {money}"])


def cmd_export(ctx: CliContext) -> int:
    done = ctx.open_services().vouchers.export_batch_csv(ctx.args.batch, Path(ctx.args.file))
    return ctx.out.success(
        {"batch_id": done.batch_id, "path": str(done.path), "rows": done.rows},
        [f"Saved {done.rows} vouchers of batch {done.batch_id} to {done.path}."],
    )


def cmd_pdf(ctx: CliContext) -> int:
    from loyaltydesk.printing import PageSize, PrintError
    from loyaltydesk.printing.from_services import write_voucher_sheet

    data = ctx.open_services().vouchers.voucher_print_data(ctx.args.batch)
    path = Path(ctx.args.file)
    try:
        outcome = write_voucher_sheet(data, path, page_size=PageSize(ctx.args.page))
    except (PrintError, OSError) as exc:
        raise _unwritable(path) from exc
    return ctx.out.success(
        {
            "batch_id": data.batch_id,
            "path": str(path),
            "pages": outcome.pages,
            "vouchers": outcome.items,
        },
        [f"Saved {outcome.items} vouchers on {outcome.pages} pages to {path}."],
    )


def cmd_redeem(ctx: CliContext) -> int:
    services = ctx.open_services()
    result = services.vouchers.redeem_voucher(
        code=ctx.args.code, amount=ctx.args.amount, actor=ctx.actor(services), ref_code=ctx.ref()
    )
    return ctx.out.success(result, redemption_lines(result))


def cmd_void(ctx: CliContext) -> int:
    a = ctx.args
    if (a.code is None) == (a.batch is None):
        raise UsageError("give either a voucher CODE or --batch ID")
    services = ctx.open_services()
    actor = ctx.actor(services)
    if a.batch is not None:
        batch = services.vouchers.void_batch(batch_id=a.batch, reason=a.reason, actor=actor)
        return ctx.out.success(batch, [f"Batch {batch.batch_id} is void.", batch_line(batch)])
    view = services.vouchers.void_voucher(code=a.code, reason=a.reason, actor=actor)
    return ctx.out.success(view, [f"Voucher …{view.code[-4:]} is void."])


# -- cards -----------------------------------------------------------------------------------------


def cmd_cards(ctx: CliContext) -> int:
    from loyaltydesk.printing import CardPaper, PrintError
    from loyaltydesk.printing.from_services import write_member_cards

    a = ctx.args
    *idents, file = a.targets
    if a.all == bool(idents):
        raise UsageError("give the members (phone, email, short code...) or --all, then FILE")
    data = ctx.open_services().vouchers.member_cards(identifiers=idents, all_customers=a.all)
    if not data.cards:
        raise InvalidInputError("There are no members to print.", code=ErrorCode.INVALID_INPUT)
    path = Path(file)
    try:
        outcome = write_member_cards(data, path, paper=CardPaper(a.paper))
    except (PrintError, OSError) as exc:
        raise _unwritable(path) from exc
    return ctx.out.success(
        {"path": str(path), "pages": outcome.pages, "cards": outcome.items},
        [f"Saved {outcome.items} member cards on {outcome.pages} pages to {path}."],
    )


# -- lines for people ------------------------------------------------------------------------------


def batch_line(b: VoucherBatchSummary) -> str:
    until = f" until {b.valid_until_date}" if b.valid_until_date else ""
    void = " VOID" if b.voided_at else ""
    return (
        f"{b.batch_id}: {b.name} ({b.benefit}){until}{void} - issued {b.issued}, "
        f"available {b.available}, redeemed {b.redeemed}, void {b.void}, expired {b.expired}"
    )


def view_lines(v: VoucherView) -> list[str]:
    lines = [f"Voucher {v.code}: {v.benefit} [{v.state}]  batch {v.batch_id} {v.batch_name}"]
    if v.min_purchase is not None:
        lines.append(f"  minimum purchase {v.currency} {v.min_purchase}")
    if v.redeemed_at is not None:
        lines.append(
            f"  redeemed {v.redeemed_at:%Y-%m-%d %H:%M} UTC at {v.redeemed_till} "
            f"by {v.redeemed_by or '-'}"
        )
    return lines


def redemption_lines(r: VoucherRedemption) -> list[str]:
    line = f"Voucher {r.code_hint} ({r.benefit}): {r.currency} {r.discount} off {r.amount}, "
    line += f"{r.currency} {r.amount_due} to pay"
    if r.replayed:
        line += " (already recorded; nothing changed)"
    return [line]


def _whole(text: str) -> int:
    try:
        return int(text, 10)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text[:20]!r}") from None


def _unwritable(path: Path) -> InvalidInputError:
    return InvalidInputError(
        f"Cannot write {path.name}. Choose another folder or name.", code=ErrorCode.INVALID_INPUT
    )


VOUCHER_ACTIONS: dict[str, Handler] = {
    "create": cmd_create,
    "list": cmd_list,
    "show": cmd_show,
    "export": cmd_export,
    "pdf": cmd_pdf,
    "redeem": cmd_redeem,
    "void": cmd_void,
}

COMMANDS: dict[str, Handler] = {"vouchers": cmd_vouchers, "cards": cmd_cards}

"""One way for an owner page to run a service call: off the GUI thread on the task runner, a
refusal in words on the page's banner, anything unexpected logged and reported by signal
(``OwnerContext.signals.unexpected_error``; the owner area passes it to the main window)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, Protocol, cast

from PySide6.QtWidgets import QWidget

from loyaltydesk.domain.errors import ErrorCode, LoyaltyError
from loyaltydesk.ui.counter.banner import ResultBanner
from loyaltydesk.ui.messages import error_text
from loyaltydesk.ui.owner.base import OwnerContext

log = logging.getLogger(__name__)


class WithContext(Protocol):
    """An owner page, or a view inside one, that knows the owner context."""

    context: OwnerContext


def call(
    widget: QWidget,
    banner: ResultBanner,
    fn: Callable[[], Any],
    on_done: Callable[[Any], None],
    *,
    write: bool = False,
    on_refused: Callable[[LoyaltyError], bool] | None = None,
    on_failed: Callable[[], None] | None = None,
    form_words: bool = True,
) -> None:
    """Run ``fn`` off the GUI thread, then ``on_done`` with its result. ``widget`` is the page
    or view asking (it has the owner ``context``); outcomes that arrive after it was closed
    are dropped. A refusal is shown in ``banner`` (unless ``on_refused`` handles it); anything
    else is reported unexpected; ``on_failed`` runs first either way. ``form_words``: see
    ``refusal_text``."""
    context: OwnerContext = cast(WithContext, widget).context

    def failed(error: Exception) -> None:
        if on_failed is not None:
            on_failed()
        if isinstance(error, LoyaltyError) and on_refused is not None and on_refused(error):
            return
        show_failure(context, banner, error, form_words=form_words)

    context.runner.run(fn, on_done, failed, parent=widget, write=write)


def show_failure(
    context: OwnerContext, banner: ResultBanner, error: Exception, *, form_words: bool = True
) -> None:
    """A refusal in words on ``banner``; anything else reported unexpected."""
    if isinstance(error, LoyaltyError):
        banner.show_message(refusal_text(error, context, form_words=form_words), "bad")
    else:
        report_unexpected(context, error)


def refusal_text(error: LoyaltyError, context: OwnerContext, *, form_words: bool = True) -> str:
    """The words for a refusal. With ``form_words`` (the admin forms), the counter's general
    "check what you typed" would hide which field an owner's form got wrong, so the
    service's own sentence is kept for those."""
    if form_words and error.code in (ErrorCode.INVALID_INPUT, ErrorCode.INVALID_SETTINGS):
        return error.message
    return error_text(error, context.fmt)


def report_unexpected(context: OwnerContext, error: Exception) -> None:
    """Logged with its traceback and reported by signal; the main window tells the person
    once per kind."""
    log.error("owner page task failed", exc_info=error)
    context.signals.unexpected_error.emit(error)

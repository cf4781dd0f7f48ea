"""The browser's own stages of a member call, the same for the sync and the async class:
the URL the policy checks, the upload resolution through the file policy, the context `confirm`
is shown, and `BrowserReport`, which turns each call's outcome plus the driver's report into
the content sent (holding back what an error result cannot carry).

Caps: at most `PENDING_MAX` held-back state changes (the oldest are dropped first), and a tab's
URL in the confirm context is the bounded one the model read.
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, cast

from .._functions import ToolError
from ._contract import BetaToolsetCallContext, text_only
from ._errors import (
    NO_UPLOAD_ROOTS,
    ToolsetContractError,
    ToolsetUsageError,
    UploadRefusedError,
    URLRefusedError,
)
from ._hooks import BetaConfirmContext, BetaURLContext
from ._loop import hook_refusal
from ._members import TAB_MEMBERS, Member
from ._render import (
    NAVIGATION_REFUSED_LINE,
    browser_state_block,
    dialog_lines,
    is_download,
    render_result,
    text_block,
)
from ._results import BetaBrowserState, BetaDialogDismissed, BetaNavigationRefused
from ._text import FIELD_MAX, bounded_url

if TYPE_CHECKING:
    from ....types.beta import BetaBrowserStateChangeParam, BetaBrowserStateTabEntryParam
    from ._contract import BetaToolsetContent
    from ._hooks import BetaFilePolicy

__all__ = ["BrowserReport", "Call", "PENDING_MAX", "policy_verdict", "resolve_uploads"]

PENDING_MAX = 200
_HISTORY = frozenset({"back", "forward", "reload"})
POLICY_REFUSED = "refused by the URL policy"
NEW_TAB_NOT_ACTIVE = (
    "new_tab opened a tab, but the browser does not report it as the only active tab. "
    "Call list_tabs to see the tabs."
)


class Call:
    """One member call in progress: what each stage produced, for the stages after it."""

    def __init__(self, context: BetaToolsetCallContext, name: str) -> None:
        self.context = context
        self.name = name
        self.member: Member | None = None
        self.input: Any = None
        self.result: object = None
        self.error: ToolError | None = None

    @property
    def tab_id(self) -> str | None:
        """The tab the call names (only a member whose input declares `tab_id` names one)."""
        if self.member is None or "tab_id" not in self.member.input.model_fields:
            return None
        return getattr(self.input, "tab_id", None) or None

    @property
    def tool_use_id(self) -> str | None:
        return self.context.tool_use.id if self.context.tool_use is not None else None

    def hook_context(self) -> BetaURLContext:
        return BetaURLContext.model_construct(
            member=cast(Any, self.member.name if self.member else None),
            tab_id=self.tab_id,
            tool_use_id=self.tool_use_id,
        )

    def navigation_url(self) -> str | None:
        """The URL of a `navigate` call as the model wrote it, for the URL policy; `None` for
        the history words (passed on in lower case) and for other members."""
        if self.member is None or self.member.name != "navigate":
            return None
        url: str = self.input.url
        word = url.strip().lower()
        if word in _HISTORY:
            object.__setattr__(self.input, "url", word)
            return None
        return url


def policy_verdict(answer: object, raised: Exception | None) -> None:
    """Proceed when the URL policy returned `None`; refuse when it raised (a non-`ToolError` fails
    closed with the SDK's own text); a returned value is a contract error (a predicate written
    `return False` must not pass silently)."""
    if raised is not None:
        raise hook_refusal(raised, URLRefusedError(POLICY_REFUSED))
    if answer is not None:
        raise ToolsetContractError(
            "url_policy must return None to allow or raise ToolError to refuse; "
            f"got {type(answer).__name__}"
        )


def resolve_uploads(call: Call, policy: BetaFilePolicy | None) -> None:
    """For `file_upload`: replace `paths` and `document_ids` with what the file policy returns,
    before `confirm` and the driver see them. Without a policy, naming either is refused."""
    if call.member is None or call.member.name != "file_upload":
        return
    upload = call.input
    if policy is None:
        if upload.paths:
            raise UploadRefusedError(NO_UPLOAD_ROOTS)
        if upload.document_ids:
            raise UploadRefusedError("file_upload has no configured document allowlist")
        return
    context = call.hook_context()
    for field, hook in (
        ("paths", "resolve_upload_paths"),
        ("document_ids", "resolve_upload_documents"),
    ):
        given = getattr(upload, field)
        if not given:
            continue
        try:
            vetted = list(getattr(policy, hook)(context, list(given)))
        except Exception as exc:
            raise hook_refusal(
                exc, UploadRefusedError("the file policy could not vet the upload")
            ) from None
        object.__setattr__(upload, field, vetted)


def checked_state(state: object) -> BetaBrowserState:
    """The driver's report with each tab URL bounded, or a contract error for a wrong type."""
    if not isinstance(state, BetaBrowserState):
        raise ToolsetContractError(
            f"_browser_state returned {type(state).__name__}; return a BetaBrowserState"
        )
    return state


class BrowserReport:
    """What outlives one call: changes not sent yet, lines waiting for a result that can hold
    text, and the last reported tabs (what `confirm` is shown)."""

    def __init__(self) -> None:
        self.pending: list[BetaBrowserStateChangeParam] = []
        self.refused_pending = False
        self.dialogs_pending: list[BetaDialogDismissed] = []
        self.last_tabs: list[BetaBrowserStateTabEntryParam] = []

    def confirm_context(self, call: Call) -> BetaConfirmContext:
        """The context shown to `confirm`: member, parsed input, target tab as last reported."""
        assert call.member is not None
        target = None
        for tab in self.last_tabs:
            if (call.tab_id is not None and tab.get("tab_id") == call.tab_id) or (
                call.tab_id is None and tab.get("active") is True
            ):
                target = tab
                break
        return BetaConfirmContext.model_construct(
            tool_use=call.context.tool_use,
            member=cast(Any, call.member.name),
            input=call.input,
            tab_id=call.tab_id if target is None else target["tab_id"],
            tab_url=None if target is None else bounded_url(target["url"]),
        )

    def finish(
        self, call: Call, state: BetaBrowserState, policy: BetaFilePolicy | None
    ) -> tuple[BetaToolsetContent, bool]:
        """The content for the call and whether it is an error. A success carries the member's
        content, any waiting lines, then the `browser_state` block; an error carries the error
        text and the lines, and its state changes wait for the next block."""
        try:
            return self._finish(call, state, policy)
        except ToolsetUsageError:
            raise
        except (KeyError, TypeError, AttributeError) as exc:
            raise ToolsetContractError(
                f"browser_state returned a report the SDK cannot read ({type(exc).__name__}); "
                "report each tab and state change with its documented fields"
            ) from exc

    def _finish(
        self, call: Call, state: BetaBrowserState, policy: BetaFilePolicy | None
    ) -> tuple[BetaToolsetContent, bool]:
        tabs = list(state.tabs)
        refused = self.refused_pending
        dialogs = list(self.dialogs_pending)
        wire: list[BetaBrowserStateChangeParam] = []
        for change in state.state_changes:
            if isinstance(change, BetaNavigationRefused):
                refused = True
            elif isinstance(change, BetaDialogDismissed):
                dialogs.append(change)
            else:
                wire.append(change)
        self.last_tabs = tabs
        changes = _coalesce([*self.pending, *wire], tabs)
        self.pending = changes[-PENDING_MAX:]

        opened = None
        if call.error is None and call.member is not None and call.member.name == "new_tab":
            opened = call.result.get("tab_id") if isinstance(call.result, dict) else None
            if opened is not None and [t["tab_id"] for t in tabs if t.get("active") is True] != [
                opened
            ]:
                # The API refuses a new_tab result unless the new tab is the only active one.
                call.error = ToolError(NEW_TAB_NOT_ACTIVE)

        if call.error is not None:
            content = text_only(call.error.content)
            blocks: list[Any] = [text_block(content)] if isinstance(content, str) else list(content)
            for block in blocks:
                block["text"] = block["text"][:FIELD_MAX]
            return [*blocks, *self._lines(refused, dialogs)], True

        assert call.member is not None
        content_ = render_result(call.member, call.input, call.result)
        held: list[BetaBrowserStateChangeParam] = []
        if opened is not None:
            # Exactly one tab_opened, for the new tab; one for another tab (a popup) waits.
            kept = [c for c in changes if c["type"] != "tab_opened" or c.get("tab_id") == opened]
            held = [c for c in changes if c["type"] == "tab_opened" and c.get("tab_id") != opened]
            if not any(c["type"] == "tab_opened" for c in kept):
                kept.append({"type": "tab_opened", "tab_id": opened})
            changes = kept
        block = browser_state_block(tabs, changes, policy)
        self.pending = held
        if call.member.name in TAB_MEMBERS:
            # A result that is the block alone has no room for text: the lines wait.
            self.refused_pending, self.dialogs_pending = refused, dialogs
            return [block], False
        return [*content_, *self._lines(refused, dialogs), block], False

    def _lines(self, refused: bool, dialogs: Sequence[BetaDialogDismissed]) -> list[Any]:
        self.refused_pending, self.dialogs_pending = False, []
        lines = [NAVIGATION_REFUSED_LINE] if refused else []
        return [text_block(line) for line in [*lines, *dialog_lines(dialogs)]]


def _coalesce(
    changes: list[BetaBrowserStateChangeParam], tabs: Sequence[BetaBrowserStateTabEntryParam]
) -> list[BetaBrowserStateChangeParam]:
    """One block's changes: per `download_id` only the latest (where it stands), per tab only the
    first `tab_opened`, and only for a tab still open."""
    open_ids = {tab["tab_id"] for tab in tabs}
    last = {c.get("download_id"): i for i, c in enumerate(changes) if is_download(c)}
    kept: list[BetaBrowserStateChangeParam] = []
    seen: set[str] = set()
    for index, change in enumerate(changes):
        if change["type"] == "tab_opened":
            tab_id = change["tab_id"]
            if tab_id not in open_ids or tab_id in seen:
                continue
            seen.add(tab_id)
        elif is_download(change) and last[change.get("download_id")] != index:
            continue
        kept.append(copy.copy(change))
    return kept

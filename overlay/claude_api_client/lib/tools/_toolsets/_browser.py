"""The browser toolset (`browser_toolset_20260801`): `BetaAbstractBrowserToolset20260801` and its
async twin `BetaAsyncAbstractBrowserToolset20260801`.

A driver subclasses one, implements `_browser_state` and the members its browser supports, and
passes the instance in the tool runner's `tools=`. A member left unimplemented is sent as
`enabled: false` and, if the model calls it anyway, refused. One call runs these stages in order:
resolve the member (unknown / unavailable / disabled are refused), parse the input, the URL policy
(for `navigate`), the file policy (for `file_upload`), `confirm`, `execute` (which calls the
member), then `_browser_state` (after every call, refused ones included) and rendering.
"""

from __future__ import annotations

from abc import abstractmethod
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Literal, cast

from typing_extensions import override

from ...._core._types import NOT_GIVEN, NotGiven
from ....types.beta import BetaBrowserToolset20260801Param, BetaBrowserToolsetConfigsParam
from .._functions import ToolError
from ._browser_flow import BrowserReport, Call, checked_state, policy_verdict, resolve_uploads
from ._contract import BetaToolsetCallContext, BetaToolsetContent, as_refusal
from ._defaults import with_default_members
from ._errors import ToolsetContractError, ToolsetUsageError
from ._hooks import (
    BetaAsyncConfirmCallable,
    BetaAsyncURLPolicy,
    BetaConfirmCallable,
    BetaFilePolicy,
    BetaToolConfigs,
    BetaURLPolicy,
)
from ._loop import AsyncLoop, SyncLoop, ToolsetLoop
from ._members import BROWSER
from ._options import ToolsetEntry, check_hook, parse_input
from ._render import bounded_line
from ._results import (
    BetaBrowserMemberResult,
    BetaBrowserNavigateResult,
    BetaBrowserState,
    BetaScreenshotResult,
)
from ._text import FIELD_MAX

if TYPE_CHECKING:
    from ....types.beta import (
        BetaBrowserCloseTabInput,
        BetaBrowserDoubleClickInput,
        BetaBrowserFileUploadInput,
        BetaBrowserFindInput,
        BetaBrowserFormInputInput,
        BetaBrowserGetPageTextInput,
        BetaBrowserHoldKeyInput,
        BetaBrowserHoverInput,
        BetaBrowserJavascriptExecInput,
        BetaBrowserKeyInput,
        BetaBrowserLeftClickDragInput,
        BetaBrowserLeftClickInput,
        BetaBrowserLeftMouseDownInput,
        BetaBrowserLeftMouseUpInput,
        BetaBrowserListTabsInput,
        BetaBrowserMemberInput,
        BetaBrowserMemberName,
        BetaBrowserMiddleClickInput,
        BetaBrowserMouseMoveInput,
        BetaBrowserNavigateInput,
        BetaBrowserNewTabInput,
        BetaBrowserReadConsoleInput,
        BetaBrowserReadNetworkInput,
        BetaBrowserReadPageInput,
        BetaBrowserRightClickInput,
        BetaBrowserScreenshotInput,
        BetaBrowserScrollInput,
        BetaBrowserScrollToInput,
        BetaBrowserStateTabEntryParam,
        BetaBrowserSwitchTabInput,
        BetaBrowserTripleClickInput,
        BetaBrowserTypeInput,
        BetaBrowserWaitInput,
        BetaBrowserZoomInput,
    )

__all__ = ["BetaAbstractBrowserToolset20260801", "BetaAsyncAbstractBrowserToolset20260801"]

FAMILY: Literal["browser"] = "browser"

# The docstrings of the default member bodies that carry a warning (see `_defaults`).
_NOTES = {
    "javascript_exec": """Off by default, and enabling it takes a `confirm` callable: page
        content can steer the script the model asks for, and the script runs with the page's
        cookies and signed-in sessions, so drive a browser profile holding nothing you would not
        hand the model.""",
    "file_upload": """Off by default. Enabling it lets a page receive files from this machine:
        pass a `file_policy` confined to one dedicated directory. `input.paths` and
        `input.document_ids` arrive as the file policy returned them.""",
}


def _bounded(error: ToolError) -> ToolError:
    """A driver's refusal with each text cut to `FIELD_MAX` characters."""
    content = error.content
    if isinstance(content, str):
        return error if len(content) <= FIELD_MAX else ToolError(content[:FIELD_MAX])
    return error


def _state_error(exc: Exception) -> Exception:
    if isinstance(exc, ToolsetUsageError):
        return exc
    error = ToolsetContractError(
        f"_browser_state raised {type(exc).__name__}; return a BetaBrowserState and handle "
        "failures inside the hook"
    )
    error.__cause__ = exc
    return error


class _BrowserCommon(
    ToolsetEntry[BetaBrowserToolset20260801Param, BetaBrowserToolsetConfigsParam], ToolsetLoop
):
    """What both browser classes share: the options, the report state, and the stages of one
    call (written once, see `_core/_sync_async.py`)."""

    toolset_name = FAMILY
    _toolset_report: BrowserReport
    _toolset_url_policy: object
    _toolset_file_policy: BetaFilePolicy | None

    def _browser_init(
        self,
        configs: BetaBrowserToolsetConfigsParam | None,
        confirm: Any,
        url_policy: object,
        file_policy: BetaFilePolicy | None,
        tool_configs: BetaToolConfigs | None,
    ) -> None:
        self._toolset_init(BROWSER, configs, confirm, tool_configs, ["_browser_state"])
        if not isinstance(url_policy, NotGiven):
            check_hook(
                "url_policy", url_policy, asynchronous=self._toolset_async, twin=self._toolset_twin
            )
        # Kept as given: an explicit None is called like any policy (and so refuses navigate).
        self._toolset_url_policy = url_policy
        self._toolset_file_policy = file_policy
        self._toolset_report = BrowserReport()

    @abstractmethod
    def _browser_state(self, context: BetaToolsetCallContext) -> Any: ...

    @override
    async def _toolset_steps(
        self, context: BetaToolsetCallContext, name: str, input: Mapping[str, object]
    ) -> BetaToolsetContent:
        call = Call(context, name)
        try:
            member = call.member = self._toolset_options.resolve(name)
            call.input = parse_input(member, input, family=BROWSER)
            url = call.navigation_url()
            if url is not None:
                await self._apply_url_policy(call, url)
            if member.name == "file_upload":
                # resolving paths touches the disk: off the event loop
                await self._offload(resolve_uploads, call, self._toolset_file_policy)
            await self._toolset_confirm(member.name, self._toolset_report.confirm_context(call))
            try:
                result = await self._io(self.execute(context, member.name, call.input))
            except Exception as exc:
                call.error = _bounded(as_refusal(exc))
            else:
                call.result = bounded_line(member, result)
        except ToolError as exc:
            call.error = exc
        try:
            state = await self._io(self._browser_state(context))
        except Exception as exc:
            raise _state_error(exc) from exc
        # The file policy may resolve download paths on disk: off the event loop (the call lock
        # is held, so no other call touches the report meanwhile).
        content: BetaToolsetContent = await self._offload(self._finish, call, state)
        return content

    async def _apply_url_policy(self, call: Call, url: str) -> None:
        policy = self._toolset_url_policy
        if not isinstance(policy, NotGiven):
            hook = cast("Callable[..., object]", policy)
            policy_verdict(*await self._ask_hook(hook, call.hook_context(), url))

    def _finish(self, call: Call, state: object) -> BetaToolsetContent:
        content, is_error = self._toolset_report.finish(
            call, checked_state(state), self._toolset_file_policy
        )
        if is_error:
            raise ToolError(content) from call.error
        return content


@with_default_members(BROWSER, _NOTES)
class BetaAbstractBrowserToolset20260801(_BrowserCommon, SyncLoop):
    """The synchronous browser toolset. Subclass it, implement `_browser_state` and the members
    your browser supports (each takes `(context, input)` and returns the type in its signature;
    a pure action returns `None` or one line the model reads after the SDK's acknowledgment,
    such as `Clicked.`), and pass an instance in `tools=`. The tool runner never closes it:
    call `close()` or use `with`."""

    _toolset_twin = "BetaAsyncAbstractBrowserToolset20260801"

    def __init__(
        self,
        *,
        configs: BetaBrowserToolsetConfigsParam | None = None,
        confirm: BetaConfirmCallable | None = None,
        url_policy: BetaURLPolicy | NotGiven = NOT_GIVEN,
        file_policy: BetaFilePolicy | None = None,
        tool_configs: BetaToolConfigs | None = None,
    ) -> None:
        """Build the toolset; a mistake in the options raises `ToolsetConfigError`.

        Args:
            configs: The entry's `configs`, sent as given (`{"<member>": {"enabled": bool,
                "defer_loading": bool}}`), plus `enabled: false` for each member not implemented.
                A subclass overriding `execute` serves every member: switch off the rest here.
            confirm: `(context) -> bool`, asked before every call that is about to run (after
                the policies); only `True` runs it. Required while `javascript_exec` or
                `file_upload` is enabled.
            url_policy: `(context, url) -> None`, raising `ToolError` to refuse; called for each
                `navigate` to a URL, as the model wrote it, before the driver sees it. It does not
                see redirects or what a page loads by itself: intercept requests in the driver too.
            file_policy: Which upload paths and document ids `file_upload` may use and which
                download paths the model sees (`BetaLocalFilePolicy`). Without one, uploads that
                name files are refused and download paths are hidden.
            tool_configs: Fields of the entry itself, such as `{"cache_control": {...}}`.
        """
        self._browser_init(configs, confirm, url_policy, file_policy, tool_configs)

    @abstractmethod
    @override
    def _browser_state(self, context: BetaToolsetCallContext) -> BetaBrowserState:
        """The browser after a call: every open tab (one `active`) and the changes since the
        last report. Called after every call, refused and failed ones too."""

    if TYPE_CHECKING:  # the members' types; their default bodies come from `_defaults`

        @override
        def execute(
            self,
            context: BetaToolsetCallContext,
            name: BetaBrowserMemberName,
            input: BetaBrowserMemberInput,
        ) -> BetaBrowserMemberResult: ...
        def navigate(
            self, context: BetaToolsetCallContext, input: BetaBrowserNavigateInput
        ) -> BetaBrowserNavigateResult: ...
        def list_tabs(
            self, context: BetaToolsetCallContext, input: BetaBrowserListTabsInput
        ) -> list[BetaBrowserStateTabEntryParam]: ...
        def new_tab(
            self, context: BetaToolsetCallContext, input: BetaBrowserNewTabInput
        ) -> BetaBrowserStateTabEntryParam: ...
        def switch_tab(
            self, context: BetaToolsetCallContext, input: BetaBrowserSwitchTabInput
        ) -> BetaBrowserStateTabEntryParam: ...
        def close_tab(
            self, context: BetaToolsetCallContext, input: BetaBrowserCloseTabInput
        ) -> None: ...
        def read_page(
            self, context: BetaToolsetCallContext, input: BetaBrowserReadPageInput
        ) -> str: ...
        def get_page_text(
            self, context: BetaToolsetCallContext, input: BetaBrowserGetPageTextInput
        ) -> str: ...
        def read_console(
            self, context: BetaToolsetCallContext, input: BetaBrowserReadConsoleInput
        ) -> str: ...
        def read_network(
            self, context: BetaToolsetCallContext, input: BetaBrowserReadNetworkInput
        ) -> str: ...
        def find(self, context: BetaToolsetCallContext, input: BetaBrowserFindInput) -> str: ...
        def form_input(
            self, context: BetaToolsetCallContext, input: BetaBrowserFormInputInput
        ) -> str | None: ...
        def file_upload(
            self, context: BetaToolsetCallContext, input: BetaBrowserFileUploadInput
        ) -> str | None: ...
        def scroll_to(
            self, context: BetaToolsetCallContext, input: BetaBrowserScrollToInput
        ) -> str | None: ...
        def screenshot(
            self, context: BetaToolsetCallContext, input: BetaBrowserScreenshotInput
        ) -> BetaScreenshotResult: ...
        def zoom(
            self, context: BetaToolsetCallContext, input: BetaBrowserZoomInput
        ) -> BetaScreenshotResult: ...
        def left_click(
            self, context: BetaToolsetCallContext, input: BetaBrowserLeftClickInput
        ) -> str | None: ...
        def right_click(
            self, context: BetaToolsetCallContext, input: BetaBrowserRightClickInput
        ) -> str | None: ...
        def middle_click(
            self, context: BetaToolsetCallContext, input: BetaBrowserMiddleClickInput
        ) -> str | None: ...
        def double_click(
            self, context: BetaToolsetCallContext, input: BetaBrowserDoubleClickInput
        ) -> str | None: ...
        def triple_click(
            self, context: BetaToolsetCallContext, input: BetaBrowserTripleClickInput
        ) -> str | None: ...
        def hover(
            self, context: BetaToolsetCallContext, input: BetaBrowserHoverInput
        ) -> str | None: ...
        def left_click_drag(
            self, context: BetaToolsetCallContext, input: BetaBrowserLeftClickDragInput
        ) -> str | None: ...
        def left_mouse_down(
            self, context: BetaToolsetCallContext, input: BetaBrowserLeftMouseDownInput
        ) -> str | None: ...
        def left_mouse_up(
            self, context: BetaToolsetCallContext, input: BetaBrowserLeftMouseUpInput
        ) -> str | None: ...
        def mouse_move(
            self, context: BetaToolsetCallContext, input: BetaBrowserMouseMoveInput
        ) -> str | None: ...
        def scroll(
            self, context: BetaToolsetCallContext, input: BetaBrowserScrollInput
        ) -> str | None: ...
        def type(
            self, context: BetaToolsetCallContext, input: BetaBrowserTypeInput
        ) -> str | None: ...
        def key(
            self, context: BetaToolsetCallContext, input: BetaBrowserKeyInput
        ) -> str | None: ...
        def hold_key(
            self, context: BetaToolsetCallContext, input: BetaBrowserHoldKeyInput
        ) -> str | None: ...
        def wait(
            self, context: BetaToolsetCallContext, input: BetaBrowserWaitInput
        ) -> str | None: ...
        def javascript_exec(
            self, context: BetaToolsetCallContext, input: BetaBrowserJavascriptExecInput
        ) -> str: ...


@with_default_members(BROWSER, _NOTES)
class BetaAsyncAbstractBrowserToolset20260801(_BrowserCommon, AsyncLoop):
    """The asynchronous browser toolset, for `AsyncAnthropic`: as the synchronous class, with
    `async def` members and `_browser_state`, `confirm` and `url_policy` plain or `async`, and
    an awaited `close()` (`async with`)."""

    _toolset_twin = "BetaAbstractBrowserToolset20260801"

    def __init__(
        self,
        *,
        configs: BetaBrowserToolsetConfigsParam | None = None,
        confirm: BetaAsyncConfirmCallable | None = None,
        url_policy: BetaAsyncURLPolicy | NotGiven = NOT_GIVEN,
        file_policy: BetaFilePolicy | None = None,
        tool_configs: BetaToolConfigs | None = None,
    ) -> None:
        """Build the toolset; see `BetaAbstractBrowserToolset20260801.__init__` for the options
        (here `confirm` and `url_policy` may be `async`)."""
        self._browser_init(configs, confirm, url_policy, file_policy, tool_configs)

    @abstractmethod
    @override
    async def _browser_state(self, context: BetaToolsetCallContext) -> BetaBrowserState:
        """The browser after a call; see the synchronous class."""

    if TYPE_CHECKING:  # the members' types; their default bodies come from `_defaults`

        @override
        async def execute(
            self,
            context: BetaToolsetCallContext,
            name: BetaBrowserMemberName,
            input: BetaBrowserMemberInput,
        ) -> BetaBrowserMemberResult: ...
        async def navigate(
            self, context: BetaToolsetCallContext, input: BetaBrowserNavigateInput
        ) -> BetaBrowserNavigateResult: ...
        async def list_tabs(
            self, context: BetaToolsetCallContext, input: BetaBrowserListTabsInput
        ) -> list[BetaBrowserStateTabEntryParam]: ...
        async def new_tab(
            self, context: BetaToolsetCallContext, input: BetaBrowserNewTabInput
        ) -> BetaBrowserStateTabEntryParam: ...
        async def switch_tab(
            self, context: BetaToolsetCallContext, input: BetaBrowserSwitchTabInput
        ) -> BetaBrowserStateTabEntryParam: ...
        async def close_tab(
            self, context: BetaToolsetCallContext, input: BetaBrowserCloseTabInput
        ) -> None: ...
        async def read_page(
            self, context: BetaToolsetCallContext, input: BetaBrowserReadPageInput
        ) -> str: ...
        async def get_page_text(
            self, context: BetaToolsetCallContext, input: BetaBrowserGetPageTextInput
        ) -> str: ...
        async def read_console(
            self, context: BetaToolsetCallContext, input: BetaBrowserReadConsoleInput
        ) -> str: ...
        async def read_network(
            self, context: BetaToolsetCallContext, input: BetaBrowserReadNetworkInput
        ) -> str: ...
        async def find(
            self, context: BetaToolsetCallContext, input: BetaBrowserFindInput
        ) -> str: ...
        async def form_input(
            self, context: BetaToolsetCallContext, input: BetaBrowserFormInputInput
        ) -> str | None: ...
        async def file_upload(
            self, context: BetaToolsetCallContext, input: BetaBrowserFileUploadInput
        ) -> str | None: ...
        async def scroll_to(
            self, context: BetaToolsetCallContext, input: BetaBrowserScrollToInput
        ) -> str | None: ...
        async def screenshot(
            self, context: BetaToolsetCallContext, input: BetaBrowserScreenshotInput
        ) -> BetaScreenshotResult: ...
        async def zoom(
            self, context: BetaToolsetCallContext, input: BetaBrowserZoomInput
        ) -> BetaScreenshotResult: ...
        async def left_click(
            self, context: BetaToolsetCallContext, input: BetaBrowserLeftClickInput
        ) -> str | None: ...
        async def right_click(
            self, context: BetaToolsetCallContext, input: BetaBrowserRightClickInput
        ) -> str | None: ...
        async def middle_click(
            self, context: BetaToolsetCallContext, input: BetaBrowserMiddleClickInput
        ) -> str | None: ...
        async def double_click(
            self, context: BetaToolsetCallContext, input: BetaBrowserDoubleClickInput
        ) -> str | None: ...
        async def triple_click(
            self, context: BetaToolsetCallContext, input: BetaBrowserTripleClickInput
        ) -> str | None: ...
        async def hover(
            self, context: BetaToolsetCallContext, input: BetaBrowserHoverInput
        ) -> str | None: ...
        async def left_click_drag(
            self, context: BetaToolsetCallContext, input: BetaBrowserLeftClickDragInput
        ) -> str | None: ...
        async def left_mouse_down(
            self, context: BetaToolsetCallContext, input: BetaBrowserLeftMouseDownInput
        ) -> str | None: ...
        async def left_mouse_up(
            self, context: BetaToolsetCallContext, input: BetaBrowserLeftMouseUpInput
        ) -> str | None: ...
        async def mouse_move(
            self, context: BetaToolsetCallContext, input: BetaBrowserMouseMoveInput
        ) -> str | None: ...
        async def scroll(
            self, context: BetaToolsetCallContext, input: BetaBrowserScrollInput
        ) -> str | None: ...
        async def type(
            self, context: BetaToolsetCallContext, input: BetaBrowserTypeInput
        ) -> str | None: ...
        async def key(
            self, context: BetaToolsetCallContext, input: BetaBrowserKeyInput
        ) -> str | None: ...
        async def hold_key(
            self, context: BetaToolsetCallContext, input: BetaBrowserHoldKeyInput
        ) -> str | None: ...
        async def wait(
            self, context: BetaToolsetCallContext, input: BetaBrowserWaitInput
        ) -> str | None: ...
        async def javascript_exec(
            self, context: BetaToolsetCallContext, input: BetaBrowserJavascriptExecInput
        ) -> str: ...

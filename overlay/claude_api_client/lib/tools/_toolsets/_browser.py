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

import inspect
from abc import abstractmethod
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal

import anyio.to_thread
from typing_extensions import override

from ...._core._types import NOT_GIVEN, NotGiven
from .._functions import ToolError
from ._browser_flow import BrowserReport, Call, checked_state, policy_verdict, resolve_uploads
from ._contract import BetaToolsetCallContext, BetaToolsetContent, as_refusal
from ._errors import ToolsetContractError, ToolsetUsageError, UnavailableMemberError
from ._hooks import (
    BetaAsyncConfirmCallable,
    BetaAsyncURLPolicy,
    BetaConfirmCallable,
    BetaFilePolicy,
    BetaToolConfigs,
    BetaURLPolicy,
)
from ._loop import AsyncLoop, SyncLoop, member_method
from ._members import BROWSER, Member
from ._options import ToolsetOptions, default_body, is_async_callable, parse_input
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
        BetaBrowserToolset20260801Param,
        BetaBrowserToolsetConfigsParam,
        BetaBrowserTripleClickInput,
        BetaBrowserTypeInput,
        BetaBrowserWaitInput,
        BetaBrowserZoomInput,
    )

__all__ = ["BetaAbstractBrowserToolset20260801", "BetaAsyncAbstractBrowserToolset20260801"]

FAMILY: Literal["browser"] = "browser"


def _bounded(error: ToolError) -> ToolError:
    """A driver's refusal with each text cut to `FIELD_MAX` characters."""
    content = error.content
    if isinstance(content, str):
        return error if len(content) <= FIELD_MAX else ToolError(content[:FIELD_MAX])
    return error


class _BrowserCommon:
    """What both browser classes share: options, the `tools[]` entry, the report state."""

    _toolset_options: ToolsetOptions
    _toolset_report: BrowserReport
    _toolset_url_policy: object
    _toolset_file_policy: BetaFilePolicy | None

    def _browser_setup(
        self,
        *,
        asynchronous: bool,
        twin: str,
        configs: BetaBrowserToolsetConfigsParam | None,
        confirm: Any,
        url_policy: object,
        file_policy: BetaFilePolicy | None,
        tool_configs: BetaToolConfigs | None,
    ) -> None:
        self._toolset_options = ToolsetOptions(
            type(self),
            family=BROWSER,
            asynchronous=asynchronous,
            twin=twin,
            configs=configs,
            confirm=confirm,
            tool_configs=tool_configs,
            hook_methods=["_browser_state"],
        )
        if not isinstance(url_policy, NotGiven):
            if not asynchronous and is_async_callable(url_policy):
                raise ToolsetContractError(
                    f"url_policy is async on the synchronous toolset; pass a plain callable, or subclass {twin}"
                )
        # Kept as given: an explicit None is called like any policy (and so refuses navigate).
        self._toolset_url_policy = url_policy
        self._toolset_file_policy = file_policy
        self._toolset_report = BrowserReport()

    def to_dict(self) -> BetaBrowserToolset20260801Param:
        """The `tools[]` entry: `type`, your `tool_configs`, and `configs` with `enabled: false`
        for every member this class does not serve. A fresh copy on every call."""
        entry: BetaBrowserToolset20260801Param = self._toolset_options.param()  # type: ignore[assignment]
        return entry

    @property
    def configs(self) -> BetaBrowserToolsetConfigsParam | None:
        """The `configs` that `to_dict()` sends (a copy)."""
        return self.to_dict().get("configs")

    def _start(self, call: Call, input: Mapping[str, object]) -> Member:
        member = call.member = self._toolset_options.resolve(call.name)
        call.input = parse_input(member, input, family=BROWSER)
        return member

    def _finish(self, call: Call, state: object) -> BetaToolsetContent:
        content, is_error = self._toolset_report.finish(
            call, checked_state(state), self._toolset_file_policy
        )
        if is_error:
            raise ToolError(content) from call.error
        return content


def _state_error(exc: Exception) -> Exception:
    if isinstance(exc, ToolsetUsageError):
        return exc
    error = ToolsetContractError(
        f"_browser_state raised {type(exc).__name__}; return a BetaBrowserState and handle "
        "failures inside the hook"
    )
    error.__cause__ = exc
    return error


class BetaAbstractBrowserToolset20260801(_BrowserCommon, SyncLoop):
    """The synchronous browser toolset. Subclass it, implement `_browser_state` and the members
    your browser supports (each takes `(context, input)` and returns the type in its signature;
    a pure action returns `None` or one line the model reads after the SDK's acknowledgment,
    such as `Clicked.`), and pass an instance in `tools=`. The tool runner never closes it:
    call `close()` or use `with`."""

    toolset_name = FAMILY

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
        self._browser_setup(
            asynchronous=False,
            twin="BetaAsyncAbstractBrowserToolset20260801",
            configs=configs,
            confirm=confirm,
            url_policy=url_policy,
            file_policy=file_policy,
            tool_configs=tool_configs,
        )
        self._loop_init()

    @override
    def _toolset_run(
        self, context: BetaToolsetCallContext, name: str, input: Mapping[str, object]
    ) -> BetaToolsetContent:
        call = Call(context, name)
        try:
            member = self._start(call, input)
            url = call.navigation_url()
            if url is not None:
                self._apply_url_policy(call, url)
            resolve_uploads(call, self._toolset_file_policy)
            self._toolset_confirm(member.name, self._toolset_report.confirm_context(call))
            try:
                result = self.execute(context, member.name, call.input)  # type: ignore[arg-type]
            except Exception as exc:
                call.error = _bounded(as_refusal(exc))
            else:
                call.result = bounded_line(member, result)
        except ToolError as exc:
            call.error = exc
        try:
            state = self._browser_state(context)
        except Exception as exc:
            raise _state_error(exc) from exc
        return self._finish(call, state)

    def _apply_url_policy(self, call: Call, url: str) -> None:
        policy = self._toolset_url_policy
        if isinstance(policy, NotGiven):
            return
        answer: object = None
        raised: Exception | None = None
        try:
            answer = policy(call.hook_context(), url)  # type: ignore[operator]
        except Exception as exc:
            raised = exc
        policy_verdict(answer, raised)

    @default_body
    def execute(
        self,
        context: BetaToolsetCallContext,
        name: BetaBrowserMemberName,
        input: BetaBrowserMemberInput,
    ) -> BetaBrowserMemberResult:
        """Call the member method `name`. Override it (calling `super().execute(...)`) to wrap
        every member (logging, telemetry, rewriting input or result); the policies and `confirm`
        have already run. A subclass that overrides it serves every member."""
        return member_method(self, self._toolset_options, name)(context, input)  # type: ignore[no-any-return]

    @abstractmethod
    def _browser_state(self, context: BetaToolsetCallContext) -> BetaBrowserState:
        """The browser after a call: every open tab (one `active`) and the changes since the
        last report. Called after every call, refused and failed ones too."""

    @default_body
    def navigate(
        self, context: BetaToolsetCallContext, input: BetaBrowserNavigateInput
    ) -> BetaBrowserNavigateResult:
        raise UnavailableMemberError("navigate", family=FAMILY)

    @default_body
    def list_tabs(
        self, context: BetaToolsetCallContext, input: BetaBrowserListTabsInput
    ) -> list[BetaBrowserStateTabEntryParam]:
        raise UnavailableMemberError("list_tabs", family=FAMILY)

    @default_body
    def new_tab(
        self, context: BetaToolsetCallContext, input: BetaBrowserNewTabInput
    ) -> BetaBrowserStateTabEntryParam:
        raise UnavailableMemberError("new_tab", family=FAMILY)

    @default_body
    def switch_tab(
        self, context: BetaToolsetCallContext, input: BetaBrowserSwitchTabInput
    ) -> BetaBrowserStateTabEntryParam:
        raise UnavailableMemberError("switch_tab", family=FAMILY)

    @default_body
    def close_tab(self, context: BetaToolsetCallContext, input: BetaBrowserCloseTabInput) -> None:
        raise UnavailableMemberError("close_tab", family=FAMILY)

    @default_body
    def read_page(self, context: BetaToolsetCallContext, input: BetaBrowserReadPageInput) -> str:
        raise UnavailableMemberError("read_page", family=FAMILY)

    @default_body
    def get_page_text(
        self, context: BetaToolsetCallContext, input: BetaBrowserGetPageTextInput
    ) -> str:
        raise UnavailableMemberError("get_page_text", family=FAMILY)

    @default_body
    def read_console(
        self, context: BetaToolsetCallContext, input: BetaBrowserReadConsoleInput
    ) -> str:
        raise UnavailableMemberError("read_console", family=FAMILY)

    @default_body
    def read_network(
        self, context: BetaToolsetCallContext, input: BetaBrowserReadNetworkInput
    ) -> str:
        raise UnavailableMemberError("read_network", family=FAMILY)

    @default_body
    def find(self, context: BetaToolsetCallContext, input: BetaBrowserFindInput) -> str:
        raise UnavailableMemberError("find", family=FAMILY)

    @default_body
    def form_input(
        self, context: BetaToolsetCallContext, input: BetaBrowserFormInputInput
    ) -> str | None:
        raise UnavailableMemberError("form_input", family=FAMILY)

    @default_body
    def file_upload(
        self, context: BetaToolsetCallContext, input: BetaBrowserFileUploadInput
    ) -> str | None:
        """Off by default. Enabling it lets a page receive files from this machine: pass a
        `file_policy` confined to one dedicated directory. `input.paths` and
        `input.document_ids` arrive as the file policy returned them."""
        raise UnavailableMemberError("file_upload", family=FAMILY)

    @default_body
    def scroll_to(
        self, context: BetaToolsetCallContext, input: BetaBrowserScrollToInput
    ) -> str | None:
        raise UnavailableMemberError("scroll_to", family=FAMILY)

    @default_body
    def screenshot(
        self, context: BetaToolsetCallContext, input: BetaBrowserScreenshotInput
    ) -> BetaScreenshotResult:
        raise UnavailableMemberError("screenshot", family=FAMILY)

    @default_body
    def zoom(
        self, context: BetaToolsetCallContext, input: BetaBrowserZoomInput
    ) -> BetaScreenshotResult:
        raise UnavailableMemberError("zoom", family=FAMILY)

    @default_body
    def left_click(
        self, context: BetaToolsetCallContext, input: BetaBrowserLeftClickInput
    ) -> str | None:
        raise UnavailableMemberError("left_click", family=FAMILY)

    @default_body
    def right_click(
        self, context: BetaToolsetCallContext, input: BetaBrowserRightClickInput
    ) -> str | None:
        raise UnavailableMemberError("right_click", family=FAMILY)

    @default_body
    def middle_click(
        self, context: BetaToolsetCallContext, input: BetaBrowserMiddleClickInput
    ) -> str | None:
        raise UnavailableMemberError("middle_click", family=FAMILY)

    @default_body
    def double_click(
        self, context: BetaToolsetCallContext, input: BetaBrowserDoubleClickInput
    ) -> str | None:
        raise UnavailableMemberError("double_click", family=FAMILY)

    @default_body
    def triple_click(
        self, context: BetaToolsetCallContext, input: BetaBrowserTripleClickInput
    ) -> str | None:
        raise UnavailableMemberError("triple_click", family=FAMILY)

    @default_body
    def hover(self, context: BetaToolsetCallContext, input: BetaBrowserHoverInput) -> str | None:
        raise UnavailableMemberError("hover", family=FAMILY)

    @default_body
    def left_click_drag(
        self, context: BetaToolsetCallContext, input: BetaBrowserLeftClickDragInput
    ) -> str | None:
        raise UnavailableMemberError("left_click_drag", family=FAMILY)

    @default_body
    def left_mouse_down(
        self, context: BetaToolsetCallContext, input: BetaBrowserLeftMouseDownInput
    ) -> str | None:
        raise UnavailableMemberError("left_mouse_down", family=FAMILY)

    @default_body
    def left_mouse_up(
        self, context: BetaToolsetCallContext, input: BetaBrowserLeftMouseUpInput
    ) -> str | None:
        raise UnavailableMemberError("left_mouse_up", family=FAMILY)

    @default_body
    def mouse_move(
        self, context: BetaToolsetCallContext, input: BetaBrowserMouseMoveInput
    ) -> str | None:
        raise UnavailableMemberError("mouse_move", family=FAMILY)

    @default_body
    def scroll(self, context: BetaToolsetCallContext, input: BetaBrowserScrollInput) -> str | None:
        raise UnavailableMemberError("scroll", family=FAMILY)

    @default_body
    def type(self, context: BetaToolsetCallContext, input: BetaBrowserTypeInput) -> str | None:
        raise UnavailableMemberError("type", family=FAMILY)

    @default_body
    def key(self, context: BetaToolsetCallContext, input: BetaBrowserKeyInput) -> str | None:
        raise UnavailableMemberError("key", family=FAMILY)

    @default_body
    def hold_key(
        self, context: BetaToolsetCallContext, input: BetaBrowserHoldKeyInput
    ) -> str | None:
        raise UnavailableMemberError("hold_key", family=FAMILY)

    @default_body
    def wait(self, context: BetaToolsetCallContext, input: BetaBrowserWaitInput) -> str | None:
        raise UnavailableMemberError("wait", family=FAMILY)

    @default_body
    def javascript_exec(
        self, context: BetaToolsetCallContext, input: BetaBrowserJavascriptExecInput
    ) -> str:
        """Off by default, and enabling it takes a `confirm` callable: page content can steer
        the script the model asks for, and the script runs with the page's cookies and signed-in
        sessions, so drive a browser profile holding nothing you would not hand the model."""
        raise UnavailableMemberError("javascript_exec", family=FAMILY)


class BetaAsyncAbstractBrowserToolset20260801(_BrowserCommon, AsyncLoop):
    """The asynchronous browser toolset, for `AsyncAnthropic`: as the synchronous class, with
    `async def` members and `_browser_state`, `confirm` and `url_policy` plain or `async`, and
    an awaited `close()` (`async with`)."""

    toolset_name = FAMILY

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
        self._browser_setup(
            asynchronous=True,
            twin="BetaAbstractBrowserToolset20260801",
            configs=configs,
            confirm=confirm,
            url_policy=url_policy,
            file_policy=file_policy,
            tool_configs=tool_configs,
        )
        self._loop_init()

    @override
    async def _toolset_run(
        self, context: BetaToolsetCallContext, name: str, input: Mapping[str, object]
    ) -> BetaToolsetContent:
        call = Call(context, name)
        try:
            member = self._start(call, input)
            url = call.navigation_url()
            if url is not None:
                await self._apply_url_policy(call, url)
            if member.name == "file_upload":
                # resolving paths touches the disk: off the event loop
                await anyio.to_thread.run_sync(resolve_uploads, call, self._toolset_file_policy)
            await self._toolset_confirm(member.name, self._toolset_report.confirm_context(call))
            try:
                result = await self.execute(context, member.name, call.input)  # type: ignore[arg-type]
            except Exception as exc:
                call.error = _bounded(as_refusal(exc))
            else:
                call.result = bounded_line(member, result)
        except ToolError as exc:
            call.error = exc
        try:
            state = await self._browser_state(context)
        except Exception as exc:
            raise _state_error(exc) from exc
        # The file policy may resolve download paths on disk: off the event loop (the call lock
        # is held, so no other call touches the report meanwhile).
        return await anyio.to_thread.run_sync(self._finish, call, state)

    async def _apply_url_policy(self, call: Call, url: str) -> None:
        policy = self._toolset_url_policy
        if isinstance(policy, NotGiven):
            return
        answer: object = None
        raised: Exception | None = None
        try:
            answer = policy(call.hook_context(), url)  # type: ignore[operator]
            if inspect.isawaitable(answer):
                answer = await answer
        except Exception as exc:
            raised = exc
        policy_verdict(answer, raised)

    @default_body
    async def execute(
        self,
        context: BetaToolsetCallContext,
        name: BetaBrowserMemberName,
        input: BetaBrowserMemberInput,
    ) -> BetaBrowserMemberResult:
        """Await the member method `name`; see the synchronous class."""
        return await member_method(self, self._toolset_options, name)(context, input)  # type: ignore[no-any-return]

    @abstractmethod
    async def _browser_state(self, context: BetaToolsetCallContext) -> BetaBrowserState:
        """The browser after a call; see the synchronous class."""

    @default_body
    async def navigate(
        self, context: BetaToolsetCallContext, input: BetaBrowserNavigateInput
    ) -> BetaBrowserNavigateResult:
        raise UnavailableMemberError("navigate", family=FAMILY)

    @default_body
    async def list_tabs(
        self, context: BetaToolsetCallContext, input: BetaBrowserListTabsInput
    ) -> list[BetaBrowserStateTabEntryParam]:
        raise UnavailableMemberError("list_tabs", family=FAMILY)

    @default_body
    async def new_tab(
        self, context: BetaToolsetCallContext, input: BetaBrowserNewTabInput
    ) -> BetaBrowserStateTabEntryParam:
        raise UnavailableMemberError("new_tab", family=FAMILY)

    @default_body
    async def switch_tab(
        self, context: BetaToolsetCallContext, input: BetaBrowserSwitchTabInput
    ) -> BetaBrowserStateTabEntryParam:
        raise UnavailableMemberError("switch_tab", family=FAMILY)

    @default_body
    async def close_tab(
        self, context: BetaToolsetCallContext, input: BetaBrowserCloseTabInput
    ) -> None:
        raise UnavailableMemberError("close_tab", family=FAMILY)

    @default_body
    async def read_page(
        self, context: BetaToolsetCallContext, input: BetaBrowserReadPageInput
    ) -> str:
        raise UnavailableMemberError("read_page", family=FAMILY)

    @default_body
    async def get_page_text(
        self, context: BetaToolsetCallContext, input: BetaBrowserGetPageTextInput
    ) -> str:
        raise UnavailableMemberError("get_page_text", family=FAMILY)

    @default_body
    async def read_console(
        self, context: BetaToolsetCallContext, input: BetaBrowserReadConsoleInput
    ) -> str:
        raise UnavailableMemberError("read_console", family=FAMILY)

    @default_body
    async def read_network(
        self, context: BetaToolsetCallContext, input: BetaBrowserReadNetworkInput
    ) -> str:
        raise UnavailableMemberError("read_network", family=FAMILY)

    @default_body
    async def find(self, context: BetaToolsetCallContext, input: BetaBrowserFindInput) -> str:
        raise UnavailableMemberError("find", family=FAMILY)

    @default_body
    async def form_input(
        self, context: BetaToolsetCallContext, input: BetaBrowserFormInputInput
    ) -> str | None:
        raise UnavailableMemberError("form_input", family=FAMILY)

    @default_body
    async def file_upload(
        self, context: BetaToolsetCallContext, input: BetaBrowserFileUploadInput
    ) -> str | None:
        """Off by default. Enabling it lets a page receive files from this machine: pass a
        `file_policy` confined to one dedicated directory. `input.paths` and
        `input.document_ids` arrive as the file policy returned them."""
        raise UnavailableMemberError("file_upload", family=FAMILY)

    @default_body
    async def scroll_to(
        self, context: BetaToolsetCallContext, input: BetaBrowserScrollToInput
    ) -> str | None:
        raise UnavailableMemberError("scroll_to", family=FAMILY)

    @default_body
    async def screenshot(
        self, context: BetaToolsetCallContext, input: BetaBrowserScreenshotInput
    ) -> BetaScreenshotResult:
        raise UnavailableMemberError("screenshot", family=FAMILY)

    @default_body
    async def zoom(
        self, context: BetaToolsetCallContext, input: BetaBrowserZoomInput
    ) -> BetaScreenshotResult:
        raise UnavailableMemberError("zoom", family=FAMILY)

    @default_body
    async def left_click(
        self, context: BetaToolsetCallContext, input: BetaBrowserLeftClickInput
    ) -> str | None:
        raise UnavailableMemberError("left_click", family=FAMILY)

    @default_body
    async def right_click(
        self, context: BetaToolsetCallContext, input: BetaBrowserRightClickInput
    ) -> str | None:
        raise UnavailableMemberError("right_click", family=FAMILY)

    @default_body
    async def middle_click(
        self, context: BetaToolsetCallContext, input: BetaBrowserMiddleClickInput
    ) -> str | None:
        raise UnavailableMemberError("middle_click", family=FAMILY)

    @default_body
    async def double_click(
        self, context: BetaToolsetCallContext, input: BetaBrowserDoubleClickInput
    ) -> str | None:
        raise UnavailableMemberError("double_click", family=FAMILY)

    @default_body
    async def triple_click(
        self, context: BetaToolsetCallContext, input: BetaBrowserTripleClickInput
    ) -> str | None:
        raise UnavailableMemberError("triple_click", family=FAMILY)

    @default_body
    async def hover(
        self, context: BetaToolsetCallContext, input: BetaBrowserHoverInput
    ) -> str | None:
        raise UnavailableMemberError("hover", family=FAMILY)

    @default_body
    async def left_click_drag(
        self, context: BetaToolsetCallContext, input: BetaBrowserLeftClickDragInput
    ) -> str | None:
        raise UnavailableMemberError("left_click_drag", family=FAMILY)

    @default_body
    async def left_mouse_down(
        self, context: BetaToolsetCallContext, input: BetaBrowserLeftMouseDownInput
    ) -> str | None:
        raise UnavailableMemberError("left_mouse_down", family=FAMILY)

    @default_body
    async def left_mouse_up(
        self, context: BetaToolsetCallContext, input: BetaBrowserLeftMouseUpInput
    ) -> str | None:
        raise UnavailableMemberError("left_mouse_up", family=FAMILY)

    @default_body
    async def mouse_move(
        self, context: BetaToolsetCallContext, input: BetaBrowserMouseMoveInput
    ) -> str | None:
        raise UnavailableMemberError("mouse_move", family=FAMILY)

    @default_body
    async def scroll(
        self, context: BetaToolsetCallContext, input: BetaBrowserScrollInput
    ) -> str | None:
        raise UnavailableMemberError("scroll", family=FAMILY)

    @default_body
    async def type(
        self, context: BetaToolsetCallContext, input: BetaBrowserTypeInput
    ) -> str | None:
        raise UnavailableMemberError("type", family=FAMILY)

    @default_body
    async def key(self, context: BetaToolsetCallContext, input: BetaBrowserKeyInput) -> str | None:
        raise UnavailableMemberError("key", family=FAMILY)

    @default_body
    async def hold_key(
        self, context: BetaToolsetCallContext, input: BetaBrowserHoldKeyInput
    ) -> str | None:
        raise UnavailableMemberError("hold_key", family=FAMILY)

    @default_body
    async def wait(
        self, context: BetaToolsetCallContext, input: BetaBrowserWaitInput
    ) -> str | None:
        raise UnavailableMemberError("wait", family=FAMILY)

    @default_body
    async def javascript_exec(
        self, context: BetaToolsetCallContext, input: BetaBrowserJavascriptExecInput
    ) -> str:
        """Off by default, and enabling it takes a `confirm` callable: page content can steer
        the script the model asks for, and the script runs with the page's cookies and signed-in
        sessions, so drive a browser profile holding nothing you would not hand the model."""
        raise UnavailableMemberError("javascript_exec", family=FAMILY)

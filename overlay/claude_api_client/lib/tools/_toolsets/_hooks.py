"""The types of the constructor hooks: URL policy, file policy, confirm callables, tool configs."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from typing import TYPE_CHECKING, Protocol, TypeAlias, runtime_checkable

from typing_extensions import TypedDict

from ._contract import BetaToolsetCallContext

if TYPE_CHECKING:
    from ....types.beta import (
        BetaBrowserMemberInput,
        BetaBrowserMemberName,
        BetaCacheControlEphemeralParam,
        BetaComputerMemberInput,
        BetaComputerMemberName,
    )
else:  # pydantic reads the annotations at run time
    from ....types.beta import (
        BetaBrowserMemberInput,
        BetaBrowserMemberName,
        BetaCacheControlEphemeralParam,
        BetaComputerMemberInput,
        BetaComputerMemberName,
    )

from ...._core._model_base import APIModel

__all__ = [
    "BetaAsyncComputerConfirmCallable",
    "BetaAsyncConfirmCallable",
    "BetaAsyncURLPolicy",
    "BetaComputerConfirmCallable",
    "BetaComputerConfirmContext",
    "BetaConfirmCallable",
    "BetaConfirmContext",
    "BetaFilePolicy",
    "BetaToolConfigs",
    "BetaURLContext",
    "BetaURLPolicy",
]


class BetaToolConfigs(TypedDict, total=False):
    """Fields of the toolset's own `tools[]` entry (not of a member)."""

    cache_control: BetaCacheControlEphemeralParam | None


class BetaURLContext(APIModel):
    """The call a hook serves: first argument of `url_policy(context, url)` and of the file
    policy's `resolve_upload_paths` / `resolve_upload_documents`."""

    member: BetaBrowserMemberName | None = None
    """`navigate` for the URL policy, `file_upload` for the file policy."""

    tab_id: str | None = None
    """The tab the call names, if any (the active tab otherwise)."""

    tool_use_id: str | None = None
    """The `tool_use` being answered; `None` outside a model turn."""


BetaURLPolicy: TypeAlias = Callable[[BetaURLContext, str], None]
"""`(context, url) -> None`: called for every `navigate` to a URL (not `back`/`forward`/`reload`)
with the URL as the model wrote it, before the driver sees it. Return `None` to allow, raise
`ToolError` to refuse; anything else raised refuses too, and a non-`None` return is an error."""

BetaAsyncURLPolicy: TypeAlias = Callable[[BetaURLContext, str], "Awaitable[None] | None"]
"""The async toolset's URL policy: a plain or an `async` callable, same contract."""


@runtime_checkable
class BetaFilePolicy(Protocol):
    """Which paths and document ids `file_upload` may use, and which download paths the model
    sees. Without a file policy, an upload naming a path or a document id is refused and download
    paths never reach the model. `BetaLocalFilePolicy` is the one the SDK ships."""

    def resolve_upload_paths(self, context: BetaURLContext, paths: Sequence[str]) -> list[str]:
        """The paths the driver receives for the model's `paths`, or raise `ToolError`."""
        ...

    def resolve_upload_documents(
        self, context: BetaURLContext, document_ids: Sequence[str]
    ) -> list[str]:
        """The Files API ids the driver receives for the model's `document_ids`, or raise."""
        ...

    def is_path_visible(self, path: str) -> bool:
        """Whether a `download_completed` path may reach the model (only `True` shows it)."""
        ...


class BetaConfirmContext(BetaToolsetCallContext):
    """What the browser's `confirm` callable is shown: the member, its parsed input (uploads as
    the file policy resolved them), and the target tab (named, else active) with its URL as of
    the last `browser_state` report, folded to one line; both `None` before the first report."""

    member: BetaBrowserMemberName
    input: BetaBrowserMemberInput
    tab_url: str | None = None
    tab_id: str | None = None


BetaConfirmCallable: TypeAlias = Callable[[BetaConfirmContext], bool]
"""`(context) -> bool`: `True` runs the call, anything else refuses it."""

BetaAsyncConfirmCallable: TypeAlias = Callable[[BetaConfirmContext], "bool | Awaitable[bool]"]
"""The async browser toolset's `confirm`: plain or `async`."""


class BetaComputerConfirmContext(BetaToolsetCallContext):
    """What the computer's `confirm` callable is shown: the member and its parsed input."""

    member: BetaComputerMemberName
    input: BetaComputerMemberInput


BetaComputerConfirmCallable: TypeAlias = Callable[[BetaComputerConfirmContext], bool]
"""`(context) -> bool`: `True` runs the call, anything else refuses it."""

BetaAsyncComputerConfirmCallable: TypeAlias = Callable[
    [BetaComputerConfirmContext], "bool | Awaitable[bool]"
]
"""The async computer toolset's `confirm`: plain or `async`."""

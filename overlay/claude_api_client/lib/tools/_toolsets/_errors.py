"""Errors of the toolsets, in two groups.

`ToolsetUsageError` and its subclasses mean the application used the toolset interface wrongly;
they are raised at the application's code, and they are the only exceptions the tool runner lets
out of a member call. Everything else is a refusal: a `ToolError` subclass whose text the model
reads in an `is_error` result, so the loop goes on. The refusal texts are the API-facing wording
the official package uses, so a conversation reads the same with either SDK.
"""

from __future__ import annotations

from typing import Literal

from ...._core._exceptions import AnthropicError
from .._functions import ToolError
from ._text import log_safe, quoted_name

__all__ = [
    "ConfirmDeclinedError",
    "ConfirmFailedError",
    "DisabledMemberError",
    "InvalidMemberInputError",
    "TabMissingError",
    "ToolsetClosedError",
    "ToolsetConfigError",
    "ToolsetContractError",
    "ToolsetUsageError",
    "ToolsetsFixedError",
    "URLRefusedError",
    "UnavailableMemberError",
    "UnknownMemberError",
    "UploadRefusedError",
]

Family = Literal["browser", "computer"]


class ToolsetUsageError(AnthropicError):
    """The application misused a toolset; the tool runner stops and re-raises it."""


class ToolsetConfigError(ToolsetUsageError, ValueError):
    """Constructor options that cannot work together (raised when the toolset is built)."""


class ToolsetContractError(ToolsetUsageError, TypeError):
    """A driver or hook broke its contract at call time (a policy returning a value, a sync
    member on the async class, a report of the wrong type ...)."""


class ToolsetsFixedError(ToolsetContractError):
    """`add_tools()` / `remove_tools()` of a tool runner given a toolset, a definition of one of
    its toolset families or the name of one: a runner keeps the toolsets it was built with."""

    def __init__(self, action: Literal["add", "replace", "remove"], family: str) -> None:
        method = "remove_tools" if action == "remove" else "add_tools"
        what_to_do = (
            "build a new runner without it"
            if action == "remove"
            else "build a new runner to use a different toolset"
        )
        super().__init__(
            f"{method}() can't {action} the '{quoted_name(family)}' toolset: a tool runner's "
            f"toolsets are fixed when it is created; {what_to_do}"
        )


class ToolsetClosedError(ToolsetUsageError, RuntimeError):
    """A member call, or a `with` block, on a toolset that was closed."""


class UnknownMemberError(ToolError):
    """Refusal for a member name that the family does not have."""

    def __init__(self, name: str, *, family: Family) -> None:
        super().__init__(f"Error: unknown {family} toolset member '{quoted_name(name)}'")


class DisabledMemberError(ToolError):
    """Refusal for a member that the application's `configs` switched off."""

    def __init__(self, name: str) -> None:
        super().__init__(
            f"The '{name}' action is not permitted by this application's permissions and cannot "
            "be used in this session."
        )


class UnavailableMemberError(ToolError):
    """Refusal for a member the driver does not implement."""

    def __init__(self, name: str, *, family: Family) -> None:
        super().__init__(
            f"The {family} toolset member '{name}' is not available in this environment."
        )


class InvalidMemberInputError(ToolError):
    """Refusal for a `tool_use.input` that does not fit the member's input model; `problem`
    names the fields and what is wrong (never the values)."""

    def __init__(self, name: str, problem: str, *, family: Family) -> None:
        super().__init__(f"invalid input for {family} member '{name}': {problem}")


class URLRefusedError(ToolError):
    """Refusal of a navigation by the URL policy; `reason` is folded to one short line."""

    def __init__(self, reason: str) -> None:
        super().__init__(log_safe(reason))


class TabMissingError(ToolError):
    """Refusal a driver may raise for a call naming a tab that is not open (the SDK itself
    leaves tab lookup to the driver)."""

    def __init__(self) -> None:
        super().__init__(
            "The tab this call was addressed to is not open; nothing was returned. "
            "Use list_tabs to see what is open."
        )


class ConfirmDeclinedError(ToolError):
    """Refusal when the `confirm` callable did not answer `True` for member `name`."""

    def __init__(self, name: str) -> None:
        super().__init__(
            f"The user did not grant permission to run '{name}'. "
            "Do not retry it unless the user asks you to."
        )


class ConfirmFailedError(ToolError):
    """Refusal when the `confirm` callable raised, so no answer exists for member `name`."""

    def __init__(self, name: str) -> None:
        super().__init__(
            f"Permission to run '{name}' could not be obtained (the confirmation prompt failed). "
            "Do not retry it unless the user asks you to."
        )


class UploadRefusedError(ToolError):
    """Refusal of a `file_upload` path or document id; `reason` is what the model reads
    (it never lists the configured roots or ids)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)


NO_UPLOAD_ROOTS = "file_upload has no configured upload roots"
OUTSIDE_UPLOAD_ROOTS = "file_upload path is outside the configured upload roots"

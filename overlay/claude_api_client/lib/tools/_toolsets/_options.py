"""Constructor options of a toolset, checked and resolved once, when the toolset is built.

A mistake in them raises `ToolsetConfigError`; a member or hook written for the other calling
convention (`async def` on the synchronous class, `def` on the asynchronous one) raises
`ToolsetContractError`. What comes out: the members a call may reach (`served`), the `configs`
the `tools[]` entry sends (`wire_configs`: the caller's plus `enabled: false` for every member
not served), and `resolve`, the first stage of every call.
"""

from __future__ import annotations

import copy
import functools
import inspect
from collections.abc import Callable, Iterable, Mapping
from typing import Any, Generic, TypeVar, cast

import pydantic

from ...._core._model_base import APIModel
from ._errors import (
    DisabledMemberError,
    InvalidMemberInputError,
    ToolsetConfigError,
    ToolsetContractError,
    UnavailableMemberError,
    UnknownMemberError,
)
from ._members import Family, Member

__all__ = [
    "ToolsetEntry",
    "ToolsetOptions",
    "check_hook",
    "default_body",
    "is_async_callable",
    "parse_input",
]

_F = TypeVar("_F", bound=Callable[..., Any])
_Param = TypeVar("_Param", bound=Mapping[str, object])
_Configs = TypeVar("_Configs")


def default_body(method: _F) -> _F:
    """Mark a method of an abstract toolset class as its default body: a subclass whose method
    still carries the mark did not implement that member."""
    method._toolset_default = True  # type: ignore[attr-defined]
    return method


def _implements(cls: type, name: str) -> bool:
    return not getattr(getattr(cls, name, None), "_toolset_default", False)


def is_async_callable(obj: object) -> bool:
    """Whether calling `obj` gives a coroutine (an `async def`, an object with an `async def
    __call__`, or a `functools.partial` of one)."""
    while isinstance(obj, functools.partial):
        obj = obj.func
    return inspect.iscoroutinefunction(obj) or inspect.iscoroutinefunction(
        getattr(obj, "__call__", None)  # noqa: B004
    )


def check_hook(name: str, hook: object, *, asynchronous: bool, twin: str) -> None:
    """Refuse an `async` hook given to the synchronous class (it could never be awaited)."""
    if not asynchronous and is_async_callable(hook):
        raise ToolsetContractError(
            f"{name} is async on the synchronous toolset; pass a plain callable, or subclass {twin}"
        )


class ToolsetOptions:
    """The resolved options of one toolset instance of class `cls`."""

    def __init__(
        self,
        cls: type,
        *,
        family: Family,
        asynchronous: bool,
        twin: str,
        configs: Mapping[str, object] | None,
        confirm: Callable[..., object] | None,
        tool_configs: Mapping[str, object] | None,
        hook_methods: Iterable[str] = (),
    ) -> None:
        self.family = family
        implemented = frozenset(n for n in family.members if _implements(cls, n))
        every = _implements(cls, "execute")
        self.served = frozenset(family.members) if every else implemented

        checked = [*sorted(implemented), *(["execute"] if every else []), *hook_methods]
        for name in checked:
            if is_async_callable(getattr(cls, name)) != asynchronous:
                what = f"{family.name} member {name!r}" if name in family.members else name
                kind = "sync" if asynchronous else "async"
                keyword = "async def" if asynchronous else "def"
                raise ToolsetContractError(
                    f"{what} is {kind} on the {'asynchronous' if asynchronous else 'synchronous'} "
                    f"toolset; define it with {keyword}, or subclass {twin}"
                )
        if confirm is not None:
            check_hook("confirm", confirm, asynchronous=asynchronous, twin=twin)
        self.confirm = confirm

        self.configured = frozenset(configs or ())
        self.wire_configs = self._wire_configs(configs)

        if tool_configs and "configs" in tool_configs:
            raise ToolsetConfigError("tool_configs cannot set 'configs'; pass configs= instead")
        self.tool_configs: dict[str, object] = copy.deepcopy(dict(tool_configs or {}))

        gated = sorted(
            n for n in family.confirm_required if n in self.served and self.is_enabled(n)
        )
        if gated and confirm is None:
            raise ToolsetConfigError(
                f"{gated!r} requires a confirm callable: pass confirm=<callable>, or disable it in configs"
            )

    def _wire_configs(
        self, configs: Mapping[str, object] | None
    ) -> dict[str, dict[str, object] | None] | None:
        wire: dict[str, dict[str, object] | None] = {}
        for name, entry in (configs or {}).items():
            if entry is None:
                wire[name] = None
            elif isinstance(entry, Mapping):
                wire[name] = copy.deepcopy(dict(entry))
            else:
                raise ToolsetConfigError(f"configs[{name!r}] must be a mapping or None")
        offered = [
            n
            for n in self.family.members
            if n not in self.served and (wire.get(n) or {}).get("enabled") is True
        ]
        if offered:
            raise ToolsetConfigError(
                f"configs enables member(s) this toolset does not implement: {sorted(offered)!r} "
                "(implement the member method, or override execute() to serve every member)"
            )
        for name in self.family.members:
            if name not in self.served:
                wire[name] = {**(wire.get(name) or {}), "enabled": False}
        return wire or None

    def is_enabled(self, name: str) -> bool:
        """Whether member `name` is offered to the model and may run."""
        return self.family.enabled(name, self.wire_configs)

    def resolve(self, name: str) -> Member:
        """The member a call names, or the refusal: unknown name, not implemented, or disabled."""
        member = self.family.members.get(name)
        if member is None:
            raise UnknownMemberError(name, family=self.family.name)
        if not self.is_enabled(name):
            if name not in self.served and name not in self.configured:
                raise UnavailableMemberError(name, family=self.family.name)
            raise DisabledMemberError(name)
        return member

    def param(self) -> dict[str, Any]:
        """A fresh `tools[]` entry (a deep copy each time: the caller may keep and edit it)."""
        entry: dict[str, Any] = {
            **copy.deepcopy(self.tool_configs),
            "type": self.family.toolset_type,
        }
        if self.wire_configs is not None:
            entry["configs"] = copy.deepcopy(self.wire_configs)
        return entry


class ToolsetEntry(Generic[_Param, _Configs]):
    """The `tools[]` entry of a toolset class, typed as its family's wire param."""

    _toolset_options: ToolsetOptions

    def to_dict(self) -> _Param:
        """The `tools[]` entry: `type`, your `tool_configs`, and `configs` with `enabled: false`
        for every member this class does not serve. A fresh copy on every call."""
        return cast(_Param, self._toolset_options.param())

    @property
    def configs(self) -> _Configs | None:
        """The `configs` that `to_dict()` sends (a copy)."""
        return cast("_Configs | None", self.to_dict().get("configs"))


def parse_input(member: Member, raw: Mapping[str, object], *, family: Family) -> APIModel:
    """The model's `tool_use.input` parsed into the member's input model. A field of the wrong
    type is the model's mistake: it comes back as a refusal naming every bad field (never the
    value), so the model can fix them all in one turn."""
    try:
        return member.input.model_validate(dict(raw))
    except pydantic.ValidationError as exc:
        problems = []
        for error in exc.errors():
            where = ".".join(str(part) for part in error["loc"])
            message = (error.get("msg") or "invalid input").splitlines()[0]
            problems.append(f"{where}: {message}" if where else message)
        raise InvalidMemberInputError(
            member.name, "; ".join(problems) or "invalid input", family=family.name
        ) from None

"""Tools made from Python functions (`@beta_tool`, `@beta_async_tool`), and the base classes of
tools the runner can call.

The tool's name is the function's name, its description the docstring's text, its input schema
the function's signature (types through pydantic, parameter descriptions from the docstring's
`Args:` section). The runner calls it with the model's input validated against the signature.
"""

from __future__ import annotations

import functools
import inspect
import json
import typing
from abc import ABC, abstractmethod
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any, Generic, Literal, TypeAlias, TypeVar, cast, overload

import pydantic
from typing_extensions import TypedDict, Unpack

from ._docstring import parse_docstring

if TYPE_CHECKING:
    from ...types import CacheControlEphemeralParam, ToolParam, ToolUnionParam
    from ...types.beta import BetaAllowedCallerParam

__all__ = [
    "BetaAsyncBuiltinFunctionTool",
    "BetaAsyncFunctionTool",
    "BetaBuiltinFunctionTool",
    "BetaFunctionTool",
    "BetaFunctionToolResultType",
    "ToolError",
    "beta_async_tool",
    "beta_tool",
]

BetaFunctionToolResultType: TypeAlias = str | Iterable[Any]
"""What a tool returns: text, or a list of content blocks (text, image, document …)."""

ToolOrigin: TypeAlias = Literal["function", "mcp"]
"""What made a function tool: `@beta_tool` / `@beta_async_tool` (`function`), or the MCP helpers
`mcp_tool` / `async_mcp_tool` (`mcp`). A tool run's span is named after it
(`anthropic.custom_tool_use` / `anthropic.mcp_tool_use`)."""

FunctionT = TypeVar("FunctionT", bound=Callable[..., Any])
AsyncFunctionT = TypeVar("AsyncFunctionT", bound=Callable[..., Awaitable[Any]])


class ToolError(Exception):
    """Raise from a tool to send `content` back as an `is_error` tool result.

    `content` is text or a list of content blocks; without a `ToolError`, the runner sends the
    `repr()` of whatever exception the tool raised.
    """

    def __init__(self, content: BetaFunctionToolResultType) -> None:
        if isinstance(content, str):
            message = content
        else:
            content = list(content)
            parts = [
                str(b.get("text")) if b.get("text") is not None else f"[{b.get('type', 'block')}]"
                for b in content
                if isinstance(b, dict)
            ]
            message = " ".join(parts) or "tool error"
        super().__init__(message)
        self.content = content


class _BuiltinTool(ABC):
    """What the sync and async built-in tools share: the fixed definition and the name in it."""

    @abstractmethod
    def to_dict(self) -> ToolUnionParam:
        """The tool definition sent in `tools`."""

    @property
    def name(self) -> str:
        """The name the model calls the tool by."""
        definition: Any = self.to_dict()
        name = definition.get("mcp_server_name") or definition.get("name")
        if not name:
            raise ValueError(f"tool of type {definition.get('type')!r} has no name")
        return str(name)


class BetaBuiltinFunctionTool(_BuiltinTool):
    """A tool whose definition is fixed by the API (memory, text editor …) run on this side."""

    @abstractmethod
    def call(self, input: object) -> BetaFunctionToolResultType:
        """Run one call with the model's input."""


class BetaAsyncBuiltinFunctionTool(_BuiltinTool):
    """`BetaBuiltinFunctionTool` whose `call` is a coroutine."""

    @abstractmethod
    async def call(self, input: object) -> BetaFunctionToolResultType:
        """Run one call with the model's input."""


def _resolved(func: Callable[..., Any]) -> Callable[..., Any]:
    """`func` with its annotations evaluated in its own module, as a stand-in that calls it.

    Under `from __future__ import annotations` the annotations are strings; older pydantic
    releases (2.10) resolve a function's strings in the *caller's* namespace, where the user's
    `Literal` or model is unknown. A name only a closure holds cannot be resolved here: then
    `func` is returned as it is and pydantic resolves what it can."""
    try:
        hints = typing.get_type_hints(func, include_extras=True)
    except Exception:
        return func
    signature = inspect.signature(func)
    parameters = [
        p.replace(annotation=hints.get(p.name, p.annotation)) for p in signature.parameters.values()
    ]

    @functools.wraps(func)
    def stand_in(*args: Any, **kwargs: Any) -> Any:
        return func(*args, **kwargs)

    stand_in.__signature__ = signature.replace(  # type: ignore[attr-defined]
        parameters=parameters, return_annotation=hints.get("return", signature.return_annotation)
    )
    stand_in.__annotations__ = dict(hints)
    return stand_in


def _function_schema(func: Callable[..., Any], descriptions: dict[str, str]) -> dict[str, Any]:
    for param in inspect.signature(func).parameters.values():
        if param.kind in (param.VAR_POSITIONAL, param.VAR_KEYWORD):
            raise TypeError(
                f"tool {func.__name__!r}: *{param.name} / **{param.name} cannot be described as a "
                "tool input; name every parameter"
            )
    schema: dict[str, Any] = pydantic.TypeAdapter(cast(Any, _resolved(func))).json_schema()
    for name, prop in (schema.get("properties") or {}).items():
        text = descriptions.get(name)
        if text and isinstance(prop, dict) and "description" not in prop:
            prop["description"] = text
    return schema


class BaseFunctionTool(Generic[FunctionT]):
    """A function and its tool definition; calling the object calls the function."""

    _origin: ToolOrigin = "function"
    """What made the tool (`lib/tools/mcp.py` sets `mcp` on its tools; read by the tool spans)."""

    close: Callable[[], Awaitable[None] | None] | None = None
    """Cleanup for a tool that holds a resource (a process, a connection): set it on the tool;
    an awaitable it returns is awaited. The session tool runner calls it when its run ends; the
    Messages tool runner does not."""

    def __init__(
        self,
        func: FunctionT,
        *,
        name: str | None = None,
        description: str | None = None,
        input_schema: dict[str, Any] | type[pydantic.BaseModel] | None = None,
        defer_loading: bool | None = None,
        cache_control: CacheControlEphemeralParam | None = None,
        strict: bool | None = None,
        allowed_callers: Sequence[BetaAllowedCallerParam] | None = None,
        eager_input_streaming: bool | None = None,
        input_examples: Iterable[Mapping[str, object]] | None = None,
    ) -> None:
        self.func = func
        self.name = name or func.__name__
        doc = parse_docstring(func.__doc__)
        self.description = description if description is not None else doc.description
        if isinstance(input_schema, type):
            self.input_schema: dict[str, Any] = input_schema.model_json_schema()
        elif input_schema is not None:
            self.input_schema = dict(input_schema)
        else:
            self.input_schema = _function_schema(func, doc.params)
        self._options: dict[str, Any] = {
            k: v
            for k, v in (
                ("defer_loading", defer_loading),
                ("cache_control", cache_control),
                ("strict", strict),
                ("allowed_callers", None if allowed_callers is None else list(allowed_callers)),
                ("eager_input_streaming", eager_input_streaming),
                ("input_examples", None if input_examples is None else list(input_examples)),
            )
            if v is not None
        }

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self.func(*args, **kwargs)

    def to_dict(self) -> ToolParam:
        """The tool definition sent in `tools`."""
        definition: Any = {
            "name": self.name,
            "description": self.description,
            "input_schema": self.input_schema,
            **self._options,
        }
        if not self.description:
            del definition["description"]
        result: ToolParam = definition
        return result

    @cached_property
    def _validated(self) -> Callable[..., Any]:
        return pydantic.validate_call(self.func)

    def _arguments(self, input: object) -> dict[str, Any]:
        if not isinstance(input, dict):
            raise TypeError(
                f"tool {self.name!r}: input must be an object, got {type(input).__name__}"
            )
        return input

    def _invalid(self, exc: pydantic.ValidationError) -> ValueError:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e['loc']) or '(input)'}: {e['msg']}"
            for e in exc.errors(include_url=False)
        )
        return ValueError(f"invalid input for tool {self.name!r}: {problems}")

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.name!r}>"


def _as_result(value: Any) -> BetaFunctionToolResultType:
    """Text and content-block lists pass as they are; other values are sent as JSON text."""
    if isinstance(value, str) or value is None:
        return value  # type: ignore[return-value]
    if isinstance(value, (list, tuple)):
        return list(value)
    if isinstance(value, pydantic.BaseModel):
        return value.model_dump_json()
    return json.dumps(value, default=str)


class BetaFunctionTool(BaseFunctionTool[FunctionT]):
    """A synchronous function as a tool."""

    def call(self, input: object) -> BetaFunctionToolResultType:
        """Validate `input` against the signature and call the function."""
        if inspect.iscoroutinefunction(self.func):
            raise RuntimeError(f"tool {self.name!r} is a coroutine function: use @beta_async_tool")
        try:
            return _as_result(self._validated(**self._arguments(input)))
        except pydantic.ValidationError as exc:
            raise self._invalid(exc) from exc


class BetaAsyncFunctionTool(BaseFunctionTool[AsyncFunctionT]):
    """A coroutine function as a tool."""

    async def call(self, input: object) -> BetaFunctionToolResultType:
        """Validate `input` against the signature and await the function."""
        if not inspect.iscoroutinefunction(self.func):
            raise RuntimeError(f"tool {self.name!r} is not a coroutine function: use @beta_tool")
        try:
            return _as_result(await self._validated(**self._arguments(input)))
        except pydantic.ValidationError as exc:
            raise self._invalid(exc) from exc


class ToolOptions(TypedDict, total=False):
    """The keyword arguments `@beta_tool(...)` and `@beta_async_tool(...)` take."""

    name: str | None
    """The tool's name (default: the function's)."""
    description: str | None
    """Its description (default: the docstring without its `Args:` section)."""
    input_schema: dict[str, Any] | type[pydantic.BaseModel] | None
    """Its input schema (default: from the signature)."""
    defer_loading: bool | None
    """Leave the tool out of the first prompt until a tool search finds it."""
    cache_control: CacheControlEphemeralParam | None
    """A prompt-cache breakpoint after this tool's definition."""
    strict: bool | None
    """Hold the model to the input schema."""
    allowed_callers: Sequence[BetaAllowedCallerParam] | None
    """Who may call the tool: the model itself (`direct`) and/or code execution tools."""
    eager_input_streaming: bool | None
    """Stream the tool's input as it is written (true), never (false)."""
    input_examples: Iterable[Mapping[str, object]] | None
    """Example inputs that show the model how to call the tool."""


@overload
def beta_tool(func: FunctionT, **options: Unpack[ToolOptions]) -> BetaFunctionTool[FunctionT]: ...


@overload
def beta_tool(
    **options: Unpack[ToolOptions],
) -> Callable[[FunctionT], BetaFunctionTool[FunctionT]]: ...


def beta_tool(
    func: FunctionT | None = None, **options: Unpack[ToolOptions]
) -> BetaFunctionTool[FunctionT] | Callable[[FunctionT], BetaFunctionTool[FunctionT]]:
    """Make a tool of a typed, documented function (as `@beta_tool` or `@beta_tool(name=...)`).

    >>> @beta_tool
    ... def get_weather(city: str) -> str:
    ...     '''Current weather of a city.
    ...
    ...     Args:
    ...         city: The city's name.
    ...     '''
    ...     return "sunny"
    >>> get_weather.to_dict()["input_schema"]["properties"]["city"]["description"]
    "The city's name."
    """

    def make(fn: FunctionT) -> BetaFunctionTool[FunctionT]:
        return BetaFunctionTool(fn, **options)

    return make(func) if func is not None else make


@overload
def beta_async_tool(
    func: AsyncFunctionT, **options: Unpack[ToolOptions]
) -> BetaAsyncFunctionTool[AsyncFunctionT]: ...


@overload
def beta_async_tool(
    **options: Unpack[ToolOptions],
) -> Callable[[AsyncFunctionT], BetaAsyncFunctionTool[AsyncFunctionT]]: ...


def beta_async_tool(
    func: AsyncFunctionT | None = None, **options: Unpack[ToolOptions]
) -> (
    BetaAsyncFunctionTool[AsyncFunctionT]
    | Callable[[AsyncFunctionT], BetaAsyncFunctionTool[AsyncFunctionT]]
):
    """`beta_tool` for `async def` functions; the async runner awaits each call in turn."""

    def make(fn: AsyncFunctionT) -> BetaAsyncFunctionTool[AsyncFunctionT]:
        if not inspect.iscoroutinefunction(cast(Any, fn)):
            raise TypeError(f"@beta_async_tool needs an async def function; {fn.__name__!r} is not")
        return BetaAsyncFunctionTool(fn, **options)

    return make(func) if func is not None else make

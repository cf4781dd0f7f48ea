"""What every platform client shares: construction without the first-party environment, copies,
and refusing what a platform does not serve.

A platform client is an `Anthropic` / `AsyncAnthropic` subclass that changes a request at the
runtime's hooks (`_prepare_options`, `_authenticate`, `_event_decoder`) and nothing else, so
retries, typed errors, streams and models are the first-party ones. It never reads
ANTHROPIC_API_KEY, ANTHROPIC_AUTH_TOKEN or ANTHROPIC_BASE_URL: it calls the core constructor
directly, with its own credentials only.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, NoReturn, Protocol, TypeVar
from urllib.parse import quote

import httpx

from .._client import resolve_webhook_key
from .._core._base_client import _COPIED, BaseClient
from .._core._base_client import ClientArguments as CoreArguments
from .._core._exceptions import AnthropicError
from .._core._types import Omit
from ._tracing import OpenTelemetryClientOption, TracesCalls

if TYPE_CHECKING:
    from typing_extensions import Self

    from .._core._options import RequestOptions

__all__ = [
    "ClientArguments",
    "HttpT",
    "PlatformClient",
    "AsyncSignsEachAttempt",
    "Signer",
    "SignsEachAttempt",
    "environment_headers",
    "given",
    "header_value",
    "path_segment",
    "refuse",
]

HttpT = TypeVar("HttpT", bound=httpx.Client | httpx.AsyncClient)


def environment_headers(
    default_headers: Mapping[str, str | Omit] | None,
) -> dict[str, str | Omit]:
    """`default_headers` over the `Name: value` lines of ANTHROPIC_CUSTOM_HEADERS (the official
    platform clients read that variable too)."""
    parsed: dict[str, str | Omit] = {}
    for line in os.environ.get("ANTHROPIC_CUSTOM_HEADERS", "").split("\n"):
        name, colon, value = line.partition(":")
        if colon and name.strip():
            parsed[name.strip()] = value.strip()
    return {**parsed, **(default_headers or {})}


def header_value(name: str, *layers: Mapping[str, object] | None) -> str | None:
    """The last value of header `name` (any case) across `layers`; an `Omit` clears it."""
    found: str | None = None
    wanted = name.lower()
    for layer in layers:
        for key, value in (layer or {}).items():
            if key.lower() == wanted:
                found = None if isinstance(value, Omit) else str(value)
    return found


def path_segment(name: str, value: object, safe: str = "") -> str:
    """`value` as one segment of a platform's URL path, refused (naming the argument) when it is
    not a string, empty, '.' or '..'."""
    if not isinstance(value, str) or not value or value in (".", ".."):
        raise ValueError(f"argument '{name}' must be a non-empty string, got {value!r}")
    return quote(value, safe=safe)


def given(arguments: dict[str, Any]) -> dict[str, Any]:
    """A platform constructor's own arguments as given: `given(locals())` on its first line
    (what `copy()` passes again)."""
    return {k: v for k, v in arguments.items() if k not in ("self", "core", "__class__")}


class Signer(Protocol):
    """How a platform authenticates each attempt (retries and redirects included)."""

    def apply(self, request: httpx.Request) -> None: ...

    async def aapply(self, request: httpx.Request) -> None: ...


class SignsEachAttempt:
    """The sync clients' `_authenticate`: the platform's signer (put before `Anthropic`)."""

    _signer: Signer

    def _authenticate(self, request: httpx.Request) -> None:
        self._signer.apply(request)


class AsyncSignsEachAttempt:
    """The async clients' `_authenticate` (put before `AsyncAnthropic`)."""

    _signer: Signer

    async def _authenticate(self, request: httpx.Request) -> None:
        await self._signer.aapply(request)


def refuse(platform: str, options: RequestOptions, what: str | None = None) -> NoReturn:
    """Fail before sending: the platform does not serve this operation."""
    subject = what or f"{options.method.upper()} {options.path}"
    raise AnthropicError(f"{subject} is not supported on {platform}.")


def _copy_request_id(names: tuple[str, ...]) -> Callable[[httpx.Response], None]:
    def copy_request_id(response: httpx.Response) -> None:
        if "request-id" in response.headers:
            return
        for name in names:
            value = response.headers.get(name)
            if value:
                response.headers["request-id"] = value
                return

    return copy_request_id


class ClientArguments(CoreArguments[HttpT], total=False):
    """What a platform constructor takes besides its own arguments (`**core`): the core's,
    `open_telemetry` (resolved here, in layer 3: `lib/_tracing`) and the official
    `_strict_response_validation` (accepted, no effect: responses are always validated into
    models that keep what they do not describe)."""

    open_telemetry: OpenTelemetryClientOption
    _strict_response_validation: bool


class PlatformClient(TracesCalls, BaseClient[HttpT]):
    """Mixin for the platform clients (put it before `Anthropic` / `AsyncAnthropic`)."""

    _platform: ClassVar[str]
    """The platform's name, as error messages say it."""
    _request_id_headers: ClassVar[tuple[str, ...]] = ()
    """Where the platform puts its request id; copied to `request-id` (on the connection pools
    this package creates), so that errors and results name it like first-party ones."""
    _settings: dict[str, Any]
    """The platform arguments the client was built with, for `copy()`."""
    _signer: Signer
    """What authenticates each attempt (`SignsEachAttempt` / `AsyncSignsEachAttempt`)."""
    _verifies_webhooks: ClassVar[bool] = False
    """Whether `webhook_key` is the `webhook_key` argument (where the constructor takes one),
    else ANTHROPIC_WEBHOOK_SIGNING_KEY, as on `Anthropic`; otherwise it is None, as on the
    official client of a platform that sends no webhooks."""
    webhook_key: str | None

    def _init_core(
        self, settings: dict[str, Any], base_url: str | httpx.URL, core: ClientArguments[HttpT]
    ) -> None:
        """The core constructor, with no first-party credentials from the environment.
        `settings` are the platform's own arguments as given (what `copy()` passes again)."""
        self._settings = settings
        given_key = settings.get("webhook_key")
        self.webhook_key = resolve_webhook_key(given_key) if self._verifies_webhooks else None
        arguments: dict[str, Any] = dict(core)
        arguments.pop("_strict_response_validation", None)
        self._set_open_telemetry(arguments.pop("open_telemetry", None))
        arguments["default_headers"] = environment_headers(core.get("default_headers"))
        BaseClient.__init__(self, api_key=None, auth_token=None, base_url=base_url, **arguments)

    def _make_http_client(self) -> HttpT:
        client = super()._make_http_client()
        if self._request_id_headers:
            hook = _copy_request_id(self._request_id_headers)
            if isinstance(client, httpx.AsyncClient):

                async def async_hook(response: httpx.Response) -> None:
                    hook(response)

                client.event_hooks["response"].append(async_hook)
            else:
                client.event_hooks["response"].append(hook)
        return client

    def _auth_headers(self) -> dict[str, str]:
        # Each platform authenticates in `_authenticate` (which also tells the core that the
        # "no credentials" check is the platform's), or overrides this with its key headers.
        return {}

    def copy(self, **changes: Any) -> Self:
        """A new client with some settings changed, sharing this one's connection pool.

        Takes the constructor's arguments. Platform arguments (`aws_region=`, `project_id=` …)
        left out or None keep their value; the others are merged as `Anthropic.copy` does.
        `_extra_kwargs` (a subclass's own constructor arguments, as in the official package)
        are passed on as given.
        """
        extra: dict[str, Any] = dict(changes.pop("_extra_kwargs", None) or {})
        unknown = sorted(changes.keys() - self._settings.keys() - _COPIED - {"open_telemetry"})
        if unknown:
            raise TypeError(f"{type(self).__name__}.copy() got unexpected argument(s): {unknown}")
        own = {k: changes.pop(k) for k in list(changes) if k in self._settings}
        chosen = {**self._settings, **{k: v for k, v in own.items() if v is not None}, **extra}
        telemetry = changes.pop("open_telemetry", None)
        new = self._copied(lambda **core: type(self)(**chosen, **core), changes)
        return self._keep_open_telemetry(new, telemetry)

    with_options = copy

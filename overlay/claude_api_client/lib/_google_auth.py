"""Google access tokens for the Vertex AI and Google Cloud clients (the `vertex` extra).

`GoogleTokenSource` holds one google-auth credentials object: the one the caller passed, or
Application Default Credentials loaded on first use. A valid token is returned without locking;
a missing or expired one is refreshed under a lock, re-checked once the lock is held, so that
any number of threads and tasks asking at once cause a single refresh. google-auth refreshes
with blocking I/O, so the async form runs that part in a worker thread.
"""

from __future__ import annotations

import threading
import weakref
from typing import TYPE_CHECKING, Any

from .._core._exceptions import AnthropicError
from .._core._request import clean_credential
from ._extras import require
from ._tokens import acall_provider, call_provider

if TYPE_CHECKING:
    import httpx

__all__ = ["CLOUD_PLATFORM_SCOPE", "GoogleBearer", "GoogleTokenSource", "project_of"]

CLOUD_PLATFORM_SCOPE = "https://www.googleapis.com/auth/cloud-platform"


# One refresh lock per credentials object, shared by every client (and copy) that uses it:
# google-auth credentials must not be refreshed concurrently.
_LOCKS: weakref.WeakKeyDictionary[Any, threading.Lock] = weakref.WeakKeyDictionary()
_LOCKS_GUARD = threading.Lock()


def _lock_for(credentials: Any | None) -> threading.Lock:
    if credentials is None:
        return threading.Lock()
    with _LOCKS_GUARD:
        try:
            return _LOCKS.setdefault(credentials, threading.Lock())
        except TypeError:  # not weak-referenceable or not hashable: this client's own lock
            return threading.Lock()


def project_of(credentials: Any) -> str | None:
    """The project a credentials object names (a service account's `project_id`, else its
    quota project), or None."""
    for attribute in ("project_id", "quota_project_id"):
        value = getattr(credentials, attribute, None)
        if isinstance(value, str) and value:
            return value
    return None


class GoogleTokenSource:
    """Access tokens from google-auth credentials (explicit, or ADC on first use)."""

    def __init__(self, credentials: Any | None, *, extra: str) -> None:
        self._lock = _lock_for(credentials)
        self._extra = extra
        self.credentials: Any | None = credentials
        self.project: str | None = project_of(credentials) if credentials is not None else None

    def _request(self) -> Any:
        transport = require(
            "google.auth.transport.requests", library="google-auth[requests]", extra=self._extra
        )
        return transport.Request()

    def _load(self) -> None:
        """Application Default Credentials, and the project they name."""
        google_auth = require("google.auth", library="google-auth", extra=self._extra)
        credentials, project = google_auth.default(scopes=[CLOUD_PLATFORM_SCOPE])
        self.credentials = credentials
        self.project = project or project_of(credentials)

    def current(self) -> str | None:
        """The token if one is held and not expired (no lock, no I/O), else None."""
        credentials = self.credentials
        if credentials is None:
            return None
        token = getattr(credentials, "token", None)
        if token and not getattr(credentials, "expired", False):
            return str(token)
        return None

    def resolve_project(self) -> str | None:
        """The project, loading ADC first when no credentials are held yet (blocking)."""
        if self.project is None and self.credentials is None:
            with self._lock:
                if self.credentials is None:
                    self._load()
        return self.project

    def token(self) -> str:
        """A valid access token, refreshing (once, under the lock) when needed. Blocking."""
        token = self.current()
        if token is not None:
            return token
        with self._lock:
            token = self.current()  # another thread may have refreshed while we waited
            if token is not None:
                return token
            if self.credentials is None:
                self._load()
            credentials: Any = self.credentials
            credentials.refresh(self._request())
            token = self.current()
        if token is None:
            raise AnthropicError("The Google credentials gave no access token after a refresh.")
        return token

    async def atoken(self) -> str:
        """The async form: the fast path on the loop, a refresh in a worker thread."""
        token = self.current()
        if token is not None:
            return token
        import anyio.to_thread

        return await anyio.to_thread.run_sync(self.token)


class GoogleBearer:
    """The bearer token of each attempt: a fixed `access_token`, a caller's `token_provider`,
    or google-auth credentials (explicit or ADC). A request that already carries an
    Authorization header (the caller's own) is left alone; `skip` sends nothing."""

    def __init__(
        self,
        *,
        access_token: str | None = None,
        token_provider: Any | None = None,
        credentials: Any | None = None,
        skip: bool = False,
        extra: str,
    ) -> None:
        self.access_token = clean_credential("access_token", access_token)
        self.token_provider = token_provider
        self.skip = skip
        self.tokens = GoogleTokenSource(credentials, extra=extra)

    @property
    def uses_google_auth(self) -> bool:
        return not self.skip and self.access_token is None and self.token_provider is None

    def project(self, known: str | None, missing: str) -> str:
        """`known`, else the project the google-auth credentials name (ADC loads here, once,
        blocking), else an error saying how to give one (`missing`)."""
        if known is None and self.uses_google_auth:
            known = self.tokens.resolve_project()
        if not known:
            raise AnthropicError(f"No Google Cloud project: {missing}")
        return known

    def _needed(self, request: httpx.Request) -> bool:
        return not self.skip and "authorization" not in request.headers

    def apply(self, request: httpx.Request) -> None:
        if not self._needed(request):
            return
        if self.access_token is not None:
            token = self.access_token
        elif self.token_provider is not None:
            token = call_provider(self.token_provider, "token_provider")
        else:
            token = self.tokens.token()
        request.headers["authorization"] = f"Bearer {token}"

    async def aapply(self, request: httpx.Request) -> None:
        if not self._needed(request):
            return
        if self.access_token is not None:
            token = self.access_token
        elif self.token_provider is not None:
            token = await acall_provider(self.token_provider, "token_provider", in_thread=True)
        else:
            token = await self.tokens.atoken()
        request.headers["authorization"] = f"Bearer {token}"

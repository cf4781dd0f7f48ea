"""Claude on Google Cloud, operated by Anthropic: `AnthropicGoogleCloud` and its async form.

The whole first-party API, unchanged, under a per-workspace prefix of
`https://claude.googleapis.com`: `/v1/projects/{project}/locations/{location}/workspaces/
{workspace_id}/invoke` + the first-party path; organization routes (`/v1/organizations/…`,
`/v1/user_profiles…`) go under `…/locations/{location}/claudeOrganization/invoke` instead and need
no workspace. A `base_url` (or ANTHROPIC_GOOGLE_CLOUD_BASE_URL) replaces the whole prefix.
Auth is a Google bearer token: `token_provider`, `credentials`, or Application Default
Credentials (the `google-cloud` extra). With no project known, the first call loads ADC to learn
it (blocking, also on the async client; pass `project` to avoid it).
"""

from __future__ import annotations

import dataclasses
import os
from typing import TYPE_CHECKING, Any, ClassVar
from urllib.parse import quote

from ..._client import Anthropic, AsyncAnthropic
from ..._core._exceptions import AnthropicError
from .._google_auth import GoogleBearer
from .._platform import ClientArguments, HttpT, PlatformClient

if TYPE_CHECKING:
    import httpx
    from typing_extensions import Unpack

    from ..._core._options import RequestOptions
    from .._tokens import TokenProvider

__all__ = ["AnthropicGoogleCloud", "AsyncAnthropicGoogleCloud"]

ORIGIN = "https://claude.googleapis.com"
DEFAULT_LOCATION = "global"
_ORGANIZATION_PREFIXES = ("/v1/organizations/", "/v1/user_profiles/")


def _segment(name: str, value: str) -> str:
    if not value or value in (".", ".."):
        raise ValueError(f"argument '{name}' must be a non-empty string, got {value!r}")
    return quote(value, safe="")


class _GoogleCloud(PlatformClient[HttpT]):
    _platform: ClassVar[str] = "Google Cloud"
    _google: GoogleBearer
    _prefixed: bool

    project: str | None
    location: str
    workspace_id: str | None

    def __init__(
        self,
        *,
        project: str | None = None,
        location: str | None = None,
        workspace_id: str | None = None,
        token_provider: TokenProvider | None = None,
        credentials: Any | None = None,
        skip_auth: bool = False,
        base_url: str | httpx.URL | None = None,
        **core: Unpack[ClientArguments[HttpT]],
    ) -> None:
        if skip_auth and (token_provider is not None or credentials is not None):
            raise ValueError("skip_auth=True cannot be combined with token_provider or credentials")
        self._google = GoogleBearer(
            token_provider=token_provider,
            credentials=credentials,
            skip=skip_auth,
            extra="google-cloud",
        )
        env = os.environ
        self.location = location or env.get("ANTHROPIC_GOOGLE_CLOUD_LOCATION") or DEFAULT_LOCATION
        self.project = (
            project
            or env.get("ANTHROPIC_GOOGLE_CLOUD_PROJECT")
            or env.get("GOOGLE_CLOUD_PROJECT")
            or self._google.tokens.project
        )
        self.workspace_id = workspace_id or env.get("ANTHROPIC_GOOGLE_CLOUD_WORKSPACE_ID") or None
        url = base_url or env.get("ANTHROPIC_GOOGLE_CLOUD_BASE_URL")
        self._prefixed = not url
        self._init_core(
            settings={
                "project": project,
                "location": location,
                "workspace_id": workspace_id,
                "token_provider": token_provider,
                "credentials": credentials,
                "skip_auth": skip_auth,
                "base_url": base_url,
            },
            base_url=url or ORIGIN,
            core=core,
        )

    @property
    def google_credentials(self) -> Any | None:
        """The google-auth credentials in use (those given, or ADC once loaded), if any."""
        return self._google.tokens.credentials

    def _project(self) -> str:
        if self.project is None and self._google.uses_google_auth:
            self.project = self._google.tokens.resolve_project()
        if not self.project:
            raise AnthropicError(
                "No Google Cloud project: pass project=..., set ANTHROPIC_GOOGLE_CLOUD_PROJECT, "
                "or provide base_url=..."
            )
        return self.project

    def _prepare_options(self, options: RequestOptions) -> RequestOptions:
        if not self._prefixed:
            return options
        path = options.path
        where = (
            f"/v1/projects/{_segment('project', self._project())}"
            f"/locations/{_segment('location', self.location)}"
        )
        bare = path.partition("?")[0]
        if bare == "/v1/user_profiles" or bare.startswith(_ORGANIZATION_PREFIXES):
            prefix = f"{where}/claudeOrganization/invoke"
        elif self.workspace_id is None:
            raise AnthropicError(
                "No workspace: pass workspace_id=... or set ANTHROPIC_GOOGLE_CLOUD_WORKSPACE_ID."
            )
        else:
            prefix = f"{where}/workspaces/{_segment('workspace_id', self.workspace_id)}/invoke"
        return dataclasses.replace(options, path=prefix + path)


class AnthropicGoogleCloud(_GoogleCloud["httpx.Client"], Anthropic):
    """A client of the Claude API served through Google Cloud (see the module docstring).

    Project: `project`, ANTHROPIC_GOOGLE_CLOUD_PROJECT, GOOGLE_CLOUD_PROJECT, else the
    credentials' project. Location: `location`, ANTHROPIC_GOOGLE_CLOUD_LOCATION, else `global`.
    Workspace: `workspace_id`, else ANTHROPIC_GOOGLE_CLOUD_WORKSPACE_ID.
    """

    def _authenticate(self, request: httpx.Request) -> None:
        self._google.apply(request)


class AsyncAnthropicGoogleCloud(_GoogleCloud["httpx.AsyncClient"], AsyncAnthropic):
    """The asyncio/trio form of :class:`AnthropicGoogleCloud`; `token_provider` may be async."""

    async def _authenticate(self, request: httpx.Request) -> None:
        await self._google.aapply(request)

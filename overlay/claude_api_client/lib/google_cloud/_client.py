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

from ..._client import Anthropic, AsyncAnthropic
from ..._core._exceptions import AnthropicError
from .. import _platform
from .._google_auth import GoogleBearer
from .._platform import ClientArguments, HttpT, PlatformClient, given, path_segment

if TYPE_CHECKING:
    import httpx
    from typing_extensions import Unpack

    from ..._core._options import RequestOptions
    from .._tokens import TokenProvider

__all__ = ["AnthropicGoogleCloud", "AsyncAnthropicGoogleCloud"]

ORIGIN = "https://claude.googleapis.com"
DEFAULT_LOCATION = "global"
_ORGANIZATION_PREFIXES = ("/v1/organizations/", "/v1/user_profiles/")


class _GoogleCloud(PlatformClient[HttpT]):
    _platform: ClassVar[str] = "Google Cloud"
    _otel_platform: ClassVar[str | None] = "google_cloud"
    _verifies_webhooks: ClassVar[bool] = True
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
        settings = given(locals())
        if skip_auth and (token_provider is not None or credentials is not None):
            raise ValueError("skip_auth=True cannot be combined with token_provider or credentials")
        self._signer = self._google = GoogleBearer(
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
        self._init_core(settings, url or ORIGIN, core)

    @property
    def google_credentials(self) -> Any | None:
        """The google-auth credentials in use (those given, or ADC once loaded), if any."""
        return self._google.tokens.credentials

    def _project(self) -> str:
        self.project = self._google.project(
            self.project,
            "pass project=..., set ANTHROPIC_GOOGLE_CLOUD_PROJECT, or provide base_url=...",
        )
        return self.project

    def _prepare_options(self, options: RequestOptions) -> RequestOptions:
        if not self._prefixed:
            return options
        path = options.path
        where = (
            f"/v1/projects/{path_segment('project', self._project())}"
            f"/locations/{path_segment('location', self.location)}"
        )
        bare = path.partition("?")[0]
        if bare == "/v1/user_profiles" or bare.startswith(_ORGANIZATION_PREFIXES):
            prefix = f"{where}/claudeOrganization/invoke"
        elif self.workspace_id is None:
            raise AnthropicError(
                "No workspace: pass workspace_id=... or set ANTHROPIC_GOOGLE_CLOUD_WORKSPACE_ID."
            )
        else:
            prefix = f"{where}/workspaces/{path_segment('workspace_id', self.workspace_id)}/invoke"
        return dataclasses.replace(options, path=prefix + path)


class AnthropicGoogleCloud(_GoogleCloud["httpx.Client"], _platform.SignsEachAttempt, Anthropic):
    """A client of the Claude API served through Google Cloud (see the module docstring).

    Project: `project`, ANTHROPIC_GOOGLE_CLOUD_PROJECT, GOOGLE_CLOUD_PROJECT, else the
    credentials' project. Location: `location`, ANTHROPIC_GOOGLE_CLOUD_LOCATION, else `global`.
    Workspace: `workspace_id`, else ANTHROPIC_GOOGLE_CLOUD_WORKSPACE_ID.
    """


class AsyncAnthropicGoogleCloud(
    _GoogleCloud["httpx.AsyncClient"], _platform.AsyncSignsEachAttempt, AsyncAnthropic
):
    """The asyncio/trio form of :class:`AnthropicGoogleCloud`; `token_provider` may be async."""

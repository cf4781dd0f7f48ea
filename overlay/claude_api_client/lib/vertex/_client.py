"""Claude on Google Vertex AI: `AnthropicVertex` and `AsyncAnthropicVertex`.

Messages (GA and beta) and token counting. `POST /v1/messages` becomes
`POST /projects/{project}/locations/{region}/publishers/anthropic/models/{model}:rawPredict`
(`:streamRawPredict` when streaming; `model` leaves the body, `stream` stays), token counting goes
to `…/publishers/anthropic/models/count-tokens:rawPredict`, and `anthropic_version` joins every
body. Hosts: `https://{region}-aiplatform.googleapis.com/v1`, or for the multi-region locations
`global`, `us` and `eu` their own hosts. Auth: `access_token=`, `credentials=` (google-auth,
refreshed when expired, one refresh at a time) or Application Default Credentials (the `vertex`
extra). With no project given, the project those credentials name is used: loading ADC for it
happens in the first call, before sending (blocking, also on the async client; pass `project_id`
to avoid it).
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar
from urllib.parse import quote

from ..._client import Anthropic, AsyncAnthropic
from ..._core._constants import API_VERSION
from ..._core._types import NOT_GIVEN, NotGiven, omit
from .. import _platform
from .._google_auth import GoogleBearer
from .._platform import ClientArguments, HttpT, PlatformClient, given, path_segment, refuse

if TYPE_CHECKING:
    import httpx
    from typing_extensions import Unpack

    from ..._core._options import RequestOptions

__all__ = ["AnthropicVertex", "AsyncAnthropicVertex"]

_HOSTS = {
    "global": "https://aiplatform.googleapis.com/v1",
    "us": "https://aiplatform.us.rep.googleapis.com/v1",
    "eu": "https://aiplatform.eu.rep.googleapis.com/v1",
}


def vertex_base_url(region: str) -> str:
    return _HOSTS.get(region) or f"https://{quote(region, safe='')}-aiplatform.googleapis.com/v1"


class _Vertex(PlatformClient[HttpT]):
    _platform: ClassVar[str] = "Vertex AI"
    _gen_ai_provider_name: ClassVar[str] = "gcp.vertex_ai"
    _otel_platform: ClassVar[str | None] = "vertex"
    # The platform serves no message threads (`client.beta.messages.thread()` says so).
    _supports_message_threads: ClassVar[bool] = False
    _google: GoogleBearer

    region: str
    project_id: str | None

    def __init__(
        self,
        *,
        region: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN,
        access_token: str | None = None,
        credentials: Any | None = None,
        base_url: str | httpx.URL | None = None,
        **core: Unpack[ClientArguments[HttpT]],
    ) -> None:
        settings = given(locals())
        chosen = os.environ.get("CLOUD_ML_REGION") if isinstance(region, NotGiven) else region
        if chosen is None:
            raise ValueError(
                "No region: pass region=... or set the CLOUD_ML_REGION environment variable."
            )
        if not chosen:
            raise ValueError("argument 'region' must be a non-empty string")
        self.region = chosen
        self._signer = self._google = GoogleBearer(
            access_token=access_token, credentials=credentials, extra="vertex"
        )
        self.project_id = (
            (os.environ.get("ANTHROPIC_VERTEX_PROJECT_ID") or None)
            if isinstance(project_id, NotGiven)
            else project_id
        ) or self._google.tokens.project
        self.access_token = access_token
        url = base_url or os.environ.get("ANTHROPIC_VERTEX_BASE_URL") or vertex_base_url(chosen)
        self._init_core(settings, url, core)

    @property
    def credentials(self) -> Any | None:
        """The google-auth credentials in use (those given, or ADC once loaded)."""
        return self._google.tokens.credentials

    def _project(self) -> str:
        self.project_id = self._google.project(
            self.project_id,
            "pass project_id=..., set ANTHROPIC_VERTEX_PROJECT_ID, or use credentials that name "
            "a project.",
        )
        return self.project_id

    def _prepare_options(self, options: RequestOptions) -> RequestOptions:
        path = options.path.partition("?")[0]
        if path.startswith("/v1/messages/batches"):
            refuse(self._platform, options, "The Message Batches API")
        if options.method.lower() != "post" or path not in (
            "/v1/messages",
            "/v1/messages/count_tokens",
        ):
            refuse(self._platform, options)
        if not isinstance(options.json_body, Mapping):
            raise TypeError("a Vertex AI messages request needs a JSON object body")
        body = dict(options.json_body)
        body.setdefault("anthropic_version", API_VERSION)
        # The version travels in the body; like the official, no anthropic-version header.
        extra_headers = {"anthropic-version": omit, **(options.extra_headers or {})}
        models = (
            f"/projects/{path_segment('project_id', self._project(), '@:')}"
            f"/locations/{path_segment('region', self.region, '@:')}/publishers/anthropic/models"
        )
        if path == "/v1/messages/count_tokens":
            target, stream = f"{models}/count-tokens:rawPredict", options.stream
        else:
            model = path_segment("model", body.pop("model", None), "@:")
            stream = bool(body.get("stream")) or options.stream
            target = f"{models}/{model}:{'streamRawPredict' if stream else 'rawPredict'}"
        return dataclasses.replace(
            options, path=target, json_body=body, extra_headers=extra_headers, stream=stream
        )


class AnthropicVertex(_Vertex["httpx.Client"], _platform.SignsEachAttempt, Anthropic):
    """A client of Claude on Vertex AI (see the module docstring for what is rewritten).

    Region: `region`, else CLOUD_ML_REGION. Project: `project_id`, ANTHROPIC_VERTEX_PROJECT_ID,
    else the credentials' project. Base URL: `base_url`, ANTHROPIC_VERTEX_BASE_URL, else the
    region's host.
    """


class AsyncAnthropicVertex(
    _Vertex["httpx.AsyncClient"], _platform.AsyncSignsEachAttempt, AsyncAnthropic
):
    """The asyncio/trio form of :class:`AnthropicVertex`."""

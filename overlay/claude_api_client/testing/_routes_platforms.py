"""The platform routes: Bedrock, Vertex AI, Foundry, Mantle, Claude on AWS and on Google Cloud.

Each platform request is translated to the first-party request it stands for and answered by the
same handlers and echo model; only the framing of the answer differs (Bedrock streams as the AWS
binary event-stream). The request recorded in `server.requests` is the translated one; the bytes
the client really sent are kept on it as `request.sent`, for checking signatures.

Platform credentials are checked for presence and form, not verified (tests verify SigV4 with
their own verifier over `request.sent`): a SigV4 `authorization`, a bearer token, or `api-key`.

| Platform | Paths served |
|---|---|
| Bedrock | `POST /model/{model}/invoke`, `POST /model/{model}/invoke-with-response-stream` |
| Vertex AI | `POST [/v1]/projects/{p}/locations/{r}/publishers/anthropic/models/{m}:rawPredict` (and `:streamRawPredict`; `{m}` = `count-tokens` counts tokens) |
| Foundry, Mantle | the first-party paths under `/anthropic` |
| Google Cloud | the first-party paths under `/v1/projects/{p}/locations/{l}/workspaces/{w}/invoke` or `…/claudeOrganization/invoke` |
| Claude on AWS | the first-party paths, SigV4-signed |
"""

from __future__ import annotations

import base64
import dataclasses
import json
import re
import struct
import zlib
from collections.abc import Mapping
from typing import Any
from urllib.parse import unquote

from ._protocol import APIFailure, Reply, Request

__all__ = ["adapt", "dress", "eventstream_frame"]

_BEDROCK = re.compile(r"^/model/(?P<model>[^/]+)/(?P<action>invoke|invoke-with-response-stream)$")
_VERTEX = re.compile(
    r"^(?:/v1)?/projects/[^/]+/locations/[^/]+/publishers/anthropic/models/"
    r"(?P<model>[^/:]+):(?P<action>rawPredict|streamRawPredict)$"
)
_GOOGLE_CLOUD = re.compile(
    r"^/v1/projects/[^/]+/locations/[^/]+/(?:workspaces/[^/]+|claudeOrganization)/invoke(?=/)"
)
_PREFIXED = "/anthropic/"  # Foundry and Bedrock Mantle
SIGV4 = "AWS4-HMAC-SHA256 Credential="

# API error types as the AWS exception names Bedrock streams them with.
_EXCEPTIONS = {
    "rate_limit_error": "throttlingException",
    "invalid_request_error": "validationException",
    "permission_error": "accessDeniedException",
    "not_found_error": "resourceNotFoundException",
    "timeout_error": "modelTimeoutException",
    "overloaded_error": "serviceUnavailableException",
}


def _bad(message: str) -> APIFailure:
    return APIFailure(400, "invalid_request_error", message)


def _credentials(request: Request, api_key: str) -> dict[str, str]:
    """The request's headers with a platform credential swapped for the simulator's key."""
    headers = dict(request.headers)
    auth = headers.get("authorization", "")
    if auth.startswith((SIGV4, "Bearer ")) or "api-key" in headers:
        # The platform's own credential (a signature, a Google / Azure / Bedrock token) stands
        # for the caller here: the first-party checks then see the simulator's key.
        headers.pop("authorization", None)
        headers["x-api-key"] = api_key
    elif "x-api-key" not in headers:
        raise APIFailure(401, "authentication_error", "no platform credentials on the request")
    headers.setdefault("anthropic-version", "2023-06-01")
    return headers


def _json_body(request: Request) -> dict[str, Any]:
    try:
        body = request.json()
    except ValueError:
        raise _bad("the request body is not valid JSON") from None
    if not isinstance(body, dict):
        raise _bad("the request body must be a JSON object")
    return body


def _versioned(body: dict[str, Any], headers: dict[str, str]) -> dict[str, Any]:
    """Body fields the platforms carry instead of headers, back in their headers."""
    version = body.pop("anthropic_version", None)
    if not isinstance(version, str):
        raise _bad("anthropic_version: field required")
    headers["anthropic-version"] = version
    betas = body.pop("anthropic_beta", None)
    if betas:
        headers["anthropic-beta"] = ",".join(betas)
    profile = body.pop("user_profile_id", None)
    if profile is not None:
        headers["anthropic-user-profile-id"] = str(profile)
    return body


def adapt(request: Request, api_key: str) -> Request:
    """The first-party request a platform request stands for (the request itself otherwise)."""
    path = request.path
    headers = dict(request.headers)
    body: dict[str, Any] | None = None
    platform = None
    try:
        if (found := _BEDROCK.match(path)) is not None:
            platform, headers = "bedrock", _credentials(request, api_key)
            body = _versioned(_json_body(request), headers)
            body["model"] = unquote(found["model"])
            if found["action"] == "invoke-with-response-stream":
                body["stream"] = True
            path = "/v1/messages"
        elif (found := _VERTEX.match(path)) is not None:
            platform, headers = "vertex", _credentials(request, api_key)
            body = _versioned(_json_body(request), headers)
            if found["model"] == "count-tokens":
                path = "/v1/messages/count_tokens"
            else:
                body["model"] = unquote(found["model"])
                path = "/v1/messages"
        elif (found := _GOOGLE_CLOUD.match(path)) is not None:
            platform, headers = "google_cloud", _credentials(request, api_key)
            path = path[found.end() :]
        elif path.startswith(_PREFIXED):
            platform, headers = "foundry_or_mantle", _credentials(request, api_key)
            path = path[len(_PREFIXED) - 1 :]
        elif request.headers.get("authorization", "").startswith(SIGV4):
            platform, headers = "aws", _credentials(request, api_key)
    except APIFailure as failure:
        return dataclasses.replace(request, failure=failure, sent=request)
    if platform is None:
        return request
    content = request.body if body is None else json.dumps(body).encode()
    return dataclasses.replace(
        request, path=path, headers=headers, body=content, platform=platform, sent=request
    )


def eventstream_frame(headers: Mapping[str, str], payload: bytes) -> bytes:
    """One AWS event-stream message: prelude, string headers, payload, both CRC32s."""
    encoded = b"".join(
        bytes([len(name)])
        + name.encode()
        + b"\x07"
        + struct.pack(">H", len(value))
        + value.encode()
        for name, value in ((n, v) for n, v in headers.items())
    )
    total = 12 + len(encoded) + len(payload) + 4
    prelude = struct.pack(">II", total, len(encoded))
    prelude += struct.pack(">I", zlib.crc32(prelude))
    message = prelude + encoded + payload
    return message + struct.pack(">I", zlib.crc32(message))


def _bedrock_frame(event: str, data: Mapping[str, Any]) -> bytes:
    text = json.dumps(data, separators=(",", ":"))
    if event == "error":
        error = data.get("error") or {}
        name = _EXCEPTIONS.get(str(error.get("type")), "internalServerException")
        payload = json.dumps({"message": error.get("message", "")}).encode()
        return eventstream_frame(
            {":message-type": "exception", ":exception-type": name, ":content-type": "application/json"},
            payload,
        )  # fmt: skip
    chunk = json.dumps({"bytes": base64.b64encode(text.encode()).decode()}).encode()
    return eventstream_frame(
        {":message-type": "event", ":event-type": "chunk", ":content-type": "application/json"},
        chunk,
    )


def dress(request: Request, reply: Reply) -> Reply:
    """The reply in the platform's framing (Bedrock streams as the AWS event-stream)."""
    if request.platform == "bedrock" and reply.events is not None:
        reply.framer = _bedrock_frame
        reply.stream_type = "application/vnd.amazon.eventstream"
    return reply

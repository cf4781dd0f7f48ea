"""Reading ../shared/cassettes/: four recording formats into one `Interaction` shape.

Formats: vcrpy YAML v1 (bodies as text, or gzip as `!!binary`), pydantic-ai's vcrpy variant
(`parsed_body` instead of `body`), dd-trace-py's YAML with Python tags (`multidict.istr` keys)
and its JSON recordings, and Ruby VCR YAML (`http_interactions`, `body.string`). Files are read in
place and never copied.
"""

from __future__ import annotations

import gzip
import json
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import yaml

from _support.wire import sse_json_events

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
CASSETTES = SHARED / "cassettes"


class TolerantLoader(yaml.SafeLoader):
    """SafeLoader that reads Python-specific tags as plain data instead of refusing them."""


def _python_tag(loader: yaml.SafeLoader, suffix: str, node: yaml.Node) -> Any:
    if isinstance(node, yaml.SequenceNode):
        items = loader.construct_sequence(node, deep=True)
        # multidict.istr(['Accept']) is a case-insensitive str: keep the str.
        return items[0] if "istr" in suffix and items else items
    if isinstance(node, yaml.MappingNode):
        return loader.construct_mapping(node, deep=True)
    return loader.construct_scalar(node)  # type: ignore[arg-type]


TolerantLoader.add_multi_constructor("tag:yaml.org,2002:python/", _python_tag)
TolerantLoader.add_multi_constructor("!ruby/", _python_tag)


@dataclass
class Interaction:
    project: str
    file: str
    index: int
    method: str
    url: str
    request_headers: dict[str, str]
    request_body: bytes | None
    request_json: Any
    status: int
    response_headers: dict[str, str]
    response_body: bytes  # as sent on the wire (possibly gzip)
    content: bytes = field(default=b"")  # decoded

    @property
    def id(self) -> str:
        return f"{self.project}/{self.file}#{self.index}"

    @property
    def host(self) -> str:
        return urlsplit(self.url).hostname or ""

    @property
    def path(self) -> str:
        return urlsplit(self.url).path

    @property
    def query(self) -> list[tuple[str, str]]:
        return parse_qsl(urlsplit(self.url).query, keep_blank_values=True)

    @property
    def betas(self) -> set[str]:
        raw = self.request_headers.get("anthropic-beta", "")
        return {b.strip() for b in raw.split(",") if b.strip()}

    @property
    def beta(self) -> bool:
        return ("beta", "true") in self.query or bool(self.betas)

    @property
    def is_sse(self) -> bool:
        # openinference recorded no headers: recognise the body instead.
        content_type = self.response_headers.get("content-type", "")
        return "text/event-stream" in content_type or self.content.lstrip().startswith(b"event:")

    def json(self) -> Any:
        return json.loads(self.content)

    def sse(self) -> list[tuple[str, Any]]:
        """The (event, data) pairs of an SSE body, parsed by the test itself."""
        return sse_json_events(self.content)


def _headers(raw: Any) -> dict[str, str]:
    out: dict[str, str] = {}
    for key, value in (raw or {}).items():
        if isinstance(value, list):
            value = ", ".join(str(v) for v in value)
        out[str(key).lower()] = str(value)
    return out


def _bytes(value: Any) -> bytes:
    if value is None:
        return b""
    if isinstance(value, bytes):
        return value
    return str(value).encode("utf-8")


def _decode(body: bytes, headers: dict[str, str]) -> bytes:
    encoding = headers.get("content-encoding", "").lower()
    if body[:2] == b"\x1f\x8b" or encoding == "gzip":
        try:
            return gzip.decompress(body)
        except OSError:
            return body
    if encoding == "deflate":
        return zlib.decompress(body)
    return body


def _body(part: dict[str, Any]) -> tuple[bytes | None, Any]:
    """(raw bytes, parsed JSON or None) of a request or response record."""
    if "parsed_body" in part:  # pydantic-ai's serializer
        parsed = part["parsed_body"]
        return json.dumps(parsed).encode(), parsed
    body = part.get("body")
    if isinstance(body, dict):  # vcrpy responses and Ruby VCR: {string: ...}
        body = body.get("string")
    if body is None or body == "":
        return None, None
    raw = _bytes(body)
    try:
        return raw, json.loads(raw)
    except ValueError:
        return raw, None


def _interaction(
    project: str, file: str, index: int, request: dict[str, Any], response: dict[str, Any]
) -> Interaction:
    req_raw, req_json = _body(request)
    resp_headers = _headers(response.get("headers"))
    resp_raw, _ = _body(response)
    if "parsed_body" in response:
        resp_headers.pop("content-encoding", None)
    wire = resp_raw or b""
    status = response["status"]
    code = status["code"] if isinstance(status, dict) else int(status)
    return Interaction(
        project=project,
        file=file,
        index=index,
        method=str(request["method"]).upper(),
        url=request.get("uri") or request.get("url"),
        request_headers=_headers(request.get("headers")),
        request_body=req_raw,
        request_json=req_json,
        status=int(code),
        response_headers=resp_headers,
        response_body=wire,
        content=_decode(wire, resp_headers),
    )


def load(path: Path) -> list[Interaction]:
    project = path.parent.name
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".json":
        data = json.loads(text)
        records = data if isinstance(data, list) else [data]
        items = [(r["request"], r["response"]) for r in records]
    else:
        data = yaml.load(text, Loader=TolerantLoader)
        records = data.get("interactions") or data.get("http_interactions") or []
        items = [(r["request"], r["response"]) for r in records]
    return [_interaction(project, path.name, i, rq, rs) for i, (rq, rs) in enumerate(items)]


def discover() -> list[Interaction]:
    out: list[Interaction] = []
    if not CASSETTES.is_dir():
        return out
    for path in sorted(CASSETTES.rglob("*")):
        if path.suffix in (".yaml", ".yml", ".json") and path.is_file():
            out.extend(load(path))
    return out


def parse_multipart(body: bytes, content_type: str) -> list[dict[str, Any]]:
    """The parts of a multipart/form-data body: name, filename, content type, content."""
    boundary = content_type.split("boundary=", 1)[1].split(";")[0].strip('"')
    parts = []
    for chunk in body.split(b"--" + boundary.encode())[1:]:
        if chunk.startswith(b"--"):
            break
        head, _, content = chunk.lstrip(b"\r\n").partition(b"\r\n\r\n")
        fields: dict[str, Any] = {"content": content[:-2] if content.endswith(b"\r\n") else content}
        for line in head.decode().split("\r\n"):
            key, _, value = line.partition(":")
            if key.lower() == "content-disposition":
                for item in value.split(";")[1:]:
                    k, _, v = item.strip().partition("=")
                    fields[k] = v.strip('"')
            elif key.lower() == "content-type":
                fields["content_type"] = value.strip()
        parts.append(fields)
    return parts

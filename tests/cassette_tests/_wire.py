"""The scenarios behind tests/cassettes/, written to the documented wire format.

Each `Scenario` says which public SDK call to make, the exact request the API documents for it
(method, path, query, JSON or multipart body, `anthropic-beta`) and the response the API sends
(status, headers, JSON / SSE / JSON lines / bytes). `cassette(scenario)` turns one into a vcrpy
cassette (YAML v1); `scripts/record --build` writes them all to tests/cassettes/, and
`scripts/record --live` replaces them with real traffic (same scenarios, same tests).

Nothing here imports the SDK: the wire facts are kept apart from the code under test.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import yaml

from _support.events import (
    MESSAGE_STOP,
    PING,
    block_start,
    block_stop,
    json_delta,
    message_delta,
    message_start,
    named,
    text_delta,
)
from _support.payloads import message_body
from _support.wire import sse_body as encode_sse

CASSETTES = Path(__file__).resolve().parents[1] / "cassettes"
BASE_URL = "https://api.anthropic.com"
API_VERSION = "2023-06-01"
BOUNDARY = "claude-api-client-boundary"
HEADER = "# built from tests/cassette_tests/_wire.py by scripts/record --build; do not edit\n"


@dataclass(frozen=True)
class Part:
    """One multipart/form-data part: a form field (no filename) or a file."""

    name: str
    content: bytes
    filename: str | None = None
    content_type: str | None = None


@dataclass(frozen=True)
class Scenario:
    name: str  # cassette path under tests/cassettes/, without .yaml
    call: tuple[str, ...]  # attribute path under the client (or client.beta when beta)
    kind: str  # model | page | stream | jsonl | bytes | error | stream_error
    method: str
    path: str
    args: dict[str, Any] = field(default_factory=dict)
    posargs: tuple[Any, ...] = ()
    query: dict[str, str] | None = None
    json_body: Any = None
    parts: tuple[Part, ...] | None = None
    status: int = 200
    response_json: Any = None
    sse: tuple[tuple[str, Any], ...] | None = None
    jsonl: tuple[Any, ...] | None = None
    raw: bytes | None = None
    content_type: str = "application/json"
    extra_response_headers: dict[str, str] = field(default_factory=dict)
    betas: tuple[str, ...] | None = None  # None: the GA form
    model: str | None = None  # class name the SDK should return (items, for pages/jsonl)
    final: dict[str, Any] | None = None  # streams: the message the events build
    error: type[Any] | str | None = None  # errors: exception class name
    live: bool = True  # False: cannot be re-recorded on demand (5xx, 529, 413 …)

    @property
    def request_id(self) -> str:
        import hashlib

        return "req_011C" + hashlib.sha1(self.name.encode()).hexdigest()[:20]

    @property
    def beta(self) -> bool:
        return self.betas is not None


# --- response bodies -------------------------------------------------------------------------

MESSAGE = message_body(
    "Hello! How can I help you today?",
    id="msg_01XFDUDYJgAACzvnptvVoYEL",
    model="claude-sonnet-4-5-20250929",
    usage={
        "input_tokens": 10,
        "cache_creation_input_tokens": 0,
        "cache_read_input_tokens": 0,
        "cache_creation": {"ephemeral_5m_input_tokens": 0, "ephemeral_1h_input_tokens": 0},
        "output_tokens": 12,
        "service_tier": "standard",
    },
)

BETA_MESSAGE = {
    **MESSAGE,
    "id": "msg_01BetaQ9oXWwQ8bqP4Lm7Tz2",
    "content": [
        {"type": "thinking", "thinking": "A greeting; answer briefly.", "signature": "EqQBCkYIB"},
        {"type": "text", "text": "Hi there!"},
    ],
    "context_management": {"applied_edits": []},
}

HELLO = [{"role": "user", "content": "Hello, Claude"}]

STREAM_EVENTS: tuple[tuple[str, Any], ...] = named(
    message_start(
        {
            "id": "msg_01StrmVd8sX4v9QbC2nH7kLe",
            "type": "message",
            "role": "assistant",
            "model": "claude-sonnet-4-5-20250929",
            "content": [],
            "stop_reason": None,
            "stop_sequence": None,
            "usage": {
                "input_tokens": 25,
                "cache_creation_input_tokens": 0,
                "cache_read_input_tokens": 0,
                "output_tokens": 1,
                "service_tier": "standard",
            },
        }
    ),
    block_start(0),
    PING,
    text_delta(0, "Let"),
    text_delta(0, " me check."),
    block_stop(0),
    block_start(
        1,
        {
            "type": "tool_use",
            "id": "toolu_01T1x1fJ34qAmk2tNTrN7Up6",
            "name": "get_weather",
            "input": {},
        },
    ),
    json_delta(1, '{"city": "Pa'),
    json_delta(1, 'ris"}'),
    block_stop(1),
    message_delta("tool_use", 41),
    MESSAGE_STOP,
)

STREAM_FINAL = {
    "id": "msg_01StrmVd8sX4v9QbC2nH7kLe",
    "type": "message",
    "role": "assistant",
    "model": "claude-sonnet-4-5-20250929",
    "content": [
        {"type": "text", "text": "Let me check."},
        {
            "type": "tool_use",
            "id": "toolu_01T1x1fJ34qAmk2tNTrN7Up6",
            "name": "get_weather",
            "input": {"city": "Paris"},
        },
    ],
    "stop_reason": "tool_use",
    "stop_sequence": None,
    "usage": {
        "input_tokens": 25,
        "cache_creation_input_tokens": 0,
        "cache_read_input_tokens": 0,
        "output_tokens": 41,
        "service_tier": "standard",
    },
}

WEATHER_TOOL = {
    "name": "get_weather",
    "description": "Current weather for a city.",
    "input_schema": {
        "type": "object",
        "properties": {"city": {"type": "string"}},
        "required": ["city"],
    },
}

BATCH_ID = "msgbatch_01HkcTjaV5uDC8jWR4ZsDV8d"
BATCH = {
    "id": BATCH_ID,
    "type": "message_batch",
    "processing_status": "in_progress",
    "request_counts": {"processing": 2, "succeeded": 0, "errored": 0, "canceled": 0, "expired": 0},
    "ended_at": None,
    "created_at": "2025-01-29T14:24:58.140385Z",
    "expires_at": "2025-01-30T14:24:58.140385Z",
    "archived_at": None,
    "cancel_initiated_at": None,
    "results_url": None,
}
BATCH_ENDED = {
    **BATCH,
    "processing_status": "ended",
    "request_counts": {"processing": 0, "succeeded": 1, "errored": 1, "canceled": 0, "expired": 0},
    "ended_at": "2025-01-29T14:31:02.000000Z",
    "results_url": f"{BASE_URL}/v1/messages/batches/{BATCH_ID}/results",
}
BATCH_REQUESTS = [
    {
        "custom_id": "greeting-1",
        "params": {"model": "claude-sonnet-4-5", "max_tokens": 1024, "messages": HELLO},
    },
    {
        "custom_id": "greeting-2",
        "params": {
            "model": "claude-sonnet-4-5",
            "max_tokens": 1024,
            "messages": [{"role": "user", "content": "Say hello in French."}],
        },
    },
]
BATCH_RESULTS = (
    {
        "custom_id": "greeting-1",
        "result": {
            "type": "succeeded",
            "message": {**MESSAGE, "id": "msg_01FqfsLoHwgeFbguDgpz48m7"},
        },
    },
    {
        "custom_id": "greeting-2",
        "result": {
            "type": "errored",
            "error": {
                "type": "error",
                "error": {"type": "invalid_request_error", "message": "max_tokens: too large"},
                "request_id": "req_011CBatchErr2",
            },
        },
    },
)

MODEL_SONNET = {
    "type": "model",
    "id": "claude-sonnet-4-5-20250929",
    "display_name": "Claude Sonnet 4.5",
    "created_at": "2025-09-29T00:00:00Z",
    "max_input_tokens": 200000,
    "max_tokens": 64000,
    "capabilities": None,
}
MODEL_HAIKU = {
    "type": "model",
    "id": "claude-haiku-4-5-20251001",
    "display_name": "Claude Haiku 4.5",
    "created_at": "2025-10-15T00:00:00Z",
    "max_input_tokens": 200000,
    "max_tokens": 64000,
    "capabilities": None,
}

FILE_ID = "file_011CNha8iCJcU1wXNR6q4V8w"
FILE = {
    "id": FILE_ID,
    "type": "file",
    "filename": "data.csv",
    "mime_type": "text/csv",
    "size_bytes": 30,
    "created_at": "2025-04-15T18:37:24.100435Z",
    "downloadable": True,
}
CSV = b"region,revenue\nnorth,120\nsouth,95"

SKILL_ID = "skill_01JAbcdefghijklmnopqrstuvw"
SKILL = {
    "id": SKILL_ID,
    "type": "skill",
    "display_name": "Quarterly report builder",
    "source": {"type": "custom"},
    "latest_version_id": "skillver_01JAbcdefghijklmnopqrstuvw",
    "created_at": "2025-10-30T23:58:27.427722Z",
    "updated_at": "2025-10-30T23:58:27.427722Z",
}
BETA_SKILL = {
    "id": SKILL_ID,
    "type": "skill",
    "display_title": "Quarterly report builder",
    "source": "custom",
    "latest_version": "1759178010641129",
    "created_at": "2025-10-30T23:58:27.427722Z",
    "updated_at": "2025-10-30T23:58:27.427722Z",
}
SKILL_MD = (
    b"---\nname: quarterly-report\n"
    b"description: Builds the quarterly report from the finance spreadsheets.\n---\n"
    b"# Quarterly report\n"
)
VERSION_ID = "skillver_01JAbcdefghijklmnopqrstuvw"
VERSION = {
    "id": VERSION_ID,
    "type": "skill_version",
    "skill_id": SKILL_ID,
    "name": "quarterly-report",
    "description": "Builds the quarterly report from the finance spreadsheets.",
    "created_at": "2025-10-30T23:58:27.427722Z",
}
BETA_VERSION_NUMBER = "1759178010641129"
BETA_VERSION = {
    "id": "skillver_01JBetaVersion0000000000",
    "type": "skill_version",
    "skill_id": SKILL_ID,
    "version": BETA_VERSION_NUMBER,
    "name": "quarterly-report",
    "description": "Builds the quarterly report from the finance spreadsheets.",
    "directory": "quarterly-report",
    "created_at": "2025-10-30T23:58:27.427722Z",
}
ZIP = b"PK\x05\x06" + b"\x00" * 18  # an empty zip archive: the end-of-directory record only

BETAS = {
    "messages": ("interleaved-thinking-2025-05-14", "context-management-2025-06-27"),
    "count_tokens": ("token-counting-2024-11-01",),
    "batches": ("message-batches-2024-09-24",),
    "models": ("context-1m-2025-08-07",),
    "files": ("files-api-2025-04-14",),
    "skills": ("skills-2025-10-02",),
}


def op(
    call: str,
    request: str,
    response: Any = None,
    model: str | None = None,
    *posargs: Any,
    name: str | None = None,
    params: dict[str, Any] | None = None,
    body: Any = None,
    kind: str | None = None,
    betas: tuple[str, ...] | None = None,
    **fields: Any,
) -> Scenario:
    """One scenario in a line: `op("vaults.credentials.create", "POST /v1/…", response, model,
    *posargs, params=…, body=…)`.

    `call` is the dotted attribute path under the client; the name defaults to its first part,
    then the rest joined by `_` (under `beta/` when `betas` is given, even empty). The SDK call's
    keyword arguments are `params` (path and query arguments) then `body` (also the JSON sent);
    the kind is `page` for a `list`, else `model`. Other Scenario fields pass through.
    """
    parts = tuple(call.split("."))
    if name is None:
        name = "/".join(filter(None, (parts[0], "_".join(parts[1:]))))
        name = name if betas is None else "beta/" + name
    method, path = request.split(" ", 1)
    args = {**(params or {}), **(body if isinstance(body, dict) else {})}
    return Scenario(
        name,
        parts,
        kind or ("page" if parts[-1] == "list" else "model"),
        method,
        path,
        args=args,
        posargs=posargs,
        json_body=body,
        response_json=response,
        betas=betas,
        model=model,
        **fields,
    )


def page(*items: Any, next_page: str | None = None, **more: Any) -> dict[str, Any]:
    """A page body of the `next_page` style."""
    return {"data": list(items), **more, "next_page": next_page}


@dataclass(frozen=True)
class Resource:
    """One resource's scenarios, each a line: the methods fill in what every operation on it
    shares (the call prefix, the paths, the item, its model, its id, the betas).

    `path` is the collection's path and `one` an item's id. A sub-resource names its `parent`
    (keyword, id): calls on the collection take the parent's id first, calls on an item take
    the item's id and the parent's as a keyword. `slash_names` names the scenarios after the
    call's path (`beta/sessions/threads/list`) instead of `op`'s default, `names` after itself
    and the action (`batches/create`).
    """

    call: str
    path: str
    one: str
    item: Any
    model: str
    betas: tuple[str, ...] | None = None
    parent: tuple[str, str] | None = None
    slash_names: bool = False
    names: str | None = None

    def child(self, name: str, one: str, item: Any, model: str, key: str) -> Resource:
        """A sub-resource of this resource's item: `<call>.<name>`, at the item's path +
        `/<name>` (dots as slashes), its calls taking the item's id (as `key` on its items)."""
        path = f"{self.path}/{self.one}/{name.replace('.', '/')}"
        call = f"{self.call}.{name}"
        return replace(
            self, call=call, path=path, one=one, item=item, model=model, parent=(key, self.one)
        )

    def collection(self, action: str, method: str, response: Any = None, **more: Any) -> Scenario:
        """An operation on the collection (`create`, `list`, …); a `suffix` extends the path."""
        ids = (self.parent[1],) if self.parent else ()
        return self._op(action, f"{method} {self.path}", ids, {}, response, **more)

    def item_op(self, action: str, method: str, response: Any = None, **more: Any) -> Scenario:
        """An operation on one item (answering the item by default); a `suffix` extends its path."""
        parent = dict([self.parent]) if self.parent else {}
        response = self.item if response is None else response
        return self._op(
            action, f"{method} {self.path}/{self.one}", (self.one,), parent, response, **more
        )

    def _op(
        self,
        action: str,
        request: str,
        ids: tuple[Any, ...],
        keywords: dict[str, Any],
        response: Any,
        *,
        model: str | None = None,
        suffix: str = "",
        **more: Any,
    ) -> Scenario:
        call = f"{self.call}.{action}"
        if self.slash_names:
            more.setdefault("name", "beta/" + call.replace(".", "/"))
        elif self.names:
            more.setdefault("name", f"{self.names}/{action.replace('.', '_')}")
        posargs = more.pop("posargs", ids)
        params = {**keywords, **more.pop("params", {})}
        model = model or self.model
        kind = more.get("kind")
        if kind in ("stream", "events", "jsonl", "bytes"):  # no JSON body comes back
            response = None
            model = model if kind == "jsonl" else None  # jsonl: each line's model
        return op(
            call,
            request + suffix,
            response,
            model,
            *posargs,
            params=params,
            betas=self.betas,
            **more,
        )

    def create(self, body: Any, response: Any = None, **more: Any) -> Scenario:
        return self.collection("create", "POST", response or self.item, body=body, **more)

    def list(self, *items: Any, next_page: str | None = None, **more: Any) -> Scenario:
        """The first page: `items` (the item when none), then `next_page`."""
        response = page(*(items or (self.item,)), next_page=next_page)
        return self.collection("list", "GET", response, **more)

    def retrieve(self, response: Any = None, **more: Any) -> Scenario:
        return self.item_op("retrieve", "GET", response, **more)

    def update(self, body: Any, response: Any = None, **more: Any) -> Scenario:
        return self.item_op("update", "POST", response, body=body, **more)

    def delete(self, response: Any, model: str, **more: Any) -> Scenario:
        return self.item_op("delete", "DELETE", response, model=model, **more)

    def action(self, action: str, response: Any = None, **more: Any) -> Scenario:
        """`POST <item>/<action>` (archive, cancel, …)."""
        return self.item_op(action, "POST", response, suffix=f"/{action}", **more)

    def archived(self, **more: Any) -> Scenario:
        """`archive`, answering the item archived."""
        return self.action("archive", {**self.item, "archived_at": ARCHIVED_AT}, **more)


ARCHIVED_AT = "2026-08-02T09:00:00Z"


def _error(kind: str, message: str, request_id: str) -> dict[str, Any]:
    return {"type": "error", "error": {"type": kind, "message": message}, "request_id": request_id}


def _both(ga: Scenario, family: str, **beta_changes: Any) -> list[Scenario]:
    """A GA scenario and its beta twin (under `beta/`, sent with the family's betas)."""
    beta = replace(ga, name="beta/" + ga.name, betas=BETAS[family], **beta_changes)
    return [ga, beta]


def _twins(ga: Scenario, beta: Scenario, family: str) -> list[Scenario]:
    """A GA scenario and a beta one that differs from it in more than the body (path, ids)."""
    return [ga, replace(beta, name="beta/" + ga.name, betas=BETAS[family])]


def cursor_page(*items: Any, has_more: bool) -> dict[str, Any]:
    """A page body of the cursor style: the items, whether more follow, the first and last id."""
    ids = [item["id"] for item in items]
    return {"data": list(items), "has_more": has_more, "first_id": ids[0], "last_id": ids[-1]}


LIMIT_1: dict[str, Any] = {"params": {"limit": 1}, "query": {"limit": "1"}}
LIMIT_2: dict[str, Any] = {"params": {"limit": 2}, "query": {"limit": "2"}}


def _scenarios() -> list[Scenario]:
    out: list[Scenario] = []
    create_args = {"model": "claude-sonnet-4-5", "max_tokens": 1024, "messages": HELLO}
    out += _both(
        op("messages.create", "POST /v1/messages", MESSAGE, "Message", body=create_args),
        "messages",
        args={**create_args, "thinking": {"type": "enabled", "budget_tokens": 1024}},
        json_body={**create_args, "thinking": {"type": "enabled", "budget_tokens": 1024}},
        response_json=BETA_MESSAGE,
    )
    stream_args = {
        "model": "claude-sonnet-4-5",
        "max_tokens": 1024,
        "messages": [{"role": "user", "content": "What is the weather in Paris?"}],
        "tools": [WEATHER_TOOL],
        "stream": True,
    }
    out += _both(
        op(
            "messages.create",
            "POST /v1/messages",
            name="messages/create_stream",
            body=stream_args,
            kind="stream",
            sse=STREAM_EVENTS,
            content_type="text/event-stream; charset=utf-8",
            final=STREAM_FINAL,
        ),
        "messages",
    )
    count_args = {
        "model": "claude-sonnet-4-5",
        "system": "You are a terse assistant.",
        "messages": HELLO,
    }
    out += _both(
        op(
            "messages.count_tokens",
            "POST /v1/messages/count_tokens",
            {"input_tokens": 21},
            "MessageTokensCount",
            body=count_args,
        ),
        "count_tokens",
    )
    out += _batches()
    out += _models_and_files()
    out += _skills()
    out += _errors(create_args)
    return out


def _batches() -> list[Scenario]:
    batches = Resource("messages.batches", "/v1/messages/batches", BATCH_ID, BATCH, "MessageBatch")
    batches = replace(batches, names="batches")
    older = {**BATCH_ENDED, "id": "msgbatch_01Older7w2Yk9S8nQmzLqJd"}
    canceling = {
        **BATCH,
        "processing_status": "canceling",
        "cancel_initiated_at": "2025-01-29T14:24:59.858161Z",
    }
    deleted = {"id": BATCH_ID, "type": "message_batch_deleted"}
    results = {"jsonl": BATCH_RESULTS, "content_type": "application/binary"}
    return [
        *_both(batches.create({"requests": BATCH_REQUESTS}), "batches"),
        *_both(
            batches.collection("list", "GET", cursor_page(BATCH, older, has_more=True), **LIMIT_2),
            "batches",
        ),
        *_both(batches.retrieve(BATCH_ENDED), "batches"),
        *_both(batches.action("cancel", canceling), "batches"),
        *_both(batches.delete(deleted, "DeletedMessageBatch"), "batches"),
        *_both(
            batches.item_op(
                "results",
                "GET",
                None,
                model="MessageBatchIndividualResponse",
                suffix="/results",
                kind="jsonl",
                **results,
            ),
            "batches",
        ),
    ]


def _models_and_files() -> list[Scenario]:
    models = Resource("models", "/v1/models", "claude-haiku-4-5", MODEL_HAIKU, "ModelInfo")
    files = Resource("files", "/v1/files", FILE_ID, FILE, "FileMetadata")
    after = {"limit": 2, "after_id": "claude-opus-4-5-20251101"}
    uploaded = {**FILE, "downloadable": False, "expires_at": "2025-04-15T19:37:24Z"}
    upload = {
        "params": {"file": ("data.csv", CSV, "text/csv"), "expires_in_seconds": 3600},
        "parts": (Part("expires_in_seconds", b"3600"), Part("file", CSV, "data.csv", "text/csv")),
    }
    csv = {"kind": "bytes", "raw": CSV, "content_type": "text/csv"}
    return [
        *_both(
            models.collection(
                "list",
                "GET",
                cursor_page(MODEL_SONNET, MODEL_HAIKU, has_more=False),
                params=after,
                query={k: str(v) for k, v in after.items()},
            ),
            "models",
        ),
        *_both(models.retrieve(), "models"),
        *_both(files.collection("upload", "POST", uploaded, **upload), "files"),
        *_both(
            files.collection("list", "GET", cursor_page(FILE, has_more=False), **LIMIT_1), "files"
        ),
        *_both(files.item_op("retrieve_metadata", "GET"), "files"),
        *_both(files.item_op("download", "GET", suffix="/content", model=None, **csv), "files"),
        *_both(files.delete({"id": FILE_ID, "type": "file_deleted"}, "DeletedFile"), "files"),
    ]


def _skills() -> list[Scenario]:
    skills = Resource("skills", "/v1/skills", SKILL_ID, SKILL, "Skill")
    versions = skills.child("versions", VERSION_ID, VERSION, "SkillVersion", "skill_id")
    beta_versions = replace(versions, one=BETA_VERSION_NUMBER, item=BETA_VERSION)
    skill_file = ("quarterly-report/SKILL.md", SKILL_MD, "text/markdown")
    skill_part = Part("files[]", SKILL_MD, "quarterly-report/SKILL.md", "text/markdown")
    title = "Quarterly report builder"
    create = {
        "params": {"display_name": title, "files": [skill_file]},
        "parts": (Part("display_name", title.encode()), skill_part),
    }
    beta_create = {
        "args": {"display_title": title, "files": [skill_file]},
        "parts": (Part("display_title", title.encode()), skill_part),
        "response_json": BETA_SKILL,
    }
    next_page = "page_MjAyNS0xMC0zMA"
    custom = {
        "params": {"limit": 1, "source": "custom"},
        "query": {"limit": "1", "source": "custom"},
    }
    version_files = {"params": {"files": [skill_file]}, "parts": (skill_part,)}
    version_deleted = ({"id": VERSION_ID, "type": "skill_version_deleted"}, "DeletedSkillVersion")
    return [
        *_both(skills.collection("create", "POST", SKILL, **create), "skills", **beta_create),
        *_both(
            skills.list(SKILL, next_page=next_page, **custom),
            "skills",
            response_json=page(BETA_SKILL, has_more=True, next_page=next_page),
        ),
        *_both(skills.retrieve(), "skills", response_json=BETA_SKILL),
        *_both(skills.delete({"id": SKILL_ID, "type": "skill_deleted"}, "DeletedSkill"), "skills"),
        *_both(
            versions.collection("create", "POST", VERSION, **version_files),
            "skills",
            response_json=BETA_VERSION,
        ),
        *_both(
            versions.list(params={"limit": 5}, query={"limit": "5"}),
            "skills",
            response_json=page(BETA_VERSION, has_more=False),
        ),
        *_twins(versions.retrieve(), beta_versions.retrieve(), "skills"),
        *_twins(
            versions.delete(*version_deleted), beta_versions.delete(*version_deleted), "skills"
        ),
        replace(
            beta_versions.item_op(
                "download",
                "GET",
                suffix="/content",
                model=None,
                kind="bytes",
                raw=ZIP,
                content_type="application/zip",
            ),
            name="beta/skills/versions_download",
            betas=BETAS["skills"],
        ),
    ]


def _errors(create_args: dict[str, Any]) -> list[Scenario]:
    cases = [
        (400, "BadRequestError", "invalid_request_error", "max_tokens: Field required", {}),
        (401, "AuthenticationError", "authentication_error", "invalid x-api-key", {}),
        (
            403,
            "PermissionDeniedError",
            "permission_error",
            "Your API key does not have permission to use the specified resource.",
            {},
        ),
        (404, "NotFoundError", "not_found_error", "model: claude-sonnet-9", {}),
        (
            413,
            "ContentTooLargeError",
            "request_too_large",
            "Request exceeds the maximum allowed number of bytes.",
            {},
        ),
        (
            429,
            "RateLimitError",
            "rate_limit_error",
            "This request would exceed the rate limit for your organization.",
            {
                "retry-after": "17",
                "anthropic-ratelimit-requests-limit": "50",
                "anthropic-ratelimit-requests-remaining": "0",
                "anthropic-ratelimit-requests-reset": "2026-01-05T10:23:55Z",
                "x-should-retry": "true",
            },
        ),
        (500, "InternalServerError", "api_error", "Internal server error", {}),
        (529, "OverloadedError", "overloaded_error", "Overloaded", {}),
    ]
    out = []
    for status, cls, kind, message, headers in cases:
        name = f"errors/messages_create_{status}"
        request_id = f"req_011CErr{status}xYz"
        out.append(
            op(
                "messages.create",
                "POST /v1/messages",
                _error(kind, message, request_id),
                name=name,
                body=create_args,
                kind="error",
                status=status,
                extra_response_headers={"request-id": request_id, **headers},
                error=cls,
                live=status in (400, 401, 404),
            )
        )
    out.append(
        op(
            "files.retrieve_metadata",
            "GET /v1/files/file_011CMissing",
            _error("not_found_error", "File not found: file_011CMissing", "req_011CErr404Files"),
            None,
            "file_011CMissing",
            name="beta/errors/files_retrieve_metadata_404",
            kind="error",
            status=404,
            extra_response_headers={"request-id": "req_011CErr404Files"},
            error="NotFoundError",
            betas=BETAS["files"],
        )
    )
    stream_args = {**create_args, "stream": True}
    name = "errors/messages_create_stream_error_event"
    out.append(
        op(
            "messages.create",
            "POST /v1/messages",
            name=name,
            body=stream_args,
            kind="stream_error",
            sse=(
                STREAM_EVENTS[0],
                STREAM_EVENTS[1],
                STREAM_EVENTS[3],
                (
                    "error",
                    _error(
                        "overloaded_error", "Overloaded", Scenario(name, (), "", "", "").request_id
                    ),
                ),
            ),
            content_type="text/event-stream; charset=utf-8",
            error="OverloadedError",
            live=False,
        )
    )
    return out


SCENARIOS: list[Scenario] = _scenarios()

from ._wire_managed_agents import SCENARIOS as _MANAGED_AGENTS  # noqa: E402 (needs Scenario)

SCENARIOS += _MANAGED_AGENTS

# Memory stores, vaults, tunnels, dreams, user profiles and legacy completions (own module).
from ._wire_workspace_resources import scenarios as _workspace_resources  # noqa: E402

SCENARIOS += _workspace_resources()
BY_NAME: dict[str, Scenario] = {s.name: s for s in SCENARIOS}


# --- cassettes ---------------------------------------------------------------------------------


def multipart_body(parts: Iterable[Part], boundary: str = BOUNDARY) -> bytes:
    """multipart/form-data (RFC 7578): fields, then files, each closed by CRLF."""
    chunks: list[bytes] = []
    for part in parts:
        disposition = f'Content-Disposition: form-data; name="{part.name}"'
        if part.filename is not None:
            disposition += f'; filename="{part.filename}"'
        head = [f"--{boundary}", disposition]
        if part.content_type is not None:
            head.append(f"Content-Type: {part.content_type}")
        chunks.append(("\r\n".join(head) + "\r\n\r\n").encode() + part.content + b"\r\n")
    chunks.append(f"--{boundary}--\r\n".encode())
    return b"".join(chunks)


def sse_body(events: Iterable[tuple[str, Any]]) -> str:
    return encode_sse(events, compact=True).decode()


def _compact(value: Any) -> str:
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


def request_body(s: Scenario) -> bytes | None:
    if s.parts is not None:
        return multipart_body(s.parts)
    if s.json_body is not None:
        return _compact(s.json_body).encode()
    return None


def response_body(s: Scenario) -> bytes:
    if s.sse is not None:
        return sse_body(s.sse).encode()
    if s.jsonl is not None:
        return "".join(_compact(line) + "\n" for line in s.jsonl).encode()
    if s.raw is not None:
        return s.raw
    return _compact(s.response_json).encode()


def url(s: Scenario) -> str:
    from urllib.parse import urlencode

    query = f"?{urlencode(s.query)}" if s.query else ""
    return f"{BASE_URL}{s.path}{query}"


def cassette(s: Scenario) -> dict[str, Any]:
    """The scenario as a vcrpy cassette (a dict ready for YAML)."""
    req_headers: dict[str, list[str]] = {"anthropic-version": [API_VERSION]}
    if s.parts is not None:
        req_headers["content-type"] = [f"multipart/form-data; boundary={BOUNDARY}"]
    elif s.json_body is not None:
        req_headers["content-type"] = ["application/json"]
    if s.betas:
        req_headers["anthropic-beta"] = [",".join(s.betas)]
    accept = "text/event-stream" if s.sse is not None else "application/json"
    req_headers["accept"] = [accept]
    body = request_body(s)
    resp_headers = {
        "content-type": [s.content_type],
        "request-id": [s.request_id],
        "anthropic-organization-id": ["00000000-0000-4000-8000-000000000000"],
    }
    for key, value in s.extra_response_headers.items():
        resp_headers[key] = [value]
    if s.sse is None:
        resp_headers["content-length"] = [str(len(response_body(s)))]
    resp_body = response_body(s)
    try:
        text: str | bytes = resp_body.decode("utf-8")
    except UnicodeDecodeError:
        text = resp_body
    return {
        "interactions": [
            {
                "request": {
                    "body": None if body is None else body.decode("utf-8"),
                    "headers": req_headers,
                    "method": s.method,
                    "uri": url(s),
                },
                "response": {
                    "status": {"code": s.status, "message": _reason(s.status)},
                    "headers": resp_headers,
                    "body": {"string": text},
                },
            }
        ],
        "version": 1,
    }


# Reason phrases as the API's servers send them; Python's HTTPStatus phrases change between
# versions (3.13 renamed 413 to "Content Too Large"), and a built cassette must not depend on that.
_REASONS = {413: "Request Entity Too Large", 529: "Overloaded"}


def _reason(status: int) -> str:
    from http import HTTPStatus

    return _REASONS.get(status) or HTTPStatus(status).phrase


class _Dumper(yaml.SafeDumper):
    pass


def _str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    # Multi-line text (SSE, JSON lines) as literal blocks when YAML can keep it exact.
    style = "|" if "\n" in value and "\r" not in value and value == value.rstrip(" ") else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _str)


def to_yaml(s: Scenario) -> str:
    return HEADER + yaml.dump(
        cassette(s), Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100
    )


def path_of(s: Scenario) -> Path:
    return CASSETTES / f"{s.name}.yaml"


def build(check: bool = False) -> list[Path]:
    """Write every scenario's cassette (or, with check, list those that differ)."""
    changed = []
    for s in SCENARIOS:
        target = path_of(s)
        text = to_yaml(s)
        current = target.read_text(encoding="utf-8") if target.exists() else None
        if current is not None and not current.startswith(HEADER):
            continue  # re-recorded from the real API: leave it alone
        if current != text:
            changed.append(target)
            if not check:
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_text(text, encoding="utf-8")
    return changed

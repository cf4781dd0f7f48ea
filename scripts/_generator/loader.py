"""Read the bundled document into the operation model the resource templates render.

The SDK path of an operation comes from its operationId (`messages_batches_list` is
`client.messages.batches.list`); the method is the last word unless `x-sdk-method` names it, and
the namespace is the rest split on `_` unless `x-sdk-namespace` names it (resource names with an
underscore: `deployment_runs`, `memory_stores.memories`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from _openapi.names import RUNTIME_HEADERS, SDKNameError, param_py_name, py_name

from .schema_graph import REF_PREFIX, resolve_ref

HTTP_METHODS = ("get", "post", "put", "patch", "delete")


@dataclass
class Param:
    name: str  # the wire name
    py_name: str
    location: str  # path | query | header | body
    required: bool
    schema: Any
    description: str
    beta: list[str]
    # `x-platforms` on a parameter: the surfaces offering it (`anthropic` is the first-party
    # API); None offers it everywhere the operation is.
    platforms: list[str] | None = None
    # `x-beta` present, even empty: beta methods only (an empty list names no beta to send)
    beta_only: bool = False
    # `x-span-attribute`: the span attribute that records this path parameter's value.
    span_attribute: str | None = None

    def offered_on(self, surface: str) -> bool:
        return self.platforms is None or surface in self.platforms


@dataclass
class Operation:
    operation_id: str
    namespace: tuple[str, ...]
    method: str
    http_method: str
    path: str
    summary: str
    params: list[Param]
    body_kind: str | None  # json | multipart | None
    body_schema: str | None
    response_kind: str  # json | jsonl | binary | none
    response_schema: str | None
    stream_param: str | None
    event_schema: str | None
    pagination: dict[str, Any] | None
    item_schema: str | None
    beta: list[str]
    takes_betas: bool
    max_body_bytes: int | None
    examples: dict[str, Any] = field(default_factory=dict)
    description: str = ""
    beta_defaults: list[str] = field(default_factory=list)  # x-default-flags
    helpers: dict[str, Any] = field(default_factory=dict)  # x-sdk-helpers
    # The 2xx JSON body may be `null` (a long poll that found nothing).
    response_nullable: bool = False
    # The response is only ever an event stream (no `stream` switch): a GET that stays open.
    events_only: bool = False
    # `x-long-poll`: the query parameter holding how long the server may hold the request.
    long_poll: dict[str, Any] | None = None
    # `x-stream` options: the event that completes the stream (None: it just ends) and the name
    # of the accumulating helper method (None: no helper).
    stream_terminal: str | None = "message_stop"
    stream_helper: str | None = "stream"
    # Multipart fields that are files (`format: binary`, or an array of them).
    upload_fields: list[str] = field(default_factory=list)
    # `x-accept`: the Accept header of a binary or JSON Lines response.
    accept: str | None = None
    # `x-adaptive-timeout`: `{param, per-hour}`, the body field that says how long the call
    # may take, and how much of it the API gets through in an hour.
    adaptive_timeout: dict[str, Any] | None = None
    # The operation exists only under `client.beta`: it has `x-beta`, possibly empty (a beta-only
    # endpoint that needs no beta header, like `compliance`: nothing is sent by default).
    beta_only: bool = False
    # `x-platforms`: the platform clients that also serve this operation, each under its own
    # `client.beta` (`AnthropicBedrock().beta.agents`), on the platform's own endpoint: the
    # operation as that platform serves it (its keys overridden by the platform's entry, e.g.
    # `x-beta` or `responses`).
    platforms: dict[str, Operation] = field(default_factory=dict)
    # `x-body-param`: the whole JSON body is this one argument (a union body, sent as given).
    body_param: str | None = None
    # `x-span-created-id`: (span attribute, response field) of the id of the object created.
    span_created_id: tuple[str, str] | None = None

    def on_platform(self, platform: str) -> Operation:
        """This operation as `platform` serves it."""
        return self.platforms[platform]

    @property
    def path_params(self) -> list[Param]:
        return [p for p in self.params if p.location == "path"]


class LoadError(Exception):
    pass


def _schema_name(node: Any) -> str | None:
    if isinstance(node, dict) and isinstance(node.get("$ref"), str):
        ref = node["$ref"]
        if ref.startswith(REF_PREFIX):
            return ref[len(REF_PREFIX) :]
    return None


def _param_py_name(param: dict[str, Any]) -> str:
    try:
        return param_py_name(param)
    except SDKNameError as exc:
        raise LoadError(str(exc)) from None


def _nullable_ref(node: Any) -> str | None:
    """The schema name of `anyOf: [{$ref: X}, {type: null}]`, else None."""
    if not isinstance(node, dict) or "anyOf" not in node:
        return None
    members = node["anyOf"]
    names = [_schema_name(m) for m in members]
    nulls = [m for m in members if isinstance(m, dict) and m.get("type") == "null"]
    if len(members) == 2 and len(nulls) == 1:
        return next((n for n in names if n), None)
    return None


def is_binary(doc: dict[str, Any], node: Any) -> bool:
    """A `format: binary` string, an array of them, or a nullable one (`anyOf` with null)."""
    node = resolve_ref(doc, node) if isinstance(node, dict) else node
    if not isinstance(node, dict):
        return False
    if node.get("format") == "binary":
        return True
    if node.get("type") == "array":
        return is_binary(doc, node.get("items"))
    members = [
        m for m in node.get("anyOf", []) if not (isinstance(m, dict) and m.get("type") == "null")
    ]
    return len(members) == 1 and is_binary(doc, members[0])


def _body_fields(doc: dict[str, Any], target: dict[str, Any]) -> tuple[set[str], dict[str, Any]]:
    """(required names, properties) of a request body; a body that is a union of objects takes
    every member's fields (required when every member requires it; a field whose schema differs
    between members takes their `anyOf`)."""
    union = target.get("oneOf") or target.get("anyOf")
    if not union:
        return set(target.get("required", [])), dict(target.get("properties", {}))
    members = [resolve_ref(doc, m) for m in union]
    required = set.intersection(*(set(m.get("required", [])) for m in members))
    properties: dict[str, Any] = {}
    for member in members:
        for name, prop in member.get("properties", {}).items():
            if name not in properties:
                properties[name] = prop
            elif properties[name] != prop:
                known = properties[name].get("anyOf", [properties[name]])
                properties[name] = (
                    {"anyOf": [*known, prop]} if prop not in known else properties[name]
                )
    return required, properties


def sdk_namespace(op: dict[str, Any]) -> tuple[tuple[str, ...], str]:
    """(namespace, method) of an operation object; also used by scripts/lint-openapi."""
    op_id = op["operationId"]
    method = op.get("x-sdk-method") or op_id.rsplit("_", 1)[-1]
    if not op_id.endswith("_" + method):
        raise LoadError(f"{op_id}: x-sdk-method {method!r} is not the end of the operationId")
    prefix = op_id[: -len(method) - 1]
    dotted = op.get("x-sdk-namespace")
    if dotted is None:
        return tuple(prefix.split("_")), method
    namespace = tuple(dotted.split("."))
    if "_".join(namespace) != prefix:
        raise LoadError(f"{op_id}: x-sdk-namespace {dotted!r} does not spell the operationId")
    return namespace, method


def _drop_shadowed_headers(params: list[Param]) -> list[Param]:
    """Leave out a header argument whose SDK name the operation's own path, query or body
    parameter already has: `organization.workspaces.retrieve(workspace_id)` names the workspace
    it reads, as in the official package, so the optional `anthropic-workspace-id` header is not
    offered there (a client-level header still applies)."""
    own = {p.py_name for p in params if p.location != "header"}
    return [p for p in params if p.location != "header" or p.py_name not in own]


def load_operations(doc: dict[str, Any]) -> list[Operation]:
    ops: list[Operation] = []
    schemas = doc["components"]["schemas"]
    for path, item in doc["paths"].items():
        for http_method in HTTP_METHODS:
            op = item.get(http_method)
            if op is None:
                continue
            ops.append(_load_operation(doc, schemas, path, http_method, op))
    ops.sort(key=lambda o: (o.namespace, o.method))
    seen: set[tuple[tuple[str, ...], str]] = set()
    for o in ops:
        key = (o.namespace, o.method)
        if key in seen:
            raise LoadError(f"two operations map to {'.'.join(key[0])}.{key[1]}")
        seen.add(key)
    return ops


def _load_operation(
    doc: dict[str, Any], schemas: dict[str, Any], path: str, http_method: str, op: dict[str, Any]
) -> Operation:
    op_id = op["operationId"]
    namespace, method = sdk_namespace(op)

    params: list[Param] = []
    takes_betas = False
    for raw in op.get("parameters", []):
        p = resolve_ref(doc, raw)
        if p["in"] == "header" and p["name"].lower() in RUNTIME_HEADERS:
            takes_betas = takes_betas or p["name"].lower() == "anthropic-beta"
            continue
        params.append(
            Param(
                name=p["name"],
                py_name=_param_py_name(p),
                location=p["in"],
                required=bool(p.get("required", p["in"] == "path")),
                schema=p.get("schema", {}),
                description=p.get("description", ""),
                beta=list(p.get("x-beta", [])),
                platforms=_platforms(p),
                beta_only="x-beta" in p,
                span_attribute=p.get("x-span-attribute"),
            )
        )

    body_kind = body_schema = None
    uploads: list[str] = []
    body = op.get("requestBody")
    if body:
        content = resolve_ref(doc, body)["content"]
        if "application/json" in content:
            body_kind, node = "json", content["application/json"]["schema"]
        elif "multipart/form-data" in content:
            body_kind, node = "multipart", content["multipart/form-data"]["schema"]
        else:
            raise LoadError(f"{op_id}: unsupported request content {list(content)}")
        body_schema = _schema_name(node)
        required, properties = _body_fields(doc, resolve_ref(doc, node))
        whole = op.get("x-body-param")
        if whole:  # one argument holds the body: a union of objects sent as given
            described = resolve_ref(doc, node).get("description", "")
            required, properties = {whole}, {whole: {**node, "description": described}}
        if body_kind == "multipart":
            uploads = [name for name, prop in properties.items() if is_binary(doc, prop)]
        for name, prop in properties.items():
            params.append(
                Param(
                    name=name,
                    py_name=py_name(name),
                    location="body",
                    required=name in required,
                    schema=prop,
                    description=prop.get("description", ""),
                    beta=list(prop.get("x-beta", [])),
                    platforms=_platforms(prop),
                    beta_only="x-beta" in prop,
                )
            )

    params = _drop_shadowed_headers(params)

    response_kind, response_schema, event_schema = "none", None, None
    response_nullable = False
    for status, resp in sorted(op.get("responses", {}).items()):
        if not status.startswith("2"):
            continue
        content = resolve_ref(doc, resp).get("content", {})
        for mime, media in content.items():
            name = _schema_name(media.get("schema"))
            if name is None and _nullable_ref(media.get("schema")):
                name, response_nullable = _nullable_ref(media.get("schema")), True
            if mime == "text/event-stream":
                event_schema = name
            elif mime == "application/json":
                response_kind, response_schema = "json", name
            elif "jsonl" in mime:
                response_kind, response_schema = "jsonl", name
            else:
                response_kind = "binary"
        break
    response_kind = op.get("x-response-kind", response_kind)

    pagination = op.get("x-pagination")
    item_schema = None
    if pagination:
        page = resolve_ref(doc, {"$ref": REF_PREFIX + response_schema}) if response_schema else {}
        items = page.get("properties", {}).get(pagination.get("items", "data"), {})
        item_schema = _schema_name(items.get("items"))

    accept = op.get("x-accept")
    if response_kind in ("binary", "jsonl") and not isinstance(accept, str):
        raise LoadError(f"{op_id}: a {response_kind} response needs x-accept (its Accept header)")
    adaptive = op.get("x-adaptive-timeout")
    if adaptive is not None and not (
        any(p.name == adaptive.get("param") and p.location == "body" for p in params)
        and isinstance(adaptive.get("per-hour"), int)
    ):
        raise LoadError(
            f"{op_id}: x-adaptive-timeout needs a body `param` and an integer `per-hour`"
        )

    stream = op.get("x-stream")
    events_only = bool(event_schema) and not stream and response_kind == "none"
    return Operation(
        operation_id=op_id,
        namespace=namespace,
        method=method,
        http_method=http_method,
        path=path,
        summary=op.get("summary", ""),
        description=op.get("description", ""),
        params=params,
        body_kind=body_kind,
        body_schema=body_schema,
        response_kind=response_kind,
        response_schema=response_schema,
        stream_param=stream.get("param", "stream") if stream else None,
        event_schema=event_schema if (stream or events_only) else None,
        pagination=pagination,
        item_schema=item_schema,
        beta=list(op.get("x-beta", [])),
        takes_betas=takes_betas,
        max_body_bytes=op.get("x-max-body-bytes"),
        beta_defaults=list(op.get("x-default-flags", [])),
        helpers=dict(op.get("x-sdk-helpers") or {}),
        response_nullable=response_nullable,
        events_only=events_only,
        long_poll=op.get("x-long-poll"),
        stream_terminal=(stream or {}).get("terminal", "message_stop"),
        stream_helper=(stream or {}).get("helper", "stream"),
        upload_fields=uploads,
        accept=accept,
        adaptive_timeout=adaptive,
        beta_only="x-beta" in op,
        platforms={
            name: _load_operation(
                doc, schemas, path, http_method, {**_without(op, "x-platforms"), **(override or {})}
            )
            for name, override in (op.get("x-platforms") or {}).items()
        },
        body_param=op.get("x-body-param"),
        span_created_id=_created_id(op.get("x-span-created-id")),
    )


def _without(node: dict[str, Any], key: str) -> dict[str, Any]:
    return {k: v for k, v in node.items() if k != key}


def _platforms(node: dict[str, Any]) -> list[str] | None:
    """A parameter's `x-platforms` (the surfaces that offer it), or None (all of them)."""
    found = node.get("x-platforms")
    return None if found is None else list(found)


def _created_id(value: Any) -> tuple[str, str] | None:
    """`x-span-created-id`: an attribute (read from the response's `id`) or [attribute, field]."""
    if value is None:
        return None
    if isinstance(value, str):
        return value, "id"
    attribute, field = value
    return str(attribute), str(field)

"""Answers for resource-style operations, read from the document instead of written per route.

An operation the server has no hand-written route for is answered here, from its method, its
path template and its response schema:

- ``POST /v1/things`` creates: the response schema is filled from the request body (every body
  field whose value also fits the response's field), a fresh `id` (with the prefix of the
  operation's example id), timestamps from the server's clock, `null` for nullable fields and
  the `const` of tags; anything else required gets the plainest valid value.
- ``GET /v1/things`` with `x-pagination` lists (in the operation's page style), filtered by the
  parent path parameters, by `include_archived`, by `created_at[gte|gt|lte|lt]`, by scalar query
  parameters naming a field, and by array ones (`statuses[]` filters `status`).
- ``GET /v1/things/{id}`` retrieves, ``POST`` updates (body fields over the stored object),
  ``DELETE`` deletes (answering the response schema with the id), ``POST .../{id}/archive`` sets
  `archived_at`; any other ``POST .../{id}/<verb>`` answers the stored object.

Objects live in `State.records`, keyed by the collection's path template, each with the parent
path parameters it was created under. Hand-written routes (`_routes_*`) reuse `create`, `find`,
`store`, `modify`, `remove`, `build` and `list_page` for the parts that are not plain CRUD, and
`seeded_by` for collections that start with records.
"""

from __future__ import annotations

import contextlib
import copy
import datetime as _dt
from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

from ._pages import cursor_page, token_page, with_prev_page
from ._protocol import APIFailure, Call, Handler, Reply

if TYPE_CHECKING:
    from ._document import Document, Operation
    from ._state import State

__all__ = [
    "add",
    "answer",
    "build",
    "changing",
    "collection_of",
    "create",
    "find",
    "first_time",
    "items",
    "matching",
    "modify",
    "remove",
    "seeded_by",
    "store",
]

_MISSING: Any = object()
_PAGING = {"limit", "page", "after_id", "before_id", "include_archived", "order"}
_BOUNDS = {"gte": ">=", "gt": ">", "lte": "<=", "lt": "<"}


# --- reading the document ---------------------------------------------------------------------


def raw_operation(document: Document, operation: Operation) -> Mapping[str, Any]:
    item = document.validator.resolve(document.raw["paths"][operation.template])
    found: Mapping[str, Any] = item[operation.method.lower()]
    return found


def _response(document: Document, operation: Operation) -> tuple[Mapping[str, Any], Any]:
    """(the 2xx JSON schema, the first example value or None)."""
    for status, response in sorted(operation.responses.items()):
        if not status.startswith("2"):
            continue
        media = document.validator.resolve(response).get("content", {}).get("application/json")
        if media is None:
            break
        examples: Mapping[str, Any] = media.get("examples") or {}
        first: Mapping[str, Any] = next(iter(examples.values()), {})
        example = first.get("value")
        return media.get("schema", {}), example
    raise APIFailure(500, "api_error", f"simulator: {operation.operation_id} has no JSON answer")


def _segments(template: str) -> list[str]:
    return [s for s in template.split("/") if s]


def collection_of(operation: Operation, document: Document) -> str:
    """The template of the collection an operation works on (`/v1/sessions/{session_id}` and
    `/v1/sessions/{session_id}/archive` both work on `/v1/sessions`; a POST on a template that
    also has a GET is a create in that collection, like `/v1/sessions/{session_id}/resources`)."""
    parts = _segments(operation.template)
    if parts[-1].startswith("{"):
        return "/" + "/".join(parts[:-1])
    listed = any(
        o.template == operation.template and o.method == "GET" for o in document.operations
    )
    if len(parts) >= 2 and parts[-2].startswith("{") and operation.method == "POST" and not listed:
        return "/" + "/".join(parts[:-2])
    return operation.template


def _item_param(operation: Operation) -> str | None:
    parts = _segments(operation.template)
    for part in reversed(parts):
        if part.startswith("{"):
            return part[1:-1]
    return None


# --- building objects from schemas ------------------------------------------------------------


def _now(state: State) -> str:
    return state.timestamp()


def build(
    document: Document,
    state: State,
    schema: Mapping[str, Any],
    given: Any = _MISSING,
    name: str = "",
) -> Any:
    """A value of `schema`: `given` where it fits, else the plainest valid value."""
    validator = document.validator
    schema = validator.resolve(schema)
    if given is not _MISSING and validator.validate(given, schema) is None:
        return copy.deepcopy(given)
    for sub in schema.get("allOf", ()):
        return build(document, state, sub, given, name)
    if "const" in schema:
        return schema["const"]
    if "enum" in schema:
        return schema["enum"][0]
    if "oneOf" in schema and "discriminator" in schema:
        field = schema["discriminator"]["propertyName"]
        mapping = schema["discriminator"]["mapping"]
        tag = given.get(field) if isinstance(given, dict) else None
        target = mapping.get(tag) or next(iter(mapping.values()))
        return build(document, state, {"$ref": target}, given, name)
    union = schema.get("anyOf") or schema.get("oneOf")
    if union:
        members = [m for m in union if validator.resolve(m).get("type") != "null"]
        if given is _MISSING and len(members) < len(union):
            return None
        return build(document, state, members[0], given, name) if members else None
    kind = schema.get("type")
    if kind == "object" or "properties" in schema:
        if isinstance(given, str) and "id" in (schema.get("properties") or {}):
            given = {"id": given}  # the API's shorthand: a bare ID for an object with one
        source = given if isinstance(given, dict) else {}
        out: dict[str, Any] = {}
        required = set(schema.get("required", ()))
        for key, sub in (schema.get("properties") or {}).items():
            if key in source:
                out[key] = build(document, state, sub, source[key], key)
            elif key in required:
                out[key] = build(document, state, sub, _MISSING, key)
        return out
    if kind == "array":
        values = given if isinstance(given, list) else []
        return [build(document, state, schema.get("items", {}), v, name) for v in values]
    if kind == "string":
        if schema.get("format") == "date-time" or name.endswith("_at"):
            return _now(state)
        return "x" * int(schema.get("minLength", 0))
    if kind == "integer":
        return int(schema.get("minimum", 0))
    if kind == "number":
        return float(schema.get("minimum", 0))
    if kind == "boolean":
        return False
    return None


# --- the store --------------------------------------------------------------------------------


def _parents(call: Call, operation: Operation, collection: str) -> dict[str, str]:
    names = [p[1:-1] for p in _segments(collection) if p.startswith("{")]
    return {n: call.params[n] for n in names if n in call.params}


def items(state: State, collection: str, parents: Mapping[str, str]) -> list[dict[str, Any]]:
    """The stored objects of a collection under these parents, oldest first."""
    with state.lock:
        records = state.records.get(collection, {})
        return [
            r["object"]
            for r in records.values()
            if all(r["parents"].get(k) == v for k, v in parents.items())
        ]


@contextlib.contextmanager
def changing(state: State) -> Iterator[None]:
    """Hold the store while the block changes it, then wake whoever waits on changes (event
    streams, long polls); a block that raises wakes no one."""
    with state.changed:
        yield
        state.changed.notify_all()


def store(
    state: State,
    collection: str,
    parents: Mapping[str, str],
    obj: dict[str, Any],
    key: str | None = None,
) -> dict[str, Any]:
    """Keep `obj` in a collection under `key` (default: its `id`)."""
    with changing(state):
        state.records.setdefault(collection, {})[key or obj["id"]] = {
            "object": obj,
            "parents": dict(parents),
        }
    return obj


def add(
    state: State,
    collection: str,
    parents: Mapping[str, str],
    obj: dict[str, Any],
    key: str,
    taken: str,
) -> dict[str, Any]:
    """Keep `obj` under a `key` not yet used in the collection (else 409, saying `taken`)."""
    with changing(state):
        if key in state.records.get(collection, {}):
            raise APIFailure(409, "invalid_request_error", taken)
        return store(state, collection, parents, obj, key)


def modify(state: State, obj: dict[str, Any], /, **fields: Any) -> dict[str, Any]:
    """Set `fields` on a stored object; returns it."""
    with changing(state):
        obj.update(fields)
    return obj


def remove(state: State, collection: str, key: str, what: str = "object") -> dict[str, Any]:
    """Take the object kept under `key` out of a collection; returns it (404 naming `what`)."""
    with changing(state):
        found = find(state, collection, key, what)
        state.records[collection].pop(key)
    return found


def seeded_by(seed: Callable[[Call], None]) -> Callable[[Handler], Handler]:
    """Wrap handlers so that `seed` has made a collection's starting records before they answer.
    `seed` runs on every call: it returns at once unless `first_time` says otherwise."""

    def wrap(handler: Handler) -> Handler:
        def answer(call: Call) -> Reply:
            seed(call)
            return handler(call)

        return answer

    return wrap


def first_time(state: State, marker: str) -> bool:
    """True once per server (and again after a reset) for each `marker`: starting records are
    made once. The marker is kept as an empty collection in `State.records`."""
    with state.lock:
        if marker in state.records:
            return False
        state.records[marker] = {}
    return True


def find(state: State, collection: str, object_id: str, what: str = "object") -> dict[str, Any]:
    with state.lock:
        record = state.records.get(collection, {}).get(object_id)
    if record is None:
        raise APIFailure(404, "not_found_error", f"{what} {object_id!r} not found")
    found: dict[str, Any] = record["object"]
    return found


def create(
    call: Call,
    operation: Operation,
    given: Mapping[str, Any] | None = None,
    collection: str | None = None,
) -> dict[str, Any]:
    """Build the operation's response object from `given` (default: the body) and store it."""
    document: Document = call.document
    schema, example = _response(document, operation)
    source = dict(call.body or {}) if given is None else dict(given)
    collection = collection or collection_of(operation, document)
    parents = _parents(call, operation, collection)
    for name in [p[1:-1] for p in _segments(collection) if p.startswith("{")]:
        if name not in parents and isinstance(source.get(name), str):
            parents[name] = source[name]  # created for another parent than the call's
    for key, value in parents.items():
        source.setdefault(key, value)
    prefix = "obj"
    if isinstance(example, dict) and isinstance(example.get("id"), str):
        prefix = example["id"].split("_", 1)[0]
    source.pop("id", None)
    obj = build(document, call.state, schema, source)
    if isinstance(obj, dict):
        obj["id"] = call.state.next_id(prefix)
        if obj.get("version") == 0:
            obj["version"] = 1  # versions count from 1
        store(call.state, collection, parents, obj)
        _snapshot(call, collection, obj)
    return obj  # type: ignore[no-any-return]


def _snapshot(call: Call, collection: str, obj: dict[str, Any]) -> None:
    """Versioned objects (an integer `version` and a `<item>/versions` list in the document)
    keep a copy of each version there."""
    if not isinstance(obj.get("version"), int):
        return
    document: Document = call.document
    for operation in document.operations:
        parts = _segments(operation.template)
        if (
            operation.method == "GET"
            and parts[-1] == "versions"
            and "/" + "/".join(parts[:-2]) == collection
        ):
            parent = parts[-2][1:-1]
            key = f"{obj['id']}@{obj['version']}"
            store(call.state, operation.template, {parent: obj["id"]}, copy.deepcopy(obj), key)


# --- answers ----------------------------------------------------------------------------------


def _when(value: Any) -> _dt.datetime | None:
    if not isinstance(value, str):
        return None
    try:
        when = _dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    # A filter without an offset means UTC, as the API reads it (never a 500 for comparing).
    return when if when.tzinfo is not None else when.replace(tzinfo=_dt.timezone.utc)


def _keep(obj: Mapping[str, Any], query: Mapping[str, Any]) -> bool:
    if obj.get("archived_at") and query.get("include_archived") is False:
        return False
    for key, value in query.items():
        if key in _PAGING or value is None:
            continue
        field, _, bound = key.partition("[")
        bound = bound.rstrip("]")
        if bound in _BOUNDS:
            when, limit = _when(obj.get(field) or obj.get("processed_at")), _when(value)
            if when is None or limit is None:
                continue
            op = _BOUNDS[bound]
            ok = {
                ">=": when >= limit,
                ">": when > limit,
                "<=": when <= limit,
                "<": when < limit,
            }[op]
            if not ok:
                return False
        elif key.endswith("[]") and isinstance(value, list):
            for name in (field, field.removesuffix("es"), field.removesuffix("s")):
                if name in obj:
                    if obj[name] not in value:
                        return False
                    break
        elif field in obj and not isinstance(obj[field], (dict, list)) and obj[field] != value:
            return False
    return True


def _at(obj: Mapping[str, Any], path: str) -> Any:
    value: Any = obj
    for name in path.split("."):
        value = value.get(name) if isinstance(value, Mapping) else None
    return value


def matching(
    objects: list[dict[str, Any]], query: Mapping[str, Any], fields: Mapping[str, str]
) -> list[dict[str, Any]]:
    """The objects whose field at each dotted path (`owner.type`) equals the query parameter
    `fields` names for it; a parameter the query leaves out matches every object."""
    return [
        o
        for o in objects
        if all(query.get(name) in (None, _at(o, path)) for name, path in fields.items())
    ]


def list_page(call: Call, operation: Operation, objects: list[dict[str, Any]]) -> dict[str, Any]:
    """A page of `objects` filtered and ordered by the call's query, in the operation's style."""
    query = dict(call.query)
    if any(p.get("name") == "include_archived" for p in operation.parameters):
        query.setdefault("include_archived", False)
    kept = [o for o in objects if _keep(o, query)]
    if call.query.get("order") == "desc":
        kept.reverse()
    paging = raw_operation(call.document, operation).get("x-pagination") or {}
    if paging.get("style") != "page":
        return cursor_page(kept, call.query)
    page = token_page(kept, call.query, paging.get("token", "page"))
    schema = call.document.validator.resolve(_response(call.document, operation)[0])
    if "prev_page" in schema.get("properties", {}):
        page = with_prev_page(page, call.query)
    return page


def answer(call: Call) -> Reply:
    """The generic answer for the call's operation (see the module docstring)."""
    document: Document = call.document
    operation = document.by_id[call.request.operation_id or ""]
    collection = collection_of(operation, document)
    parts = _segments(operation.template)
    verb = parts[-1]
    item_param = _item_param(operation)
    method = operation.method
    if collection == operation.template:
        if method == "POST":
            return Reply(body=create(call, operation))
        if raw_operation(document, operation).get("x-pagination"):
            objects = items(call.state, collection, _parents(call, operation, collection))
            return Reply(body=list_page(call, operation, objects))
        raise APIFailure(500, "api_error", f"simulator: no answer for {operation.operation_id}")
    assert item_param is not None
    object_id = call.params[item_param]
    obj = find(call.state, collection, object_id, item_param.removesuffix("_id"))
    if method == "GET":
        return Reply(body=obj)
    if method == "DELETE":
        remove(call.state, collection, object_id)
        schema, _ = _response(document, operation)
        return Reply(body=build(document, call.state, schema, {"id": object_id}))
    if verb.startswith("{"):  # POST on the item: an update
        update(call, obj, call.body or {}, operation)
    elif verb == "archive":
        obj["archived_at"] = obj["updated_at"] = _now(call.state)
    return Reply(body=obj)


def update(
    call: Call, obj: dict[str, Any], changes: Mapping[str, Any], operation: Operation
) -> dict[str, Any]:
    """Apply body fields that fit the stored object's schema; bump `version` and `updated_at`."""
    document: Document = call.document
    schema, _ = _response(document, operation)
    merged = {**obj, **{k: v for k, v in changes.items() if v is not None or k in obj}}
    fresh = build(document, call.state, schema, merged)
    if isinstance(fresh, dict):
        if "version" in obj and isinstance(obj["version"], int):
            fresh["version"] = obj["version"] + 1
        if "updated_at" in obj:
            fresh["updated_at"] = _now(call.state)
        fresh["id"] = obj["id"]
        with changing(call.state):
            obj.clear()
            obj.update(fresh)
        _snapshot(call, collection_of(operation, document), obj)
    return obj

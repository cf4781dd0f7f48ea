"""The keys of a method's whole-request TypedDict beyond its body fields.

A whole-request TypedDict (`AgentCreateParams`, `FileListParams`) holds every keyword argument of
its method, as `client.beta.agents.create(**params)` takes them: the body fields, the query
parameters, the header parameters (`workspace_id`, `user_profile_id`, `anthropic_worker_id`), the
path parameters other than the positional one (the last: `memory_store_id` beside `memory_id`),
and `betas`. Keys are `Required` where the method requires the argument.

An operation with a GA method besides its beta twin has two forms of it (request_forms.py): the
GA form holds only what the GA method takes (no `x-beta` key, no `betas`), the beta form
everything. `ga=True` asks for the GA method's keys.

Query-only operations, `x-body-param` ones and those whose body is a union taken field by field
get a TypedDict of their own (`render.Renderer.render_query_params`); an operation with a JSON
or multipart body names its body schema, whose TypedDict is the whole-request one, so these keys
are added to that schema in the request-side document (`extra_properties`). A body schema that other schemas use as well
(a batch request's `params`) gets them too: the official package types those places with the
same TypedDict.
"""

from __future__ import annotations

import copy
from typing import Any

from .loader import Operation, Param
from .schema_graph import REF_PREFIX

BETAS = "betas"
BETAS_SCHEMA = {
    "type": "array",
    "items": {"$ref": REF_PREFIX + "AnthropicBetaParam"},
    "description": "Beta features to enable for this call, sent as the `anthropic-beta` header.",
}


def keyword_params(op: Operation, surface: str = "anthropic", ga: bool = False) -> list[Param]:
    """The keyword arguments of `op`'s method that are not body fields, in a stable order:
    non-positional path parameters, query parameters, header parameters (`ga`: the GA
    method's, without the beta-only ones)."""
    params = [p for p in op.params if p.offered_on(surface) and not (ga and p.beta_only)]
    path = [p for p in params if p.location == "path"][:-1]
    query = [p for p in params if p.location == "query"]
    header = [p for p in params if p.location == "header"]
    return [*path, *query, *header]


def union_body(doc: dict[str, Any], op: Operation) -> bool:
    """The method takes a JSON body that is no object schema (a union of objects, its fields
    merged into arguments): its whole-request TypedDict is generated apart, since no body
    TypedDict can hold the keys (`sessions.resources.add` → `ResourceAddParams`)."""
    if op.body_kind != "json" or op.body_schema is None or op.body_param is not None:
        return False
    schema = doc["components"]["schemas"].get(op.body_schema)
    return not (isinstance(schema, dict) and schema.get("type") == "object")


def _surfaces(op: Operation, ga: bool) -> list[tuple[Operation, str]]:
    if ga:  # the GA method: first-party only, and only where the operation is not beta-only
        return [] if op.beta_only else [(op, "anthropic")]
    return [(op, "anthropic")] + [(op.on_platform(p), p) for p in op.platforms]


def extra_properties(
    ops: list[Operation], ga: bool = False
) -> dict[str, tuple[dict[str, Any], list[str]]]:
    """Body schema → (properties to add, the ones every method using it requires).

    Over every operation (and platform form) whose body is that schema: a key any of them takes,
    required where all of them require it. A key the schema already has is left alone. `ga`:
    over the GA methods only, without `betas`."""
    found: dict[str, dict[str, Any]] = {}
    required: dict[str, set[str]] = {}
    users: dict[str, int] = {}
    for base in ops:
        for op, surface in _surfaces(base, ga):
            if op.body_kind is None or op.body_schema is None or op.body_param is not None:
                continue
            name = op.body_schema
            users[name] = users.get(name, 0) + 1
            props = found.setdefault(name, {})
            needed: set[str] = set()
            for p in keyword_params(op, surface, ga):
                schema = copy.deepcopy(p.schema) if isinstance(p.schema, dict) else {}
                if p.description and "description" not in schema:
                    schema["description"] = p.description
                props.setdefault(p.py_name, schema)
                if p.required:
                    needed.add(p.py_name)
            if op.takes_betas and not ga:
                props.setdefault(BETAS, copy.deepcopy(BETAS_SCHEMA))
            required[name] = needed if name not in required else required[name] & needed
    # a key some user of the schema does not take is never required
    for name, props in found.items():
        keep = required.get(name, set())
        found[name] = dict(sorted(props.items()))
        required[name] = {k for k in keep if k in props}
    return {n: (found[n], sorted(required[n])) for n in sorted(found) if found[n]}


def add_request_keys(doc: dict[str, Any], ops: list[Operation]) -> dict[str, Any]:
    """A copy of `doc` whose body schemas hold their methods' other keyword arguments."""
    out = copy.deepcopy(doc)
    schemas = out["components"]["schemas"]
    for name, keys in extra_properties(ops).items():
        schema = schemas.get(name)
        if isinstance(schema, dict) and schema.get("type") == "object":
            with_keys(schema, keys)
    return out


def with_keys(schema: dict[str, Any], keys: tuple[dict[str, Any], list[str]]) -> None:
    """Add `keys` (properties, the required ones) that `schema` does not have yet."""
    props, needed = keys
    own = schema.setdefault("properties", {})
    added = [k for k in props if k not in own]
    for key in added:
        own[key] = props[key]
    new_required = [k for k in needed if k in added]
    if new_required:
        schema["required"] = [*schema.get("required", []), *new_required]

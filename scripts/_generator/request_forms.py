"""The request-side document: the whole-request TypedDicts in each form their methods take.

- GA and beta: the body schema of an operation with a GA method besides its beta twin
  (`messages.create`) is its GA form, holding what the GA method takes (no property marked
  `x-beta`, no beta-only parameter, no `betas`); `Beta<Schema>` is the beta form, holding every
  key (request_keys.py). A request schema that holds such a body (a batch request's `params`)
  gets a beta form too, which holds the beta forms. Every other request schema is shared.
- Streaming: the body of an operation with `x-stream` becomes `<Name>Base` (without the stream
  switch), `<Name>NonStreaming` (the switch absent or false), `<Name>Streaming` (the switch
  true, required) and `<Name>`, the union of the last two, as the official package spells them.
  A schema that holds such a body takes its non-streaming form: only the operation's own call
  streams, never a request sent inside another (a batch's).
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any

from .loader import Operation
from .request_keys import add_request_keys, extra_properties, union_body, with_keys
from .request_names import rename_refs, request_name
from .schema_graph import REF_PREFIX, closure, refs_in

BETA = "Beta"
STREAM_FORMS = ("Base", "NonStreaming", "Streaming")


@dataclass
class RequestForms:
    doc: dict[str, Any]  # the request-side document
    beta: dict[str, str]  # schema → the schema of its beta form
    roots: set[str]  # the request schemas: the operations' and the beta forms

    def beta_types(self) -> dict[str, str]:
        """Request type name → the name of its beta form."""
        return {request_name(ga): request_name(beta) for ga, beta in self.beta.items()}


def request_forms(doc: dict[str, Any], ops: list[Operation], roots: set[str]) -> RequestForms:
    out = add_request_keys(doc, ops)
    schemas = out["components"]["schemas"]
    beta: dict[str, str] = {}
    ga_keys = extra_properties(ops, ga=True)
    for name, fields in _ga_fields(doc, ops).items():
        ga = _ga_form(doc["components"]["schemas"][name], fields, ga_keys.get(name))
        if ga != schemas[name]:
            beta[name] = _new_name(schemas, BETA + name)
            schemas[beta[name]], schemas[name] = schemas[name], ga
    for name in sorted(_holders(schemas, closure(schemas, roots), set(beta))):
        beta[name] = _new_name(schemas, BETA + name)
        schemas[beta[name]] = copy.deepcopy(schemas[name])
    for twin in beta.values():
        schemas[twin] = rename_refs(schemas[twin], beta)
    streamed = sorted(
        {
            op.body_schema: op.stream_param for op in ops if op.stream_param and op.body_schema
        }.items()
    )
    for name, switch in streamed:
        for form in (name, beta.get(name)):
            if form is not None:
                _split_stream(schemas, form, switch)
        if name in beta:
            beta.update({_stream_name(name, s): _stream_name(beta[name], s) for s in STREAM_FORMS})
    return RequestForms(out, beta, roots | set(beta.values()))


def _ga_fields(doc: dict[str, Any], ops: list[Operation]) -> dict[str, set[str]]:
    """Body schema (an object) of an operation with a GA method → the fields the GA method takes."""
    found: dict[str, set[str]] = {}
    for op in ops:
        if op.beta_only or not op.body_schema or op.body_param or union_body(doc, op):
            continue
        fields = {
            p.name
            for p in op.params
            if p.location == "body" and not p.beta_only and p.offered_on("anthropic")
        }
        found.setdefault(op.body_schema, set()).update(fields)
    return found


def _ga_form(
    schema: dict[str, Any], fields: set[str], keys: tuple[dict[str, Any], list[str]] | None
) -> dict[str, Any]:
    ga = copy.deepcopy(schema)
    ga["properties"] = {k: v for k, v in ga.get("properties", {}).items() if k in fields}
    if "required" in ga:
        ga["required"] = [k for k in ga["required"] if k in fields]
    if keys:
        with_keys(ga, keys)
    return ga


def _holders(schemas: dict[str, Any], names: set[str], split: set[str]) -> set[str]:
    """The schemas among `names` from which one of `split` is reachable."""
    return {name for name in names - split if closure(schemas, set(refs_in(schemas[name]))) & split}


def _new_name(schemas: dict[str, Any], name: str) -> str:
    if name in schemas:
        raise SystemExit(f"openapi/: the schema {name} takes the name of a generated request form")
    return name


def _stream_name(name: str, form: str) -> str:
    return request_name(name) + form


def _split_stream(schemas: dict[str, Any], name: str, switch: str) -> None:
    """`name` becomes the union of its non-streaming and streaming forms, which derive from its
    base form; every other schema that holds it takes the non-streaming form."""
    whole = schemas[name]
    flag = {k: v for k, v in whole["properties"][switch].items() if k != "default"}
    base = copy.deepcopy(whole)
    del base["properties"][switch]
    if switch in base.get("required", []):
        base["required"] = [k for k in base["required"] if k != switch]
    names = {form: _new_name(schemas, _stream_name(name, form)) for form in STREAM_FORMS}
    base_ref = {"$ref": REF_PREFIX + names["Base"]}
    described = whole.get("description", "")
    forms = {"Base": base}
    for form, value in (("NonStreaming", False), ("Streaming", True)):
        streams: dict[str, Any] = {
            "type": "object",
            "properties": {switch: {**flag, "enum": [value]}},
        }
        if value:
            streams["required"] = [switch]
        told = "true: the response is a stream of events" if value else "false or absent"
        forms[form] = {
            "description": f"{described} `{switch}` {told}.",
            "allOf": [base_ref, streams],
        }
    nested = {name: names["NonStreaming"]}
    for other in schemas:
        if other != name:
            schemas[other] = rename_refs(schemas[other], nested)
    for form, schema in forms.items():
        schemas[names[form]] = schema
    schemas[name] = {
        "description": described,
        "anyOf": [{"$ref": REF_PREFIX + names[f]} for f in ("NonStreaming", "Streaming")],
    }

"""What a vendor OpenAPI document has that ours lacks or describes differently.

The two documents are written in different shapes, so both are first brought to one form:

- the vendor shape keeps each beta operation twice, under a `?beta=true` path key, with its own
  `Beta…` schemas; the form of an operation is `beta` for such a key, else `ga`;
- our shape describes each operation once; its `ga` form leaves out what carries `x-beta`
  (operations, parameters, properties, union members: the GA surface of the SDK), its `beta` form
  (for operations that take `anthropic-beta`) keeps everything. So a field the vendor has in GA
  and we mark beta-only shows as missing from the `ga` form.

A document is read as the vendor shape when any path key holds `?beta=true`, else as ours. In the
common form every operation is keyed `METHOD /path [ga|beta]`; the headers the runtime owns
(`anthropic-version`, `anthropic-beta`, credentials) and error responses are left out, and so are
our generator's `x-` keys. The structural comparison of `apidiff.Differ` then runs with ours as
"old" and the vendor's as "new", with union members matched by their tag (the `const` of the
discriminator property) whichever way each document writes the union.
"""

from __future__ import annotations

import copy
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from .apidiff import HTTP_METHODS, Change, Differ, View, unique_key

RUNTIME_HEADERS = {"anthropic-version", "anthropic-beta", "x-api-key", "authorization"}
SCHEMA_REF = "#/components/schemas/"
GA_PREFIX = "GA__"
VALUE_MARK = "="  # marks a union member that is a fixed value
# Our generator's keys, and x-beta once the forms are split (beta-ness is then the form).
OUR_KEYS = (
    "x-stream",
    "x-pagination",
    "x-sdk-method",
    "x-response-kind",
    "x-max-body-bytes",
    "x-beta",
)

# Groups in the order a maintainer should work through them, with what each holds.
GROUPS: tuple[tuple[str, str], ...] = (
    ("operations", "operations the vendor has and we lack"),
    ("parameters", "parameters we lack"),
    ("union-members", "union members we lack"),
    ("fields", "fields we lack"),
    ("enum-values", "enum values we lack"),
    ("required", "required or optional differently"),
    ("nullable", "nullable differently"),
    ("types", "other type differences (type, format, bounds, pattern)"),
    ("only-ours", "what we have and the vendor lacks (for review; usually fine)"),
)


@dataclass(frozen=True)
class Finding:
    group: str
    location: str
    message: str
    side: str

    def line(self) -> str:
        side = f"[{self.side}] " if self.side else ""
        return f"{side}{self.location}: {self.message}"


def is_vendor_shape(doc: dict[str, Any]) -> bool:
    return any("?beta=true" in key for key in (doc.get("paths") or {}))


# -- normalising ----------------------------------------------------------------------------------


def _stripped(doc: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = _strip_keys(doc)
    return out


def _strip_keys(node: Any) -> Any:
    """A copy without descriptions, examples, titles and our generator's keys (noise here)."""
    if isinstance(node, dict):
        return {
            k: _strip_keys(v)
            for k, v in node.items()
            if k not in ("description", "examples", "example", "title", "summary")
            and k not in OUR_KEYS
        }
    if isinstance(node, list):
        return [_strip_keys(v) for v in node]
    return node


def _operation(op: dict[str, Any], label: str, resolve: Any) -> dict[str, Any]:
    out = {k: v for k, v in op.items() if k not in ("parameters", "responses", "tags")}
    out["operationId"] = label
    params = []
    for p in op.get("parameters", []):
        target = resolve(p)
        if not isinstance(target, dict):
            continue
        if (
            target.get("in") in ("header", "cookie")
            and str(target.get("name", "")).lower() in RUNTIME_HEADERS
        ):
            continue
        params.append(target)
    out["parameters"] = params
    out["responses"] = {
        s: r for s, r in (op.get("responses") or {}).items() if str(s).startswith("2")
    }
    return out


def _resolver(doc: dict[str, Any]) -> Any:
    def resolve(node: Any) -> Any:
        seen = 0
        while isinstance(node, dict) and isinstance(node.get("$ref"), str) and seen < 20:
            ref = node["$ref"]
            if not ref.startswith("#/") or ref.startswith(SCHEMA_REF):
                return node
            target: Any = doc
            for part in ref[2:].split("/"):
                target = target.get(part) if isinstance(target, dict) else None
            node, seen = target, seen + 1
        return node

    return resolve


def _vendor_parameter(param: Any) -> Any:
    """The vendor names a parameter's SDK argument in `schema.x-stainless-param`; ours says
    `x-sdk-name`. Without that, every renamed header argument would read as drift."""
    if isinstance(param, dict):
        name = (param.get("schema") or {}).get("x-stainless-param")
        if isinstance(name, str) and "x-sdk-name" not in param:
            return {**param, "x-sdk-name": name}
    return param


def normalise_vendor(doc: dict[str, Any]) -> dict[str, Any]:
    plain = _resolver(doc)

    def resolve(node: Any) -> Any:
        return _vendor_parameter(plain(node))

    paths: dict[str, Any] = {}
    for key, item in (doc.get("paths") or {}).items():
        item = resolve(item)
        path, _, query = key.partition("?")
        form = "beta" if "beta=true" in query else "ga"
        for method in HTTP_METHODS:
            op = item.get(method) if isinstance(item, dict) else None
            if isinstance(op, dict):
                label = f"{method.upper()} {path} [{form}]"
                paths.setdefault(f"{path} [{form}]", {})[method] = _operation(op, label, resolve)
    return _stripped(
        {
            "openapi": doc.get("openapi", "3.1.0"),
            "paths": paths,
            "components": {"schemas": (doc.get("components") or {}).get("schemas") or {}},
        }
    )


def _ga_schema(node: Any, schemas: dict[str, Any]) -> Any:
    """`node` as the GA surface sees it: x-beta properties and members dropped, refs to GA copies."""
    if isinstance(node, list):
        return [_ga_schema(v, schemas) for v in node]
    if not isinstance(node, dict):
        return node
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key == "$ref" and isinstance(value, str) and value.startswith(SCHEMA_REF):
            out[key] = SCHEMA_REF + GA_PREFIX + value[len(SCHEMA_REF) :]
        elif key == "properties" and isinstance(value, dict):
            out[key] = {
                name: _ga_schema(prop, schemas)
                for name, prop in value.items()
                if not (isinstance(prop, dict) and prop.get("x-beta"))
            }
        elif key in ("oneOf", "anyOf") and isinstance(value, list):
            out[key] = [_ga_schema(m, schemas) for m in value if not _beta_member(m, schemas)]
        elif key == "discriminator" and isinstance(value, dict):
            mapping = {
                tag: SCHEMA_REF + GA_PREFIX + ref[len(SCHEMA_REF) :]
                for tag, ref in (value.get("mapping") or {}).items()
                if not _beta_member({"$ref": ref}, schemas)
            }
            out[key] = {**value, "mapping": mapping}
        else:
            out[key] = _ga_schema(value, schemas)
    return out


def _beta_member(member: Any, schemas: dict[str, Any]) -> bool:
    if not isinstance(member, dict):
        return False
    ref = member.get("$ref")
    if isinstance(ref, str) and ref.startswith(SCHEMA_REF):
        target = schemas.get(ref[len(SCHEMA_REF) :], {})
        return bool(isinstance(target, dict) and target.get("x-beta"))
    return bool(member.get("x-beta"))


def normalise_ours(doc: dict[str, Any]) -> dict[str, Any]:
    resolve = _resolver(doc)
    schemas = (doc.get("components") or {}).get("schemas") or {}
    all_schemas = dict(schemas)
    all_schemas.update({GA_PREFIX + name: _ga_schema(s, schemas) for name, s in schemas.items()})
    paths: dict[str, Any] = {}
    for path, item in (doc.get("paths") or {}).items():
        item = resolve(item)
        for method in HTTP_METHODS:
            op = item.get(method) if isinstance(item, dict) else None
            if not isinstance(op, dict):
                continue
            raw_params = [resolve(p) for p in op.get("parameters", [])]
            takes_betas = any(
                isinstance(p, dict) and str(p.get("name", "")).lower() == "anthropic-beta"
                for p in raw_params
            )
            if not op.get("x-beta"):
                label = f"{method.upper()} {path} [ga]"
                ga = copy.deepcopy(op)
                ga["parameters"] = [
                    p for p in raw_params if not (isinstance(p, dict) and p.get("x-beta"))
                ]
                for key in ("requestBody", "responses"):
                    if key in ga:
                        ga[key] = _ga_schema(_resolve_deep(ga[key], resolve), schemas)
                paths.setdefault(f"{path} [ga]", {})[method] = _operation(ga, label, resolve)
            if takes_betas or op.get("x-beta"):
                label = f"{method.upper()} {path} [beta]"
                paths.setdefault(f"{path} [beta]", {})[method] = _operation(op, label, resolve)
    return _stripped(
        {
            "openapi": doc.get("openapi", "3.1.0"),
            "paths": paths,
            "components": {"schemas": all_schemas},
        }
    )


def _resolve_deep(node: Any, resolve: Any) -> Any:
    """Inline the non-schema `$ref`s (request bodies, responses) so the GA copy can rewrite them."""
    node = resolve(node)
    if isinstance(node, dict):
        return {k: _resolve_deep(v, resolve) for k, v in node.items()}
    if isinstance(node, list):
        return [_resolve_deep(v, resolve) for v in node]
    return node


def normalise(doc: dict[str, Any]) -> dict[str, Any]:
    return normalise_vendor(doc) if is_vendor_shape(doc) else normalise_ours(doc)


# -- comparing ------------------------------------------------------------------------------------


class _TagDiffer(Differ):
    """Union members keyed by tag, whether a document writes a discriminator or not."""

    def view(self, which: str, schema: Any) -> View:
        v = super().view(which, schema)
        if len(v.members) == 1:  # a one-member union (discriminated or not) is that member
            inner = super().view(which, v.members[0])
            return View(inner.schema, inner.name, v.nullable or inner.nullable, inner.members)
        return v

    def keyed_members(self, which: str, v: View) -> dict[str, Any]:
        disc = v.schema.get("discriminator")
        prop = disc.get("propertyName", "type") if isinstance(disc, dict) else "type"
        out: dict[str, Any] = {}
        views = [self.view(which, m) for m in v.members]
        # An untagged member that is the only one of its kind (the one object beside a string)
        # is keyed by its kind: the two documents name such schemas differently.
        kinds = Counter(mv.kind for mv in views if _tag(mv.schema, prop) is None)
        for m, mv in zip(v.members, views, strict=True):
            if mv.kind == "enum" and not mv.schema.get("properties"):
                # A member that is a fixed value (or a list of them): one key per value, so that
                # `anyOf [string, {const: a}, {const: b}]` and `anyOf [string, {enum: [a, b]}]` match.
                values = mv.schema["enum"] if "enum" in mv.schema else [mv.schema.get("const")]
                out.update({f"{VALUE_MARK}{value!r}": {"const": value} for value in values})
                continue
            tag = _tag(mv.schema, prop)
            if tag is not None:
                key = repr(tag)
            elif kinds[mv.kind] == 1 and mv.kind in ("object", "array", "scalar"):
                key = mv.kind if mv.kind != "scalar" else mv.describe()
            else:
                key = (mv.name or mv.describe()).removeprefix(GA_PREFIX)
            out[unique_key(out, key)] = m
        return out

    def components(self) -> None:  # schema names differ between the shapes: not a finding
        return None

    def add(
        self, kind: str, subject: str, location: str, message: str, breaking: bool, side: str = ""
    ) -> None:
        if subject == "union-member" and VALUE_MARK in message:
            subject = "enum-value"
            message = message.replace("new member " + VALUE_MARK, "new value ").replace(
                "member " + VALUE_MARK, "value "
            )
        super().add(kind, subject, location, message, breaking, side)


def _tag(schema: dict[str, Any], prop: str) -> Any:
    node = (schema.get("properties") or {}).get(prop)
    if isinstance(node, dict):
        if "const" in node:
            return node["const"]
        enum = node.get("enum")
        if isinstance(enum, list) and enum:
            return enum[0] if len(enum) == 1 else "|".join(sorted(map(str, enum)))
        for key in ("anyOf", "oneOf"):  # an optional tag written as anyOf [const, null]
            consts = [
                m["const"]
                for m in node.get(key, [])
                if isinstance(m, dict) and m.get("const") is not None
            ]
            if len(consts) == 1:
                return consts[0]
    return None


def _group(change: Change) -> str:
    if change.kind == "removed":
        return "only-ours"
    if change.kind == "added":
        return {
            "operation": "operations",
            "parameter": "parameters",
            "union-member": "union-members",
            "field": "fields",
            "enum-value": "enum-values",
        }.get(change.subject, "types")
    message = change.message
    if "required" in message or "optional" in message:
        return "required"
    if "null" in message:
        return "nullable"
    return "types"


def _clean(location: str) -> str:
    location = re.sub(rf"\b{GA_PREFIX}", "", location)
    return re.sub(r"^(.+) \(\1\)$", r"\1", location)  # "KEY (label)" where the label is the key


# diff-api speaks of "old → new"; here old is ours and new the vendor's.
_WORDING = {
    "became required": "required in the vendor's, optional in ours",
    "became required (always present)": "required in the vendor's, optional in ours",
    "became optional": "optional in the vendor's, required in ours",
    "became optional (may be absent)": "optional in the vendor's, required in ours",
    "now accepts null": "nullable in the vendor's, not in ours",
    "may now be null": "nullable in the vendor's, not in ours",
    "no longer accepts null": "nullable in ours, not in the vendor's",
    "is never null now": "nullable in ours, not in the vendor's",
    "field removed": "only in ours",
    "parameter removed": "only in ours",
    "operation removed": "only in ours",
    "new operation": "missing in ours",
    "new optional parameter": "missing in ours",
    "new required parameter": "missing in ours (required)",
    "new optional field": "missing in ours",
    "new required field": "missing in ours (required)",
    "new field": "missing in ours",
}


def _wording(message: str) -> str:
    if message in _WORDING:
        return _WORDING[message]
    for old, new in (("new member ", "missing member "), ("new value ", "missing value ")):
        if message.startswith(old):
            return new + message[len(old) :]
    if message.startswith(("member ", "value ")) and message.endswith(" removed"):
        return message[: -len(" removed")] + " only in ours"
    if message.startswith("type changed from "):
        return "ours " + message[len("type changed from ") :].replace(" to ", ", the vendor's ", 1)
    return message


def drift(ours: dict[str, Any], vendor: dict[str, Any]) -> list[Finding]:
    """Findings of the vendor document against ours, in group order, most widespread first."""
    changes = _TagDiffer(normalise(ours), normalise(vendor)).document()
    findings = [
        Finding(_group(c), _clean(c.location), _wording(c.message), c.side) for c in changes
    ]
    order = {name: i for i, (name, _) in enumerate(GROUPS)}
    # Within a group: GA before beta (GA users meet it first), then by location.
    return sorted(
        findings,
        key=lambda f: (
            order[f.group],
            "[beta]" in f.location or "Beta" in f.location,
            f.location,
            f.message,
        ),
    )


def summary(findings: Iterable[Finding]) -> dict[str, int]:
    counts = Counter(f.group for f in findings)
    return {name: counts.get(name, 0) for name, _ in GROUPS}

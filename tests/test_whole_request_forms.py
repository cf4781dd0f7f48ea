"""Each form of a whole-request TypedDict holds only what its method takes.

An operation with a GA method besides its beta twin has a GA form (`types.ModelListParams`) and a
beta form (`types.beta.ModelListParams`): `client.models.list(**params)` type-checks only where
every key of the GA form is an argument of the GA method (scripts/_generator/request_forms.py).
"""

from __future__ import annotations

import importlib
import inspect
import typing
from collections.abc import Callable
from types import UnionType
from typing import Any

from _support.scripts import scripts_module
from claude_api_client import Anthropic, types
from claude_api_client.testing._document import load_document
from claude_api_client.types import beta as beta_types

DOCUMENTED = "The parameters of `client."


def _keys(value: Any) -> set[str]:
    """A TypedDict's keys, or those of every member of a union of them (`MessageCreateParams`)."""
    if typing.get_origin(value) in (typing.Union, UnionType):
        return set().union(*(_keys(member) for member in typing.get_args(value)))
    return set(value.__annotations__)


def _method(client: Anthropic, dotted: tuple[str, ...]) -> Callable[..., Any]:
    found: Any = client
    for name in dotted:
        found = getattr(found, name)
    return typing.cast("Callable[..., Any]", found)


def _documented() -> dict[str, Any]:
    """`files.list` / `beta.files.list` → its rendered whole-request TypedDict (a query-only
    operation's, named after the method in its docstring)."""
    found: dict[str, Any] = {}
    for name, module in types._MODULES.items():
        if module.startswith("_params.") and name.endswith("Params"):
            value = getattr(importlib.import_module(f"claude_api_client.types.{module}"), name)
            if (value.__doc__ or "").startswith(DOCUMENTED):
                found.setdefault(value.__doc__[len(DOCUMENTED) :].split("(")[0], value)
    return found


def _forms() -> list[tuple[tuple[str, ...], Any]]:
    """(method path, TypedDict) of both forms of every operation with a GA method."""
    doc = load_document().raw
    loader = scripts_module("_generator.loader")
    request_name = scripts_module("_generator.request_names").request_name
    union_body = scripts_module("_generator.request_keys").union_body
    documented = _documented()
    forms: list[tuple[tuple[str, ...], Any]] = []
    for op in loader.load_operations(doc):
        if op.beta_only:
            continue
        ga, beta = (*op.namespace, op.method), ("beta", *op.namespace, op.method)
        if op.body_schema and not op.body_param and not union_body(doc, op):
            name = request_name(op.body_schema)
            forms += [(ga, getattr(types, name)), (beta, getattr(beta_types, "Beta" + name))]
        elif ".".join(ga) in documented:
            forms += [(ga, documented[".".join(ga)]), (beta, documented[".".join(beta)])]
    return forms


def test_each_form_holds_only_its_methods_arguments() -> None:
    client = Anthropic(api_key="sk-test")
    forms = _forms()
    assert len(forms) > 100
    wrong = []
    for dotted, typed in forms:
        taken = set(inspect.signature(_method(client, dotted)).parameters)
        extra = _keys(typed) - taken
        if extra:
            wrong.append(f"client.{'.'.join(dotted)}: {sorted(extra)}")
    assert not wrong, "\n".join(wrong)


def test_the_beta_forms_hold_betas_and_the_ga_forms_do_not() -> None:
    assert "betas" in _keys(beta_types.ModelListParams)
    assert "betas" not in _keys(types.ModelListParams)
    assert {"betas", "context_management"} <= _keys(beta_types.MessageCreateParams)
    assert not {"betas", "context_management"} & _keys(types.MessageCreateParams)

"""`to_dict()` / `to_json()` take the official package's options, with its defaults."""

from __future__ import annotations

import copy
import datetime
import json
import pickle

from claude_api_client.types import BrowserLeftClickDragInput, ModelInfo

WIRE = {
    "id": "claude-x",
    "type": "model",
    "display_name": "Claude X",
    "created_at": "2025-01-29T14:31:02.000000Z",
    "max_input_tokens": None,
}


def test_to_dict_gives_python_values_by_default_and_the_wire_text_in_json_mode() -> None:
    model = ModelInfo.model_validate(WIRE)
    plain = model.to_dict()
    assert isinstance(plain["created_at"], datetime.datetime)
    assert plain["created_at"] == datetime.datetime(
        2025, 1, 29, 14, 31, 2, tzinfo=datetime.timezone.utc
    )
    assert model.to_dict(mode="json") == WIRE  # exactly what was received
    assert json.loads(model.to_json()) == WIRE
    assert model.to_json(indent=None) == json.dumps(WIRE, separators=(",", ":"))


def test_the_options_reach_pydantic() -> None:
    model = ModelInfo.model_validate(WIRE)
    assert "max_input_tokens" not in model.to_dict(exclude_none=True)
    assert "max_input_tokens" not in json.loads(model.to_json(exclude_none=True))
    every = model.to_dict(exclude_unset=False)
    assert "capabilities" in every and every["capabilities"] is None
    assert "capabilities" not in model.to_dict(exclude_unset=False, exclude_defaults=True)

    drag = BrowserLeftClickDragInput.model_validate(
        {
            "from": {"type": "coordinate", "x": 1, "y": 2},
            "target": {"type": "coordinate", "x": 3, "y": 4},
        }
    )
    assert "from" in drag.to_dict() and "from_" not in drag.to_dict()
    assert "from_" in drag.to_dict(use_api_names=False)
    assert '"from_"' in drag.to_json(use_api_names=False)


def test_a_copied_or_pickled_model_keeps_the_wire_text_of_its_timestamps() -> None:
    model = ModelInfo.model_validate(WIRE)
    for copied in (copy.deepcopy(model), copy.copy(model), pickle.loads(pickle.dumps(model))):
        assert copied.to_dict(mode="json") == WIRE
        assert copied.created_at == model.created_at
    for protocol in range(2, pickle.HIGHEST_PROTOCOL + 1):
        again = pickle.loads(pickle.dumps(model.created_at, protocol=protocol))
        assert again == model.created_at and again.tzinfo == datetime.timezone.utc
        assert json.loads(ModelInfo.model_validate({**WIRE, "created_at": again}).to_json()) == WIRE

"""The bundled messages read ahead of time are what Jinja2 makes of them, and spare a run Jinja2."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from types import ModuleType

import pytest

from factcheck import _precompiled_templates as ahead
from factcheck._bundled import bundled_rules
from factcheck._loading import load_rules
from factcheck._plain_template import checked_ahead, plain_template, program_of
from tests.conftest import REPO

SCRIPT = REPO / "scripts" / "precompile_templates.py"


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("precompile_templates", SCRIPT)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_module_is_current() -> None:
    assert (REPO / "factcheck" / "_precompiled_templates.py").read_text(encoding="utf-8") == \
        _script().generate(), "stale: run python scripts/precompile_templates.py"


def test_every_bundled_message_is_read_ahead_as_jinja2_reads_it() -> None:
    messages = {r.rule.message for r in load_rules([bundled_rules()])}
    assert messages == set(ahead.PROGRAMS)
    for message in messages:
        assert ahead.PROGRAMS[message] == program_of(message)


def test_a_message_checked_ahead_counts_only_for_the_roles_it_was_checked_with() -> None:
    ((message, roles),) = ahead.CHECKED
    assert checked_ahead(message, dict(roles))
    assert not checked_ahead(message, {**dict(roles), "extra": "one"})
    assert not checked_ahead(message + " ", dict(roles))


def test_a_message_not_read_ahead_is_parsed_by_jinja2() -> None:
    source = "{{ claim }} of {{ whole.stated }} (a message no bundled pack has)"
    assert source not in ahead.PROGRAMS
    fast = plain_template(source)
    assert fast is not None
    assert fast.names == {"claim", "whole"}


@pytest.mark.parametrize("broken", ["{{ claim.valu }} as a year", "{{ claim }} {% if %}"])
def test_a_broken_message_of_ones_own_is_still_refused_at_load(tmp_path, broken: str) -> None:
    pack = tmp_path / "rules.yaml"
    pack.write_text("schema: factcheck/rules/v1\npack: mine\nrules:\n  - id: mine\n    title: t\n"
                    "    severity: info\n    check: range\n    each: {kind: year}\n"
                    f"    params: {{min: 1900, max: 2100}}\n    message: {broken!r}\n", encoding="utf-8")
    from factcheck._errors import InputError

    with pytest.raises(InputError, match="message template"):
        load_rules([pack])


def test_verifying_the_bundled_example_imports_neither_jinja2_nor_cel(tmp_path) -> None:
    code = ("import sys; from factcheck import verify; verify(output=None, formats=['terminal', 'json', "
            "'markdown']); print(sorted(m for m in sys.modules if m.split('.')[0] in {'jinja2', "
            "'markupsafe'} or m == 'factcheck._cel'))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                          cwd=tmp_path)
    assert done.stdout.strip() == "[]"

"""Reading claims and rules files, with every problem pointed at its line and column.

YAML is parsed safely (the C loader when PyYAML has it) and numbers are kept
as written, so ``value: 15.70`` stays "15.70". Validation runs the pydantic
models, then the cross-references a schema cannot see (ids that exist, ids
that are unique, quotes that match the text). All problems of a file are
reported at once, as :class:`~factcheck._errors.Problem` values.
"""

from __future__ import annotations

import json
import os
import types
import typing
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError

from factcheck import checks
from factcheck._bundled import is_bundled_example
from factcheck._compiled import CompiledRule, compile_template
from factcheck._documents import LoadedClaims
from factcheck._errors import InputError, Problem
from factcheck._inputs import PathNotAllowedError, document_text_path, read_input
from factcheck._limits import MAX_NESTING
from factcheck._models import ClaimsFile
from factcheck._plain_template import checked_ahead, plain_template
from factcheck._registry import did_you_mean
from factcheck._relations import RELATIONS
from factcheck._rules import Rule, RulePack
from factcheck._safe_text import clip
from factcheck._template_claim import TemplateProblem, template_problem
from factcheck._yaml_bounds import data_depth, duplicate_keys, plain_data, tree_problems
from factcheck.readers import article_text

__all__ = [
    "ParsedFile",
    "claims_files_in",
    "claims_reference_problems",
    "is_claims_file",
    "is_rule_tests_file",
    "load_claims",
    "load_rules",
    "parse_data_file",
    "rule_files_in",
    "validation_problems",
]

_BaseLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
CLAIMS_SUFFIXES = (".claims.yaml", ".claims.yml", ".claims.json")
DATA_SUFFIXES = (".yaml", ".yml", ".json")


class _TextLoader(_BaseLoader):  # type: ignore[misc, valid-type]
    """Safe loader that keeps numbers and dates as their written text."""

    def resolve(self, kind: type[yaml.Node], value: str, implicit: tuple[bool, bool]) -> str:
        """The tag of a node; a plain scalar's depends on its text alone, so each text is resolved once."""
        if kind is not yaml.ScalarNode or not implicit[0]:
            if not self.yaml_path_resolvers:  # what the resolver answers then, without its steps
                tag = _DEFAULT_TAGS.get(kind)
                if tag is not None:
                    return tag
            return str(super().resolve(kind, value, implicit))
        tag = _PLAIN_TAGS.get(value)
        if tag is None:
            tag = str(super().resolve(kind, value, implicit))
            if len(value) <= _REMEMBERED_LENGTH and len(_PLAIN_TAGS) < _REMEMBERED_TEXTS:
                _PLAIN_TAGS[value] = tag
        return tag


#: The tag of a node that is not a plain scalar, when no path resolver is registered.
_DEFAULT_TAGS: dict[type[yaml.Node], str] = {
    yaml.ScalarNode: yaml.resolver.BaseResolver.DEFAULT_SCALAR_TAG,
    yaml.SequenceNode: yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG,
    yaml.MappingNode: yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG,
}
#: Tags of plain scalars already resolved (keys and small values repeat in every file).
_PLAIN_TAGS: dict[str, str] = {}
_REMEMBERED_LENGTH = 40
_REMEMBERED_TEXTS = 4096


def _as_written(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> str:
    return str(node.value)


for _tag in ("int", "float", "timestamp"):
    _TextLoader.add_constructor(f"tag:yaml.org,2002:{_tag}", _as_written)




@dataclass(frozen=True, slots=True)
class ParsedFile:
    """A YAML or JSON file read with numbers as written, and its node tree for pointing at lines."""

    path: Path
    data: Any
    root: yaml.Node | None

    def _steps(self, loc: Sequence[str | int]) -> Iterator[tuple[yaml.Node | None, yaml.Node]]:
        """The (key node, value node) of each step of ``loc`` that exists, from the root down."""
        node = self.root
        for part in loc:
            if isinstance(node, yaml.MappingNode):
                hit = next((kv for kv in node.value if kv[0].value == part), None)
                if hit is None:
                    return
                yield hit
                node = hit[1]
            elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
                node = node.value[part]
                yield None, node
            else:
                return

    def part(self, loc: Sequence[str | int]) -> ParsedFile:
        """The same file seen from the node at ``loc``, so locations inside it are relative to it."""
        return ParsedFile(self.path, None, self.node(loc))

    def node(self, loc: Sequence[str | int]) -> yaml.Node | None:
        """The node at ``loc``, or ``None`` where the path does not exist."""
        steps = list(self._steps(loc))
        if len(steps) < len(loc):
            return None
        return steps[-1][1] if steps else self.root

    def at(self, loc: Sequence[str | int], *, key: bool = False) -> tuple[int, int]:
        """1-based line and column of the deepest node on ``loc`` (or of its key)."""
        steps = list(self._steps(loc))
        mark = None if self.root is None else self.root.start_mark
        if steps:
            key_node, value_node = steps[-1]
            whole = len(steps) == len(loc)
            mark = (key_node if key and whole and key_node is not None else value_node).start_mark
        if mark is None:
            return 1, 1
        return mark.line + 1, mark.column + 1

    def problem(self, loc: Sequence[str | int], message: str, *, key: bool = False) -> Problem:
        line, col = self.at(loc, key=key)
        return Problem(str(self.path), line, col, message)

    def problem_in_text(self, loc: Sequence[str | int], at: tuple[int, int], message: str) -> Problem:
        """A problem at (line, column) inside the string at ``loc``, e.g. an expression's error.

        Exact for one-line scalars (plain or quoted) and literal blocks (``|``);
        other styles fold or escape their text, so they point at the scalar.
        """
        node = self.root
        for part in loc:
            if isinstance(node, yaml.MappingNode):
                node = next((v for k, v in node.value if k.value == part), None)
            elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
                node = node.value[part]
            else:
                node = None
        if not isinstance(node, yaml.ScalarNode):
            return self.problem(loc, message)
        start, (line, col) = node.start_mark, at
        if node.style in (None, "", "'", '"') and start.line == node.end_mark.line and line == 1:
            quoted = 1 if node.style in ("'", '"') else 0
            return Problem(str(self.path), start.line + 1, start.column + quoted + col, message)
        if node.style == "|":
            try:
                lines = read_input(self.path).splitlines()
                first = next(x for x in lines[start.line + 1 :] if x.strip())
            except (InputError, StopIteration):
                return self.problem(loc, message)
            indent = len(first) - len(first.lstrip(" "))
            return Problem(str(self.path), start.line + 1 + line, indent + col, message)
        return self.problem(loc, message)


def parse_data_file(path: Path) -> ParsedFile:
    """Read a YAML or JSON data file; raise :class:`InputError` at the line of a syntax error."""
    text = read_input(path)
    if path.suffix == ".json":
        try:
            data = json.loads(text, parse_float=str, parse_int=str)
        except json.JSONDecodeError as exc:
            raise InputError([Problem(str(path), exc.lineno, exc.colno, exc.msg)]) from None
        except RecursionError:
            data = None
        if data is None or data_depth(data) > MAX_NESTING:
            raise InputError([Problem(str(path), 1, 1, f"nested more than {MAX_NESTING} levels deep")])
        try:
            root = yaml.compose(text, Loader=_BaseLoader)
        except (yaml.YAMLError, RecursionError):
            root = None
        return ParsedFile(path, data, root)
    loader = _TextLoader(text)
    try:
        root = loader.get_single_node()
        plain, data = (False, None) if root is None else plain_data(root)
        if not plain:
            problems = tree_problems(path, root) or list(duplicate_keys(path, root))
            if problems:
                raise InputError(problems)
            data = loader.construct_document(root) if root is not None else None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        problem = " ".join(p for p in (exc.context, exc.problem) if p) or "invalid YAML"
        if mark is not None and text[mark.index : mark.index + 1] == "\t":
            problem = "a tab cannot indent YAML; indent with spaces"
        raise InputError([Problem(str(path), line, col, f"YAML syntax: {problem}")]) from None
    except yaml.reader.ReaderError as exc:
        line, col = _line_and_column(text, exc.position)
        char = exc.character if isinstance(exc.character, int) else ord(str(exc.character)[:1] or "?")
        raise InputError([Problem(str(path), line, col, f"the control character U+{char:04X} is not "
                                  "allowed in YAML")]) from None
    except yaml.YAMLError as exc:
        raise InputError([Problem(str(path), 1, 1, f"YAML: {exc}")]) from None
    except RecursionError:
        raise InputError([Problem(str(path), 1, 1, f"nested more than {MAX_NESTING} levels deep")]) from None
    finally:
        loader.dispose()
    return ParsedFile(path, data, root)


def _line_and_column(text: str, offset: int) -> tuple[int, int]:
    before = text[:offset]
    return before.count("\n") + 1, offset - (before.rfind("\n") + 1) + 1


# --- pydantic errors as problems ----------------------------------------------------


def _model_at(model: type[BaseModel], loc: Sequence[str | int]) -> type[BaseModel] | None:
    """The pydantic model that holds the field at ``loc`` (for "did you mean")."""
    current: Any = model
    keyed = False  # the previous field was a mapping: this part is a key of it (a role name)
    for part in loc:
        if isinstance(part, int) or keyed:
            keyed = False
            continue
        fields = getattr(current, "model_fields", None)
        if fields is None:
            return None
        field = next((f for name, f in fields.items() if (f.alias or name) == part), None)
        if field is None:
            return None
        keyed = _is_mapping(field.annotation)
        current = _inner_model(field.annotation)
    return current if isinstance(current, type) and issubclass(current, BaseModel) else None


def _is_mapping(annotation: Any) -> bool:
    if typing.get_origin(annotation) is dict:
        return True
    return any(_is_mapping(a) for a in typing.get_args(annotation))


def _inner_model(annotation: Any) -> Any:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType, list, dict, typing.Annotated):
        for arg in typing.get_args(annotation):
            found = _inner_model(arg)
            if found is not None:
                return found
    return None


def _field_names(model: type[BaseModel]) -> list[str]:
    return [f.alias or name for name, f in model.model_fields.items()]


_EXPECTED = {
    "int_parsing": "expected a whole number", "int_type": "expected a whole number",
    "int_from_float": "expected a whole number", "float_parsing": "expected a number",
    "float_type": "expected a number", "string_type": "expected text", "list_type": "expected a list",
    "dict_type": "expected a mapping (key: value)", "model_type": "expected a mapping (key: value)",
    "model_attributes_type": "expected a mapping (key: value)", "bool_parsing": "expected true or false",
    "bool_type": "expected true or false", "decimal_parsing": "expected a number",
    "decimal_type": "expected a number",
}


def _plain_message(error: Any) -> str:
    """pydantic's message for a wrong value, in the words of a claims or rules file."""
    kind = error["type"]
    if kind in _EXPECTED:
        return str(_EXPECTED[kind])
    if kind in ("enum", "literal_error"):
        choices = [c.strip(" '") for c in str(error.get("ctx", {}).get("expected", "")).replace(" or ", ", ")
                   .split(",") if c.strip(" '")]
        given = error.get("input")
        hint = did_you_mean(given, choices) if isinstance(given, str) else ""
        return f"{clip(repr(given))} is not one of {', '.join(choices)}{hint}"
    return str(error["msg"]).removeprefix("Value error, ")


def validation_problems(
    parsed: ParsedFile, error: ValidationError, model: type[BaseModel], prefix: Sequence[str | int] = ()
) -> list[Problem]:
    out = []
    for e in error.errors(include_url=False):
        loc = [*prefix, *e["loc"]]
        name = next((str(p) for p in reversed(e["loc"]) if isinstance(p, str)), "")
        if e["type"] == "extra_forbidden":
            holder = _model_at(model, list(e["loc"])[:-1])
            hint = did_you_mean(name, _field_names(holder)) if holder else ""
            out.append(parsed.problem(loc, f"unknown field {name!r}{hint}", key=True))
        elif e["type"] == "missing":
            out.append(parsed.problem(loc[:-1], f"missing field {name!r}"))
        else:
            msg = _plain_message(e)
            last = e["loc"][-1] if e["loc"] else None
            where = f"{last}: " if isinstance(last, str) and last not in msg else ""
            at = getattr(e.get("ctx", {}).get("error"), "at", None)
            if isinstance(at, tuple):
                out.append(parsed.problem_in_text(loc, at, f"{where}{msg}"))
            else:
                out.append(parsed.problem(loc, f"{where}{msg}"))
    return out


# --- claims -------------------------------------------------------------------------


def load_claims(path: Path | str, *, text_roots: Sequence[Path | str] = ()) -> LoadedClaims:
    """Read and validate a claims file; raise :class:`InputError` listing every problem.

    ``document.text`` is read only from the claims file's folder or from one of
    ``text_roots`` (see :func:`factcheck._inputs.document_text_path`).
    """
    path = Path(path)
    parsed = parse_data_file(path)
    _refuse_empty_or_not_a_mapping(parsed, "a claims file has document: and claims:")
    try:
        claims_file = ClaimsFile.model_validate(parsed.data)
    except ValidationError as exc:
        raise InputError([*validation_problems(parsed, exc, ClaimsFile),
                          *_raw_reference_problems(parsed)]) from None
    text_path = text = None
    problems: list[Problem] = []
    if claims_file.document.text:
        text_path, text, problem = _document_text(parsed, claims_file.document.text, text_roots)
        if problem is not None:
            problems.append(problem)
    problems.extend(claims_reference_problems(parsed, claims_file, text))
    if problems:
        raise InputError(problems)
    return LoadedClaims(claims_file, path, text, text_path)


def _refuse_empty_or_not_a_mapping(parsed: ParsedFile, expected: str) -> None:
    if parsed.data is None:
        raise InputError([Problem(str(parsed.path), 1, 1, f"the file is empty; {expected}")])
    if not isinstance(parsed.data, dict):
        found = "a list" if isinstance(parsed.data, list) else "a single value"
        raise InputError([parsed.problem([], f"found {found} where {expected}")])


def _document_text(
    parsed: ParsedFile, name: str, roots: Sequence[Path | str]
) -> tuple[Path | None, str | None, Problem | None]:
    """The document's text and where it is, or the problem that keeps it from being read.

    A text that is not there is no problem here (the figures can still be
    checked against each other; ``verify`` warns that the quotes went
    unchecked); one outside the allowed folders, or not a regular file, is.
    """
    path = parsed.path
    if is_bundled_example(path):  # its article is not ours to ship: it lives beside the checkout
        roots = [*roots, (path.parent / name).parent]
    try:
        text_path = document_text_path(path, name, [Path(r) for r in roots])
    except PathNotAllowedError as exc:
        return None, None, parsed.problem(["document", "text"], str(exc))
    try:
        os.lstat(text_path)
    except (FileNotFoundError, NotADirectoryError):
        return text_path, None, None
    except OSError as exc:  # a name too long, a folder that cannot be entered
        return None, None, parsed.problem(["document", "text"],
                                          f"text {clip(name)!r} cannot be read: {exc.strerror or exc}")
    try:
        return text_path, article_text(text_path), None
    except InputError as exc:
        reason = exc.problems[0].message if exc.problems else "cannot be read"
        return None, None, parsed.problem(["document", "text"], f"text {clip(name)!r}: {reason}")


def claims_reference_problems(parsed: ParsedFile, cf: ClaimsFile, text: str | None) -> Iterator[Problem]:
    """What a schema cannot see: duplicate ids, dangling references, quotes that miss the text."""
    ids: dict[str, int] = {}
    for i, claim in enumerate(cf.claims):
        if claim.id in ids:
            yield parsed.problem(
                ["claims", i, "id"], f"duplicate claim id {claim.id!r} (first at claims[{ids[claim.id]}])"
            )
        ids.setdefault(claim.id, i)
    for i, claim in enumerate(cf.claims):
        refs: list[tuple[list[str | int], str | None]] = [
            (["part_of"], claim.part_of),
            (["listed_with"], claim.listed_with),
            (["change_of"], claim.change_of),
            (["baseline"], claim.baseline),
        ]
        refs += [(["total_change_of", k], ref) for k, ref in enumerate(claim.total_change_of or [])]
        refs += [(["sum_of", k], ref) for k, ref in enumerate(claim.sum_of or [])]
        refs += [(["combined_of", k], ref) for k, ref in enumerate(claim.combined_of or [])]
        refs += [(["mean_of", k], ref) for k, ref in enumerate(claim.mean_of or [])]
        if claim.rate_of:
            refs.append((["rate_of", "count"], claim.rate_of.count))
        if claim.difference_of:
            refs += [
                (["difference_of", "minuend"], claim.difference_of.minuend),
                (["difference_of", "subtrahend"], claim.difference_of.subtrahend),
            ]
        if claim.share_of:
            refs += [
                (["share_of", "whole"], claim.share_of.whole),
                (["share_of", "part"], claim.share_of.part),
            ]
        for loc, ref in refs:
            if ref is not None and ref not in ids:
                yield parsed.problem(["claims", i, *loc], f"no claim has id {ref!r}{did_you_mean(ref, ids)}")
            if ref == claim.id:
                yield parsed.problem(["claims", i, *loc], f"claim {ref!r} refers to itself")
        if text is None:
            continue
        for j, m in enumerate(claim.mentions):
            found = text[m.start : m.end]
            if m.end > len(text):
                yield parsed.problem(
                    ["claims", i, "mentions", j, "end"],
                    f"end {m.end} is past the end of the text ({len(text)} characters)",
                )
            elif found != m.quote:
                yield parsed.problem(
                    ["claims", i, "mentions", j, "quote"],
                    f"quote {clip(m.quote)!r} does not match the text at {m.start}-{m.end}, "
                    f"which reads {clip(found)!r}",
                )


def _raw_reference_problems(parsed: ParsedFile) -> Iterator[Problem]:
    """Duplicate and dangling ids in a file that failed validation, so all come at once."""
    raw = parsed.data.get("claims") if isinstance(parsed.data, dict) else None
    if not isinstance(raw, list):
        return
    items = [c if isinstance(c, dict) else {} for c in raw]
    ids: dict[str, int] = {}
    for i, c in enumerate(items):
        cid = c.get("id")
        if isinstance(cid, str):
            if cid in ids:
                yield parsed.problem(["claims", i, "id"],
                                     f"duplicate claim id {cid!r} (first at claims[{ids[cid]}])")
            ids.setdefault(cid, i)
    for i, c in enumerate(items):
        share_of = c.get("share_of")
        share: dict[str, Any] = share_of if isinstance(share_of, dict) else {}
        refs: list[tuple[list[str | int], Any]] = [
                (["part_of"], c.get("part_of")), (["listed_with"], c.get("listed_with")),
                (["change_of"], c.get("change_of")),
                (["baseline"], c.get("baseline")), (["share_of", "whole"], share.get("whole")),
                (["share_of", "part"], share.get("part"))]
        totals = c.get("total_change_of")
        if isinstance(totals, list):
            refs += [(["total_change_of", k], ref) for k, ref in enumerate(totals)]
        rate = c.get("rate_of")
        if isinstance(rate, dict):
            refs.append((["rate_of", "count"], rate.get("count")))
        summed = c.get("sum_of")
        if isinstance(summed, list):
            refs += [(["sum_of", k], ref) for k, ref in enumerate(summed)]
        combined = c.get("combined_of")
        if isinstance(combined, list):
            refs += [(["combined_of", k], ref) for k, ref in enumerate(combined)]
        averaged = c.get("mean_of")
        if isinstance(averaged, list):
            refs += [(["mean_of", k], ref) for k, ref in enumerate(averaged)]
        difference = c.get("difference_of")
        if isinstance(difference, dict):
            refs += [(["difference_of", "minuend"], difference.get("minuend")),
                     (["difference_of", "subtrahend"], difference.get("subtrahend"))]
        for loc, ref in refs:
            if isinstance(ref, str) and ref not in ids:
                yield parsed.problem(["claims", i, *loc], f"no claim has id {ref!r}{did_you_mean(ref, ids)}")


def is_claims_file(path: Path) -> bool:
    return path.name.endswith(CLAIMS_SUFFIXES)


def claims_files_in(path: Path) -> list[Path]:
    """A claims file itself, or every ``*.claims.yaml|yml|json`` below a directory, sorted."""
    if path.is_dir():
        # a claims-named entry that is not a file (a looping or broken symlink, a FIFO) is kept,
        # so that reading it reports it instead of skipping it silently
        return sorted(p for p in path.rglob("*") if is_claims_file(p) and not p.is_dir())
    return [path]


# --- rules --------------------------------------------------------------------------


#: Files beside rule packs that hold their test cases, not rules.
RULE_TESTS_NAMES = ("tests.yaml", "tests.yml")


def is_rule_tests_file(path: Path) -> bool:
    return path.name in RULE_TESTS_NAMES or path.name.endswith(tuple(f".{n}" for n in RULE_TESTS_NAMES))


def rule_files_in(path: Path) -> list[Path]:
    if path.is_dir():
        return sorted(
            p for p in path.rglob("*")
            if p.suffix in DATA_SUFFIXES and not p.is_dir() and not is_rule_tests_file(p)
        )
    return [path]


def load_rules(paths: Iterable[Path | str]) -> list[CompiledRule]:
    """Load rule packs from files or directories; raise :class:`InputError` listing every problem."""
    compiled: list[CompiledRule] = []
    problems: list[Problem] = []
    given = [Path(p) for p in paths]
    for place in given:
        files = rule_files_in(place)
        if not files:
            problems.append(Problem(str(place), 1, 1, "no rule packs here (*.yaml, *.yml or *.json)"))
        for path in files:
            try:
                compiled.extend(_load_pack(path))
            except InputError as exc:
                problems.extend(exc.problems)
    if given and not compiled and not problems:
        problems.append(Problem(str(given[0]), 1, 1, "no rules: a run without rules would check nothing"))
    first: dict[str, CompiledRule] = {}
    for c in compiled:
        if c.rule.id in first:
            other = first[c.rule.id]
            problems.append(
                Problem(c.file, c.line, c.column, f"duplicate rule id {c.rule.id!r} "
                        f"(also at {other.file}:{other.line}:{other.column})")
            )
        first.setdefault(c.rule.id, c)
    if problems:
        raise InputError(problems)
    return compiled


def _load_pack(path: Path) -> list[CompiledRule]:
    parsed = parse_data_file(path)
    _refuse_empty_or_not_a_mapping(parsed, "a rule pack has pack: and rules:")
    try:
        pack = RulePack.model_validate(parsed.data)
    except ValidationError as exc:
        raise InputError([*validation_problems(parsed, exc, RulePack),
                          *_params_problems_of_raw_rules(parsed, exc)]) from None
    problems: list[Problem] = []
    out = []
    kinds = checks.kinds()
    for i, rule in enumerate(pack.rules):
        loc: list[str | int] = ["rules", i]
        kind = kinds.get(rule.check)
        if kind is None:
            problems.append(parsed.problem([*loc, "check"], f"unknown check kind {rule.check!r}"
                                           f"{did_you_mean(rule.check, kinds)}"))
            continue
        try:
            params = kind.params.model_validate(rule.params)
        except ValidationError as exc:
            problems.extend(validation_problems(parsed, exc, kind.params, [*loc, "params"]))
            continue
        problems.extend(_role_problems(parsed, loc, rule, kind))
        roles = _any_roles(rule, kind, params) if kind.any_role else None
        if kind.validate is not None:
            for found in kind.validate(params, roles or kind.roles):
                where = [*loc, *found.loc]
                problems.append(parsed.problem_in_text(where, found.at, found.message) if found.at
                                else parsed.problem(where, found.message))
        if plain_template(rule.message) is not None:
            # it parses, and reads only names and attributes a claim has: nothing to compile here
            line, col = parsed.at(loc)
            out.append(CompiledRule(rule, pack, kind, params, str(path), line, col, roles))
            continue
        if checked_ahead(rule.message, roles or kind.roles):  # a bundled message: checked as below, ahead
            line, col = parsed.at(loc)
            out.append(CompiledRule(rule, pack, kind, params, str(path), line, col, roles))
            continue
        import jinja2

        from factcheck._sandbox import TEMPLATES

        try:
            template = compile_template(rule.message)
        except jinja2.TemplateSyntaxError as exc:
            problems.append(parsed.problem([*loc, "message"], f"message template: {exc.message}"))
            continue
        except Exception as exc:  # anything else the compiler raises is still a broken template
            problems.append(parsed.problem([*loc, "message"], f"message template: {clip(str(exc), 200)}"))
            continue
        reads = template_problem(TEMPLATES, template, rule.message, roles or kind.roles)
        if reads is not None:
            problems.append(_message_problem(parsed, [*loc, "message"], rule.message, reads))
            continue
        line, col = parsed.at(loc)
        out.append(CompiledRule(rule, pack, kind, params, str(path), line, col, roles))
    if problems:
        raise InputError(problems)
    return out


def _message_problem(parsed: ParsedFile, loc: list[str | int], source: str,
                     found: TemplateProblem) -> Problem:
    """Where in the message the unknown attribute stands (at the message, if it cannot tell)."""
    if found.offset is None:
        return parsed.problem(loc, found.message)
    before = source[: found.offset]
    line = before.count("\n") + 1
    column = found.offset - (before.rfind("\n") + 1) + 1
    return parsed.problem_in_text(loc, (line, column), found.message)


def _params_problems_of_raw_rules(parsed: ParsedFile, error: ValidationError) -> Iterator[Problem]:
    """Check kind and params of rules in a pack that failed validation, so all come at once."""
    raw = parsed.data.get("rules") if isinstance(parsed.data, dict) else None
    kinds = checks.kinds()
    reported = {tuple(e["loc"][:3]) for e in error.errors()}
    for i, item in enumerate(raw if isinstance(raw, list) else []):
        if not isinstance(item, dict) or not isinstance(item.get("check"), str):
            continue
        loc: list[str | int] = ["rules", i]
        kind = kinds.get(item["check"])
        if kind is None:
            if ("rules", i, "check") not in reported:
                yield parsed.problem([*loc, "check"], f"unknown check kind {item['check']!r}"
                                     f"{did_you_mean(item['check'], kinds)}")
            continue
        if ("rules", i, "params") in reported:
            continue
        try:
            kind.params.model_validate(item.get("params") or {})
        except ValidationError as exc:
            yield from validation_problems(parsed, exc, kind.params, [*loc, "params"])


def _any_roles(rule: Rule, kind: checks.CheckKind, params: BaseModel) -> dict[str, checks.Arity]:
    """The roles a rule of an any-role kind binds: its selector names, ``claim``, or a relation's."""
    if rule.relation is not None:
        return dict(RELATIONS[rule.relation].roles)
    if rule.each is not None:
        return {"claim": "one"}
    names = list(rule.claims or {})
    if kind.roles_for is not None:
        return dict(kind.roles_for(params, names))
    return dict.fromkeys(names, "one")


def _role_problems(
    parsed: ParsedFile, loc: list[str | int], rule: Rule, kind: checks.CheckKind
) -> Iterator[Problem]:
    if kind.any_role:
        return
    required = kind.required_roles
    if rule.claims is not None:
        for role in rule.claims:
            if role not in kind.roles:
                yield parsed.problem([*loc, "claims", role], f"{kind.id} has no role {role!r}; its "
                                     f"roles are {', '.join(kind.roles)}{did_you_mean(role, kind.roles)}",
                                     key=True)
        for role in required:
            if role not in rule.claims:
                yield parsed.problem([*loc, "claims"], f"{kind.id} needs a claim for role {role!r}")
    elif rule.each is not None and len(required) != 1:
        yield parsed.problem([*loc, "each"], f"{kind.id} needs claims for {', '.join(required)}; "
                             "'each' gives one claim at a time: use 'claims' or 'relation'")
    elif rule.relation is not None:
        given = tuple(RELATIONS[rule.relation].roles)
        missing = [r for r in required if r not in given]
        if missing:
            yield parsed.problem([*loc, "relation"], f"{kind.id} needs {', '.join(missing)}, which "
                                 f"{rule.relation} does not give (it gives {', '.join(given)})")

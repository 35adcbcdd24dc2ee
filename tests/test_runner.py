"""Corpus runs: every engine and number of jobs write the same files; a bad document stays in its line."""

from __future__ import annotations

import functools
import json
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck import evaluate_across, evaluate_document, load_claims, load_rules
from factcheck._bundled import bundled_rules
from factcheck._compiled import CompiledRule
from factcheck._errors import InputError, UsageError
from factcheck._limits import set_max_input_bytes
from factcheck._loading import parse_data_file
from factcheck._runner import verify_corpus
from tests.conftest import EXAMPLE, run_cli
from tests.readers import conftest as web_server

web = web_server.web  # the local web server fixture

OUTPUTS = ("results.jsonl", "documents.jsonl", "aggregate.json", "aggregate.md")


def _copy(source: Path, target: Path, document_id: str, *, scale: str | None = None) -> None:
    text = source.read_text(encoding="utf-8").replace(
        "  id: cambodia-cross-border-crime", f"  id: {document_id}", 1)
    # the article stays where it is: a claims file may name a text in its own folder only
    text = "".join(line for line in text.splitlines(keepends=True) if not line.startswith("  text: "))
    if scale is not None:  # one figure changed: the document's sums no longer hold
        text = text.replace('value: "', f'value: "{scale}', 1)
    target.write_text(text, encoding="utf-8")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Five copies of the example (one figure changed in one) in two folders, a broken file, JSON Lines."""
    root = tmp_path / "corpus"
    (root / "b").mkdir(parents=True)
    for n in range(4):
        _copy(EXAMPLE, root / ("b" if n % 2 else ".") / f"doc{n}.claims.yaml", f"doc-{n}")
    _copy(EXAMPLE, root / "doc9.claims.yaml", "doc-9", scale="9")
    (root / "b" / "broken.claims.yaml").write_text("document: [unclosed\n", encoding="utf-8")
    data = parse_data_file(EXAMPLE).data
    data["document"]["id"] = "from-jsonl"
    data["document"].pop("text", None)
    lines = [
        json.dumps(data),
        "{not json",
        json.dumps({"id": "article-1", "text": "Sales rose from 100 to 150 in 2023, an increase of 80 %."}),
    ]
    (root / "more.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return root


def _outputs(folder: Path) -> dict[str, bytes]:
    return {name: (folder / name).read_bytes() for name in OUTPUTS}


@pytest.fixture
def corpus(folder: Path) -> list[Path]:
    """The folder (claims files only, searched recursively) and the JSON Lines file in it."""
    return [folder, folder / "more.jsonl"]


def test_two_jobs_write_what_one_job_writes(corpus: list[Path], tmp_path: Path) -> None:
    one = verify_corpus(corpus, output=tmp_path / "one", jobs=1)
    two = verify_corpus(corpus, output=tmp_path / "two", jobs=2)
    assert _outputs(tmp_path / "one") == _outputs(tmp_path / "two")
    assert (one.documents, one.unreadable) == (two.documents, two.unreadable) == (9, 2)


def test_results_are_the_per_document_reports_in_sorted_order(folder: Path, tmp_path: Path) -> None:
    verify_corpus([folder / "doc0.claims.yaml", folder / "b"], output=tmp_path, jobs=1)
    rules = load_rules([bundled_rules()])
    expected = []
    given_order = ("doc0.claims.yaml", "b/doc1.claims.yaml", "b/doc3.claims.yaml")
    documents = [load_claims(folder / name) for name in given_order]
    for document in documents:
        expected += [r.model_dump_json() for r in evaluate_document(document, rules).results]
    # then the rules across documents, on the documents of the example's story
    assert len({d.claims_file.document.story for d in documents}) == 1
    across = evaluate_across(documents, rules).results
    assert any(r.rule == "figures-agree-across-documents" for r in across)
    expected += [r.model_dump_json() for r in across]
    lines = (tmp_path / "results.jsonl").read_text(encoding="utf-8").splitlines()
    broken = [line for line in lines if '"readable": false' in line]
    assert len(broken) == 1
    assert "broken.claims.yaml:2:1: YAML syntax" in broken[0]
    assert [line for line in lines if line not in broken] == expected


def test_a_bad_document_is_counted_and_reported_in_its_line(corpus: list[Path], tmp_path: Path) -> None:
    verify_corpus(corpus, output=tmp_path, jobs=1)
    documents = [json.loads(line) for line in (tmp_path / "documents.jsonl").read_text().splitlines()]
    unreadable = [d for d in documents if not d["readable"]]
    assert [d["source"].rsplit("/", 1)[-1] for d in unreadable] == ["broken.claims.yaml", "more.jsonl:2"]
    assert all(d["problems"] for d in unreadable)
    ids = [d["document"] for d in documents if d["readable"]]
    assert ids == ["doc-1", "doc-3", "doc-0", "doc-2", "doc-9", "from-jsonl", "article-1"]


def test_the_aggregate_puts_the_worst_documents_first(corpus: list[Path], tmp_path: Path) -> None:
    verify_corpus(corpus, output=tmp_path, jobs=1)
    aggregate = json.loads((tmp_path / "aggregate.json").read_text())
    worst = aggregate["worst_documents"]
    keys = [(d["failed"], d["errors"], d["inconclusive"]) for d in worst]
    assert keys == sorted(keys, reverse=True)
    assert worst[0]["document"] in ("doc-9", "article-1")
    assert "doc-9" in [d["document"] for d in worst if d["failed"]]
    assert worst[0]["failed"] > 0
    assert sum(aggregate["failures_by_rule"].values()) == aggregate["summary"]["failed"] + \
        aggregate["summary"]["errors"]
    assert aggregate["unreadable"] == 2
    assert aggregate["documents"] == 9


def test_globs_pick_files(folder: Path, tmp_path: Path) -> None:
    outcome = verify_corpus([str(folder / "**" / "doc*.claims.yaml")], output=tmp_path, jobs=1)
    assert (outcome.documents, outcome.unreadable) == (5, 0)


def test_the_command_streams_and_exits_2_when_a_document_cannot_be_read(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run_cli(["verify", *map(str, corpus), "-j", "1", "-o", str(tmp_path)], monkeypatch, capsys)
    assert code == 2
    assert "9 documents, 2 could not be read" in err
    assert "documents/s" in err
    assert (tmp_path / "results.jsonl").is_file()
    one_good = corpus[0] / "b" / "doc1.claims.yaml"
    code, _, _ = run_cli(["verify", str(one_good), "-j", "1", "-o", str(tmp_path)], monkeypatch, capsys)
    assert code == 0


def test_dask_engine_without_dask_says_what_to_install(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)
    with pytest.raises(UsageError, match=r"pip install 'factcheck-numbers\[dask\]'"):
        verify_corpus(corpus, output=tmp_path, engine="dask")


def test_a_scheduler_needs_the_dask_engine(corpus: list[Path], tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="--engine dask"):
        verify_corpus(corpus, output=tmp_path, scheduler="tcp://127.0.0.1:8786")


def test_a_dask_cluster_writes_what_the_local_engine_writes(corpus: list[Path], tmp_path: Path) -> None:
    distributed = pytest.importorskip("distributed")
    verify_corpus(corpus, output=tmp_path / "local", jobs=1)
    with distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=False, protocol="tcp",
                                  host="127.0.0.1", dashboard_address=None) as cluster:
        verify_corpus(corpus, output=tmp_path / "dask", engine="dask", scheduler=cluster.scheduler_address)
    assert _outputs(tmp_path / "local") == _outputs(tmp_path / "dask")


def test_the_dask_engine_starts_a_cluster_of_its_own_without_an_address(folder: Path, tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    verify_corpus([folder / "b"], output=tmp_path / "local", jobs=1)
    verify_corpus([folder / "b"], output=tmp_path / "dask", jobs=1, engine="dask")
    assert _outputs(tmp_path / "local") == _outputs(tmp_path / "dask")


def test_a_folder_holds_claims_files_only(folder: Path, tmp_path: Path) -> None:
    outcome = verify_corpus([folder], output=tmp_path, jobs=1)
    assert (outcome.documents, outcome.unreadable) == (6, 1)


def test_workers_on_other_machines_get_the_same_rules(folder: Path) -> None:
    """What a Dask worker in another process receives: the settings, pickled, give the same lines."""
    import pickle

    from factcheck._runner import Settings, _tasks, verify_batch

    rules = [r for r in load_rules([bundled_rules()]) if r.rule.scope == "document"]
    batch = list(_tasks([folder / "doc9.claims.yaml", folder / "more.jsonl"]))
    here = verify_batch(batch, Settings(rules))
    there = verify_batch(batch, pickle.loads(pickle.dumps(Settings(rules))))
    assert [(o.line, o.results) for o in here] == [(o.line, o.results) for o in there]
    assert here[0].failures


# --- the one corpus path: articles, standard input, URLs, ids, sizes, stories ----------------

FAMILIES = "In 2024, volunteers delivered aid to 1,250 families, including 300 families in the hills.\n"
WRONG_PART = "In 2024, volunteers delivered aid to 1,250 families, including 3,000 families in the hills.\n"


def _documents(out: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in (out / "documents.jsonl").read_text(encoding="utf-8").splitlines()]


def test_a_folder_of_articles_is_a_corpus_and_an_article_beside_its_claims_is_read_through_them(
    folder: Path, tmp_path: Path
) -> None:
    articles = tmp_path / "articles"
    (articles / "2024").mkdir(parents=True)
    (articles / "2024" / "aid.txt").write_text(WRONG_PART, encoding="utf-8")
    (articles / "relief.md").write_text(FAMILIES, encoding="utf-8")
    (articles / ".hidden.txt").write_text(WRONG_PART, encoding="utf-8")
    _copy(EXAMPLE, articles / "relief.claims.yaml", "relief-by-hand")  # relief.md is read through it
    outcome = verify_corpus([articles], output=tmp_path / "out", jobs=1)
    sources = [d["source"].rsplit("articles/", 1)[-1] for d in _documents(tmp_path / "out")]
    assert sources == ["2024/aid.txt", "relief.claims.yaml"]
    assert outcome.summary["failed"] > 0  # the part larger than its whole in aid.txt
    narrowed = verify_corpus([articles], output=tmp_path / "txt", jobs=1, glob="*.txt")
    assert narrowed.documents == 1


def test_standard_input_and_a_url_are_documents_of_a_corpus(
    folder: Path, tmp_path: Path, web: tuple[str, dict[str, object]]
) -> None:
    base, routes = web
    routes["/news/aid"] = (200, {"Content-Type": "text/plain; charset=utf-8"}, WRONG_PART.encode())
    outcome = verify_corpus(["-", f"{base}/news/aid", folder / "b" / "doc1.claims.yaml"],
                            output=tmp_path, jobs=2, stdin=FAMILIES.encode())
    documents = _documents(tmp_path)
    assert [d["source"] for d in documents][:2] == ["-", f"{base}/news/aid"]
    assert [d["document"] for d in documents] == ["stdin", "aid", "doc-1"]
    assert documents[1]["failed"]
    assert not documents[0]["failed"]
    assert (outcome.documents, outcome.unreadable) == (3, 0)


def test_standard_input_is_read_once(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="standard input can be read once only"):
        verify_corpus(["-", "-"], output=tmp_path, stdin=b"x")


def test_duplicate_ids_are_reported_with_both_sources(folder: Path, tmp_path: Path) -> None:
    _copy(EXAMPLE, folder / "b" / "again.claims.yaml", "doc-0")
    outcome = verify_corpus([folder], output=tmp_path, jobs=2)
    (duplicate,) = outcome.duplicates
    # the folder's files in sorted order: b/again.claims.yaml comes first
    assert duplicate.endswith("b/again.claims.yaml")
    assert "corpus/doc0.claims.yaml:1:1: document id 'doc-0' is also used by" in duplicate
    assert outcome.bad_input
    aggregate = json.loads((tmp_path / "aggregate.json").read_text())
    assert aggregate["duplicates"] == 1
    assert aggregate["duplicate_ids"] == [duplicate]


def test_a_json_lines_line_over_the_input_limit_is_one_unreadable_document(tmp_path: Path) -> None:
    lines = [json.dumps({"id": "short", "text": FAMILIES}),
             json.dumps({"id": "long", "text": FAMILIES * 2000}),
             json.dumps({"id": "after", "text": WRONG_PART})]
    (tmp_path / "in.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    set_max_input_bytes(65536)  # rule packs stay below it, the long line does not
    try:
        outcome = verify_corpus([tmp_path / "in.jsonl"], output=tmp_path / "out", jobs=1)
    finally:
        set_max_input_bytes(None)
    documents = _documents(tmp_path / "out")
    assert [d.get("document") for d in documents] == ["short", None, "after"]
    assert "in.jsonl:2:1: the line is over 65,536 bytes" in documents[1]["problems"][0]
    assert (outcome.documents, outcome.unreadable) == (3, 1)


def _story_copy(target: Path, document_id: str, story: str, cases: str = "197") -> None:
    _copy(EXAMPLE, target, document_id)
    text = target.read_text(encoding="utf-8").replace('value: "197"', f'value: "{cases}"', 1)
    target.write_text(text.replace("story: cambodia-counter-trafficking", f"story: {story}"),
                      encoding="utf-8")


def _across_failures(out: Path) -> list[dict[str, object]]:
    rows = [json.loads(line) for line in (out / "results.jsonl").read_text(encoding="utf-8").splitlines()]
    return [r for r in rows if r.get("rule") == "figures-agree-across-documents" and r["status"] == "fail"]


def test_rules_across_documents_compare_the_documents_of_one_story_only(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    _story_copy(corpus / "a.claims.yaml", "a", "one")
    _story_copy(corpus / "b.claims.yaml", "b", "one", cases="179")
    _story_copy(corpus / "c.claims.yaml", "c", "two", cases="971")
    outcome = verify_corpus([corpus], output=tmp_path / "one", jobs=2)
    failures = _across_failures(tmp_path / "one")
    assert failures, "197 and 179 cases in two documents of one story"
    assert all("971" not in json.dumps(r) for r in failures)  # c tells another story
    assert outcome.stories == 1
    assert outcome.failures_by_rule["figures-agree-across-documents"] == len(failures)
    _story_copy(corpus / "b.claims.yaml", "b", "three", cases="179")
    verify_corpus([corpus], output=tmp_path / "apart", jobs=1)
    assert not _across_failures(tmp_path / "apart")


def test_the_command_verifies_a_folder_as_a_corpus_and_one_file_as_before(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run_cli(["verify", str(folder / "b"), "-o", str(tmp_path / "streamed")],
                             monkeypatch, capsys)
    assert code == 2  # b/broken.claims.yaml
    assert sorted(p.name for p in (tmp_path / "streamed").iterdir()) == sorted(OUTPUTS)
    assert "3 documents, 1 could not be read" in err
    assert out.endswith(" errors\n")
    code, _, _ = run_cli(["verify", str(folder / "b"), "-f", "json", "-o", str(tmp_path / "whole")],
                         monkeypatch, capsys)
    assert code == 2  # a report of every result refuses a folder with a broken file, as before
    code, _, _ = run_cli(["verify", str(folder / "doc0.claims.yaml"), "-o", str(tmp_path / "one")],
                         monkeypatch, capsys)
    assert code == 0
    assert sorted(p.name for p in (tmp_path / "one").iterdir()) == ["report.json", "report.md"]


def test_format_and_a_parallel_run_do_not_mix(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run_cli(["verify", str(folder), "-j", "2", "-f", "html", "-o", str(tmp_path)],
                           monkeypatch, capsys)
    assert code == 2
    assert "drop one of them" in err


def test_folders_are_walked_in_the_order_of_a_sorted_listing(tmp_path: Path) -> None:
    """The lazy walk visits what factcheck.verify lists for a folder, in the same order."""
    from factcheck._api import _inputs_in
    from factcheck._runner import _tasks

    for name in ("a/z.txt", "a-b/y.md", "a.txt", "a0/x.claims.yaml", "b.html", ".hidden/c.txt", "A/d.txt",
                 "notes.rtf", "data.json", "lines.jsonl"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("In 2024, 3 of 4.\n", encoding="utf-8")
    walked = [Path(source) for source, *_ in _tasks([tmp_path])]
    assert walked == _inputs_in(tmp_path, None)
    assert [p.name for p in walked] == ["d.txt", "z.txt", "y.md", "a.txt", "x.claims.yaml", "b.html"]
    assert [Path(s) for s, *_ in _tasks([tmp_path], "*.txt")] == _inputs_in(tmp_path, "*.txt")
    # JSON Lines files in a folder only when the glob names them: then each line is a task
    assert list(_tasks([tmp_path], "*.jsonl")) == [(str(tmp_path / "lines.jsonl"), 1, 0, "")]


def test_a_glob_that_leaves_out_the_claims_file_keeps_its_article(tmp_path: Path) -> None:
    from factcheck._runner import _tasks

    (tmp_path / "a.txt").write_text(FAMILIES, encoding="utf-8")
    (tmp_path / "a.claims.yaml").write_text("claims: []\n", encoding="utf-8")
    assert [Path(s).name for s, *_ in _tasks([tmp_path])] == ["a.claims.yaml"]
    assert [Path(s).name for s, *_ in _tasks([tmp_path], "*.txt")] == ["a.txt"]


def test_a_claims_file_whose_text_cannot_be_read_is_verified_with_a_warning_in_its_line(
    folder: Path, tmp_path: Path
) -> None:
    named = folder / "b" / "doc1.claims.yaml"
    text = named.read_text(encoding="utf-8").replace("document:\n", "document:\n  text: gone.txt\n", 1)
    named.write_text(text, encoding="utf-8")
    verify_corpus([folder / "b"], output=tmp_path, jobs=1)
    rows = {d["source"].rsplit("/", 1)[-1]: d for d in _documents(tmp_path)}
    assert rows["doc1.claims.yaml"]["readable"]
    assert "document text 'gone.txt' not found" in rows["doc1.claims.yaml"]["warnings"][0]
    assert "warnings" not in rows["doc3.claims.yaml"]


def test_two_claims_files_are_a_corpus_unless_a_report_format_is_asked_for(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    two = [str(folder / "doc0.claims.yaml"), str(folder / "doc9.claims.yaml")]
    code, _, _ = run_cli(["verify", *two, "-o", str(tmp_path / "streamed")], monkeypatch, capsys)
    assert code == 1  # doc-9's changed figure
    assert sorted(p.name for p in (tmp_path / "streamed").iterdir()) == sorted(OUTPUTS)
    code, _, _ = run_cli(["verify", *two, "-f", "json", "-o", str(tmp_path / "whole")], monkeypatch, capsys)
    assert code == 1
    report = json.loads((tmp_path / "whole" / "report.json").read_text(encoding="utf-8"))
    assert [d["id"] for d in report["documents"]] == ["doc-0", "doc-9"]


def _one_figure(target: Path, document_id: str, value: str) -> None:
    """A document of one count that only a comparison with another document can check."""
    target.write_text(f"""schema: factcheck/claims/v1
document: {{id: {document_id}, title: Visitors, story: museum}}
claims:
  - {{id: visitors, kind: count, measures: visitors, value: "{value}", label: visitors, period: "2024",
     place: Riverton, mentions: [{{start: 0, end: 5, quote: "{value}"}}]}}
""", encoding="utf-8")


def test_the_aggregate_counts_coverage_as_a_run_in_memory_does(tmp_path: Path) -> None:
    from factcheck import evaluate

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    _one_figure(corpus / "a.claims.yaml", "a", "12000")
    _one_figure(corpus / "b.claims.yaml", "b", "12000")
    verify_corpus([corpus], output=tmp_path / "out", jobs=1)
    aggregate = json.loads((tmp_path / "out" / "aggregate.json").read_text(encoding="utf-8"))
    documents = [load_claims(corpus / f"{n}.claims.yaml") for n in "ab"]
    in_memory = evaluate(documents, load_rules([bundled_rules()])).summary.coverage.model_dump()
    lines = [d["coverage"] for d in _documents(tmp_path / "out")]
    alone = {level: sum(c[level] for c in lines) for level in in_memory}  # type: ignore[index]
    assert aggregate["summary"]["coverage"] == in_memory == {"compared": 2, "sanity": 0, "unchecked": 0}
    assert alone != in_memory, "each document alone leaves its one figure without another to check it by"


def test_quiet_prints_the_summary_line_and_only_failed_the_failed_checks(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (folder / "b" / "broken.claims.yaml").unlink()
    _, out, err = run_cli(["verify", str(folder), "-j", "1", "-q", "-o", str(tmp_path / "q")],
                          monkeypatch, capsys)
    assert out.count("\n") == 1
    assert out.endswith(" errors\n")
    assert "wrote" not in err
    assert "documents/s" not in err
    code, out, _ = run_cli(["verify", str(folder), "-j", "1", "--only-failed", "-o", str(tmp_path / "f")],
                           monkeypatch, capsys)
    assert code == 1  # doc9's changed figure
    shown = out.splitlines()[:-1]
    results = [json.loads(line) for line in (tmp_path / "f" / "results.jsonl").read_text().splitlines()]
    failed = [r for r in results if r.get("status") in ("fail", "error")]
    assert len(shown) == len(failed) > 0
    assert all(line.split(": ")[1].split()[1] == r["rule"] for line, r in zip(shown, failed, strict=True))
    assert any(line.startswith("doc9.claims.yaml: fail ") or "/doc9.claims.yaml: fail " in line
               for line in shown)


def test_the_dask_engine_starts_one_cluster_for_the_documents_and_the_stories(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    distributed = pytest.importorskip("distributed")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    _story_copy(corpus / "a.claims.yaml", "a", "one")
    _story_copy(corpus / "b.claims.yaml", "b", "one", cases="179")
    started = []
    real = distributed.LocalCluster

    def counted(*args: object, **kwargs: object) -> object:
        started.append(kwargs)
        return real(*args, **kwargs)

    monkeypatch.setattr(distributed, "LocalCluster", counted)
    outcome = verify_corpus([corpus], output=tmp_path / "dask", jobs=1, engine="dask")
    assert outcome.stories == 1
    assert len(started) == 1
    verify_corpus([corpus], output=tmp_path / "local", jobs=1)
    assert _outputs(tmp_path / "local") == _outputs(tmp_path / "dask")


def test_articles_named_alike_get_the_ids_a_run_in_memory_gives_them(tmp_path: Path) -> None:
    from factcheck import load_documents

    for sub in ("a", "b", "c"):
        (tmp_path / "in" / sub).mkdir(parents=True)
        (tmp_path / "in" / sub / "story.txt").write_text(FAMILIES, encoding="utf-8")
    (tmp_path / "in" / "a" / "story-2.txt").write_text(FAMILIES, encoding="utf-8")
    in_memory = [d.document_id for d in load_documents([tmp_path / "in"])]
    for jobs in (1, 2):
        outcome = verify_corpus([tmp_path / "in"], output=tmp_path / f"out{jobs}", jobs=jobs)
        assert [d["document"] for d in _documents(tmp_path / f"out{jobs}")] == in_memory
        assert not outcome.duplicates
    # a/story-2.txt comes first in a sorted listing and keeps its name; b/story.txt skips it
    assert in_memory == ["story-2", "story", "story-3", "story-4"]


@settings(max_examples=200, deadline=None)
@given(text=st.text())
def test_a_result_record_is_written_as_the_model_writes_it(text: str) -> None:
    """The corpus path writes records as plain data: escapes and non-ASCII as the model writes them."""
    from factcheck._results import Result
    from factcheck._runner import result_line

    records = _example_records()
    record = next(r for r in records if r["spans"] and r["evidence"]["operands"])
    record = {**record, "message": text, "headline": text + "\x00\u2028\"\\",
              "spans": [{**record["spans"][0], "quote": text}]}
    assert result_line(record) == Result.model_validate(record).model_dump_json()


def test_the_records_are_the_results_of_a_report() -> None:
    from factcheck._runner import result_line

    records = _example_records()
    assert [result_line(r) for r in records] == [
        r.model_dump_json() for r in evaluate_document(load_claims(EXAMPLE), _bundled()).results]


@functools.cache
def _bundled() -> list[CompiledRule]:
    return load_rules([bundled_rules()])


@functools.cache
def _example_records() -> list[dict[str, Any]]:
    from factcheck._engine import document_records

    return document_records(load_claims(EXAMPLE), _bundled())

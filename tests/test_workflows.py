"""The GitHub workflows: actionlint finds nothing, actions are pinned, and no job gets more than it needs.

actionlint runs offline (its binary comes in the ``test`` extra); shellcheck and
pyflakes are turned off so the result does not depend on what else a machine has.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
WORKFLOWS = ROOT / ".github" / "workflows"
PINNED = re.compile(r"^[\w.-]+/[\w./-]+@(v\d+(\.\d+)*|[0-9a-f]{40})$")


def workflow(name: str) -> dict:
    # YAML 1.1 reads the key `on` as True: take it back under its name.
    loaded = yaml.safe_load((WORKFLOWS / name).read_text(encoding="utf-8"))
    loaded["on"] = loaded.pop(True)
    return loaded


def actionlint(*files: Path) -> subprocess.CompletedProcess:
    found = shutil.which("actionlint", path=str(Path(sys.executable).parent)) or shutil.which("actionlint")
    assert found, "actionlint is missing: install the test extra (pip install -e '.[test]')"
    return subprocess.run([found, "-no-color", "-shellcheck=", "-pyflakes=", *map(str, files)], capture_output=True, text=True, cwd=ROOT)


def test_actionlint_finds_nothing_in_the_workflows():
    proc = actionlint(*sorted(WORKFLOWS.glob("*.yml")))
    assert proc.returncode == 0 and not proc.stdout, proc.stdout + proc.stderr


def test_actionlint_would_report_a_broken_workflow(tmp_path):
    """The check above can fail: the same call on a workflow with a mistake reports it."""
    broken = tmp_path / "broken.yml"
    broken.write_text("on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n        shell: bsh\n")
    proc = actionlint(broken)
    assert proc.returncode != 0 and "shell-name" in proc.stdout


@pytest.mark.parametrize("name", ["ci.yml", "review.yml", "pages.yml"])
def test_every_action_is_pinned_to_a_version(name):
    uses = [step["uses"] for job in workflow(name)["jobs"].values() for step in job.get("steps", []) if "uses" in step]
    assert uses and all(PINNED.match(u) for u in uses), uses


@pytest.mark.parametrize("name", ["ci.yml", "review.yml", "pages.yml"])
def test_the_token_has_no_permission_unless_a_job_asks_for_it(name):
    flow = workflow(name)
    assert flow["permissions"] == {}
    assert all("permissions" in job for job in flow["jobs"].values())


@pytest.mark.parametrize(("name", "job", "permissions"), [
    ("ci.yml", "test", {"contents": "read"}),
    ("review.yml", "report", {"contents": "read"}),  # runs the pull request's code
    ("review.yml", "comment", {"pull-requests": "write"}),  # runs none of it
    ("pages.yml", "build", {"contents": "read", "pages": "read"}),
    ("pages.yml", "deploy", {"pages": "write", "id-token": "write"}),
])
def test_each_job_has_only_the_permissions_it_needs(name, job, permissions):
    assert workflow(name)["jobs"][job]["permissions"] == permissions


def test_the_review_comment_is_written_only_for_branches_of_this_repository():
    """A fork's pull request never gets a token that can write; its report is in the job summary."""
    comment = workflow("review.yml")["jobs"]["comment"]
    assert comment["if"] == "github.event.pull_request.head.repo.full_name == github.repository"
    assert all("run" not in step for step in comment["steps"])  # no code from the pull request


def test_the_review_comment_is_one_comment_found_by_its_marker():
    script = next(s["with"]["script"] for s in workflow("review.yml")["jobs"]["comment"]["steps"] if "github-script" in s["uses"])
    assert "<!-- chronicle-diff -->" in script
    assert "updateComment" in script and "createComment" in script


@pytest.mark.parametrize(("name", "on"), [
    ("ci.yml", {"pull_request", "push"}),
    ("review.yml", {"pull_request"}),
    ("pages.yml", {"push", "workflow_dispatch"}),
])
def test_workflows_run_on_their_events(name, on):
    assert set(workflow(name)["on"]) == on

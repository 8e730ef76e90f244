#!/usr/bin/env bash
# `make diff BASE=main`: what the working tree does to the chronicle, compared with BASE.
#
# Builds BASE (any git revision) in a temporary git worktree with BASE's own code,
# builds the working tree as it is (uncommitted edits included), and prints the
# report of `chronicle diff` (Markdown) on stdout; progress goes to stderr.
# Environment: BASE_URL (the report links into a preview there), FORMAT (md or json),
# KEEP (a folder that keeps both sites, their build logs and the report, report.md or .json).
set -euo pipefail

base="${1:-main}"
root="$(git rev-parse --show-toplevel)"
bin="$(cd "$(dirname "$0")/.." && pwd)/.venv/bin"  # this project's tools, whichever repository is compared
out="${KEEP:-$(mktemp -d)}"
mkdir -p "$out"
out="$(cd "$out" && pwd)"  # the builds run in other folders
tree="$(mktemp -d)/base"

cleanup() {
  git -C "$root" worktree remove --force "$tree" >/dev/null 2>&1 || true
  rm -rf "$(dirname "$tree")"
  [ -n "${KEEP:-}" ] || rm -rf "$out"
}
trap cleanup EXIT

# build NAME PROJECT [PYTHONPATH]: build PROJECT into $out/NAME, its log in $out/NAME.log
build() {
  echo "chronicle diff: building $1 ($2)" >&2
  if ! (cd "$2" && PYTHONPATH="${3:-}" "$bin/mkdocs" build --clean -d "$out/$1" >"$out/$1.log" 2>&1); then
    cat "$out/$1.log" >&2
    echo "chronicle diff: the $1 build failed" >&2
    exit 1
  fi
}

git -C "$root" worktree add --quiet --detach "$tree" "$base"
# The extraction cache is keyed by the code's own files and each input's bytes: sharing it is safe.
mkdir -p "$root/.cache"
ln -s "$root/.cache" "$tree/.cache"
build base "$tree" "$tree/plugins"   # each build with its own plugin code
build head "$root" "$root/plugins"
"$bin/chronicle" diff "$out/base" "$out/head" --format "${FORMAT:-md}" \
  --base-warnings "$out/base.log" --warnings "$out/head.log" ${BASE_URL:+--base-url "$BASE_URL"} \
  | tee "$out/report.${FORMAT:-md}"

#!/usr/bin/env bash
# `make test`'s set-up for the browser tests, which drive Debian's chromium at /usr/bin/chromium.
# Missing and run as root: installed with apt-get. Otherwise one line says what to install;
# the tests then skip the browser tests (tests/conftest.py) and run the others.
set -uo pipefail
chromium=/usr/bin/chromium
[ -x "$chromium" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "make test: installing Debian's chromium for the browser tests" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null && apt-get install -y -qq chromium >/dev/null
  [ -x "$chromium" ] && exit 0
fi
echo "make test: $chromium not found, browser tests skipped: install Debian's chromium (sudo apt-get install chromium)" >&2

#!/usr/bin/env bash
# Harvests one module of Python's standard library with its own tests (docs/harvest.md, "Yield on the
# standard library"): makes a project folder holding the module and test_<module>.py, both copied from
# the interpreter passk's sandbox uses (PASSK_PYTHON or python3), and runs `passk harvest` on it.
# usage: scripts/harvest-stdlib.sh <module> <out folder> [more passk harvest flags]
# Exits 77 when the interpreter has no test package (Debian: apt-get install libpython3.11-testsuite).
set -euo pipefail
module=${1:?usage: scripts/harvest-stdlib.sh <module> <out folder> [flags]}
out=${2:?usage: scripts/harvest-stdlib.sh <module> <out folder> [flags]}
shift 2
cd "$(dirname "$0")/.."
python=${PASSK_PYTHON:-python3}
stdlib=$("$python" -c 'import sysconfig; print(sysconfig.get_paths()["stdlib"])')
test_file="$stdlib/test/test_$module.py"
if [ ! -f "$test_file" ]; then
  echo "no $test_file: this interpreter has no test package; skipped" >&2
  exit 77
fi
project=$(mktemp -d "${TMPDIR:-/tmp}/passk-stdlib-$module-XXXXXX")
trap 'rm -rf "$project"' EXIT
mkdir "$project/$module"
if [ -d "$stdlib/$module" ]; then
  cp -r "$stdlib/$module/." "$project/$module/"
else
  rmdir "$project/$module"
  cp "$stdlib/$module.py" "$project/"
fi
cp "$test_file" "$project/"
node dist/cli/main.js harvest "$project" --name "stdlib-$module" --test-command "python -m unittest test_$module" --out "$out" "$@"

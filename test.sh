#!/usr/bin/env bash
# Runs every test of ScenarioEdge, after installing what the tests need when it is missing.
# Ends with one summary line over every test project: "tests: N passed, N failed, N skipped".
set -uo pipefail
cd "$(dirname "$0")"

# --- What the tests need beyond the .NET SDK: a real mosquitto broker and its clients (interop tests),
# and a real browser for the shelf display's kiosk page.
missing=()
command -v mosquitto >/dev/null 2>&1 || [ -x /usr/sbin/mosquitto ] || missing+=(mosquitto)
command -v mosquitto_pub >/dev/null 2>&1 || missing+=(mosquitto-clients)
command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  echo "test.sh: installing ${missing[*]} (needed by the interop and browser tests)"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  if ! { $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"; }; then
    echo "test.sh: could not install ${missing[*]}; install them with 'apt-get install ${missing[*]}' and run ./test.sh again" >&2
    echo "tests: 0 passed, 1 failed, 0 skipped"
    exit 2
  fi
fi

# --- Build once, then run every test project of the solution.
results="$(mktemp -d)"
trap 'rm -rf "$results"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

if ! dotnet build ScenarioEdge.sln -c Release -nologo -clp:ErrorsOnly; then
  echo "test.sh: the build failed (errors above)" >&2
  echo "tests: 0 passed, 1 failed, 0 skipped"
  exit 1
fi

dotnet test ScenarioEdge.sln -c Release --no-build -nologo \
  --logger "trx" --logger "console;verbosity=minimal" \
  --results-directory "$results" --blame-hang-timeout 5m
status=$?

# --- One summary line over every project, from the TRX counters.
passed=0; failed=0; skipped=0
projects=$(ls -d tests/*.Tests 2>/dev/null | wc -l)
reports=0
for trx in "$results"/*.trx; do
  [ -e "$trx" ] || continue
  reports=$((reports + 1))
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  get() { echo "$counters" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*'; }
  passed=$((passed + $(get passed)))
  failed=$((failed + $(get failed) + $(get error) + $(get timeout) + $(get aborted)))
  skipped=$((skipped + $(get notExecuted)))
done
if [ "$reports" -lt "$projects" ]; then
  echo "test.sh: only $reports of $projects test projects reported results (a test host crashed or hung; see above)" >&2
  failed=$((failed + projects - reports))
  status=1
fi
[ "$failed" -eq 0 ] || status=1
echo "tests: $passed passed, $failed failed, $skipped skipped"
exit $status

#!/usr/bin/env bash
# The HTML report at scale. Builds, with a Release build, the report of a generated corpus of N articles (default 10,000) and of
# the Timeline17 bpoil topic (1,460 articles), then opens each index.html in headless chromium (Microsoft.Playwright, through the
# test project's HtmlReportBenchmark) and prints per page: its size, the time to interactive (the script's report-interactive
# mark, median of three loads), the span it opens on, and whether zooming to the busiest week lists that week's events and the
# find box finds an event by a rare word of its evidence. Fails when a page is 10 MB or more or takes 3 s or more.
#
# Usage: tools/bench/report.sh [N] [SHOTS]   (SHOTS: a folder for the screenshots; run from anywhere; needs ../shared beside
#                                             the repository and /usr/bin/chromium)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
articles="${1:-10000}"
shots="${2:-}"
if [[ -n "$shots" ]]; then mkdir -p "$shots"; shots="$(cd "$shots" && pwd)"; fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$root"

echo "building (Release tool, Debug tests)..." >&2
dotnet build src/EventTimeline.Cli -c Release -v quiet -nologo >/dev/null
dotnet build tests/EventTimeline.Tests -v quiet -nologo >/dev/null
cli="$root/src/EventTimeline.Cli/bin/Release/net10.0/eventtimeline"

# build exits 2 when some inputs were skipped (report.json says which); the report is written all the same
build() { "$cli" build "$1" --out "$2" --quiet || [[ $? -eq 2 ]]; }

echo "generating $articles articles and building their report..." >&2
"$cli" bench --generate "$articles" --write-corpus "$work/generated" 2>/dev/null
build "$work/generated" "$work/out-generated"
echo "building the report of Timeline17 bpoil..." >&2
build ../shared/data/timeline17-dev/bpoil/docs "$work/out-bpoil"

echo "measuring in headless chromium..." >&2
EVENTTIMELINE_REPORT_BENCH="bpoil=$work/out-bpoil;generated-$articles=$work/out-generated" EVENTTIMELINE_REPORT_SHOTS="$shots" \
  dotnet test tests/EventTimeline.Tests --no-build --filter "FullyQualifiedName~HtmlReportBenchmark" --logger "console;verbosity=detailed" \
  | grep -E "^ *(report |Passed|Failed|Expected|But was|  Error Message| *[a-z].*: index.html)" | sed 's/^ *//' | awk '!seen[$0]++'
exit "${PIPESTATUS[0]}"

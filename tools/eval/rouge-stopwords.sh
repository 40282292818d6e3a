#!/usr/bin/env bash
# Regenerates src/EventTimeline.Core/Resources/text/rouge-stopwords.tsv, the English stop words that eval-tls's ROUGE leaves
# out, from the npm package `stopword` (MIT; its English list is Chris Umbel's, MIT). Usage: tools/eval/rouge-stopwords.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
version=3.1.5
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack "stopword@$version" --silent >/dev/null && tar xzf "stopword-$version.tgz")
out=src/EventTimeline.Core/Resources/text/rouge-stopwords.tsv
{
  echo "# English stop words left out of ROUGE n-grams by eval-tls (Evaluation/Rouge), one a line, lower case."
  echo "# From the npm package stopword@$version, src/stopwords_eng.js: Copyright (c) 2011, Chris Umbel, MIT licence"
  echo "# (see Resources/README.md). Regenerate with tools/eval/rouge-stopwords.sh. The list's licence, as the package ships it:"
  sed -n '/\/\*/,/\*\//p' "$work/package/src/stopwords_eng.js" | sed 's#^/\*##; s#\*/$##' | sed 's/^/#   /; s/[[:space:]]*$//'
  sed '1,/\*\//d' "$work/package/src/stopwords_eng.js" | grep -o "'[^']*'" | tr -d "'" | LC_ALL=C sort -u
} > "$out"
echo "wrote $out ($(grep -vc '^#' "$out") words)"

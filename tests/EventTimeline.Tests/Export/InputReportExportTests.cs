using EventTimeline.Documents;
using EventTimeline.Export;

namespace EventTimeline.Tests.Export;

public sealed class InputReportExportTests
{
    private static readonly CorpusReadResult _read = new(
        [new RawDocument("a", "a.txt", "A", null, null, null, "A")],
        [
            InputOutcome.NotUsed("in/z.txt", InputFormat.Text, InputStatus.Skipped, "empty file"),
            new InputOutcome("in/a.txt", null, InputFormat.Text, InputStatus.Processed, null, null, ["a"], ["text longer than 10 characters: truncated to its first 9 characters"], true),
            InputOutcome.NotUsed("in/c.jsonl", InputFormat.JsonLines, InputStatus.Failed, "invalid JSON", "line 2, column 3: invalid JSON (x)", 2),
            InputOutcome.NotUsed("in/c.jsonl", InputFormat.JsonLines, InputStatus.Skipped, "no usable line", "no usable article line (see the lines' entries)"),
            InputOutcome.NotUsed("in/p.png", InputFormat.Other, InputStatus.Ignored, "not an input type", "not an input type (.png)"),
        ]);

    [Test]
    public void ToJson_Outcomes_AreCountedAndSortedByPathThenLine()
    {
        var json = InputReportExport.ToJson(_read, new InputLimits(10, 5));

        Assert.That(json, Is.EqualTo("""
            {
              "format": "eventtimeline-report/1",
              "limits": {
                "maxDocumentChars": 10,
                "maxSentenceChars": 5
              },
              "counts": {
                "processed": 1,
                "skipped": 2,
                "failed": 1,
                "ignored": 1,
                "documents": 1,
                "truncated": 1
              },
              "inputs": [
                {
                  "path": "in/a.txt",
                  "line": null,
                  "format": "text",
                  "status": "processed",
                  "reason": null,
                  "detail": null,
                  "documents": [
                    "a"
                  ],
                  "notes": [
                    "text longer than 10 characters: truncated to its first 9 characters"
                  ],
                  "truncated": true
                },
                {
                  "path": "in/c.jsonl",
                  "line": null,
                  "format": "jsonLines",
                  "status": "skipped",
                  "reason": "no usable line",
                  "detail": "no usable article line (see the lines' entries)",
                  "documents": [],
                  "notes": [],
                  "truncated": false
                },
                {
                  "path": "in/c.jsonl",
                  "line": 2,
                  "format": "jsonLines",
                  "status": "failed",
                  "reason": "invalid JSON",
                  "detail": "line 2, column 3: invalid JSON (x)",
                  "documents": [],
                  "notes": [],
                  "truncated": false
                },
                {
                  "path": "in/p.png",
                  "line": null,
                  "format": "other",
                  "status": "ignored",
                  "reason": "not an input type",
                  "detail": "not an input type (.png)",
                  "documents": [],
                  "notes": [],
                  "truncated": false
                },
                {
                  "path": "in/z.txt",
                  "line": null,
                  "format": "text",
                  "status": "skipped",
                  "reason": "empty file",
                  "detail": "empty file",
                  "documents": [],
                  "notes": [],
                  "truncated": false
                }
              ],
              "preparation": {
                "tokenized": 0,
                "furniture": {
                  "documents": 0,
                  "lines": 0,
                  "characters": 0,
                  "recurring": []
                },
                "opinion": []
              }
            }

            """));
    }

    [Test]
    public void Summary_Outcomes_GroupsReasonsPerStatus()
    {
        Assert.That(InputReportExport.Summary(_read.Outcomes), Is.EqualTo("1 processed, 2 skipped (empty file: 1, no usable line: 1), 1 failed (invalid JSON); 1 ignored; 1 truncated"));
    }
}

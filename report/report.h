// The editors' HTML report: one self-contained page rendered from a run's output records, so it
// works on any OUTDIR that `copydesk run` wrote, old or new.
//
//   report::ReportOptions options;
//   Result<std::string> page = report::RenderReport("out/samples", options);
//   page = report::RenderReport(report::RunOutputs{"out", articles, clusters, ...}, options);
//   Status s = report::WriteReport("out/samples", options);  // writes out/samples/report.html
//
// ReportOptions (defaults):
//
//   | field     | default | meaning                                                          |
//   | --------- | ------- | ---------------------------------------------------------------- |
//   | page_size | 50      | clusters the page renders at a time; the next ones on scrolling   |
//   | open_max  | 3       | copies of an opened cluster whose side-by-side is shown at once  |
//
// Reads `articles.jsonl` and `clusters.json` (required) and `claims.jsonl`,
// `claims_merged.jsonl`, `manifest.json` (used when present). The page's template, CSS and JS
// are the files report.html.in, report.css and report.js, compiled in. The records go into the
// page as JSON data blocks escaped so that no text can end them (EscapeForScript); the page's
// script builds the DOM with textContent only, one page of clusters at a time, and a cluster's
// side-by-side only when it is opened. A Content-Security-Policy with a per-page nonce forbids
// any other script and any network access.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "corpus/status.h"

namespace copydesk::report {

struct ReportOptions {
  int page_size = 50;  // clusters rendered at a time in the list
  int open_max = 3;    // copies whose side-by-side opens with their cluster
};

// The output files of a run, as bytes (absent: std::nullopt), and the directory they are named
// after in messages. Lets `run --html` render the report before its outputs are published.
struct RunOutputs {
  std::string_view dir;
  std::optional<std::string_view> articles, clusters, claims, claims_merged, manifest;
};

// Returns the report page of the run whose outputs are in `outdir`, or a DataError naming the
// file (and line, for JSONL) that is missing or invalid.
[[nodiscard]] Result<std::string> RenderReport(const std::string& outdir,
                                               const ReportOptions& options);

// Returns the report page of the run whose outputs are `outputs` (same errors).
[[nodiscard]] Result<std::string> RenderReport(const RunOutputs& outputs,
                                               const ReportOptions& options);

// Renders the report of `outdir` and writes it atomically to `outdir`/report.html.
[[nodiscard]] Status WriteReport(const std::string& outdir, const ReportOptions& options);

// Returns `json` with `<`, `>`, `&`, U+2028 and U+2029 written as \u escapes, so that it can sit
// inside a <script> element: the text can never contain "</script" or "<!--". Valid only for
// JSON, where these characters can occur only inside strings.
std::string EscapeForScript(std::string_view json);

}  // namespace copydesk::report

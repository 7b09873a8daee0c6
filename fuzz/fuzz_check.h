// Checks the fuzz targets share: every output copydesk writes must be valid UTF-8 and valid
// JSON. A failed check prints what was written and traps, so libFuzzer keeps the input.
//
//   fuzz::CheckJsonl("articles.jsonl", pipeline::ArticlesJsonl(r));  // each line one object
//   fuzz::CheckJson("manifest.json", pipeline::ManifestJson(r, inputs, o, "v"));
#pragma once

#include <simdjson.h>

#include <cstdio>
#include <string_view>

namespace copydesk::fuzz {

// Prints `what` failed on `text` (the first 2 KiB) and traps.
[[noreturn]] inline void Fail(const char* output, const char* what, std::string_view text) {
  std::fprintf(stderr, "\n*** %s: %s in:\n", output, what);
  std::fwrite(text.data(), 1, text.size() < 2048 ? text.size() : 2048, stderr);
  std::fprintf(stderr, "\n");
  __builtin_trap();
}

// Traps unless `json` is one JSON object (simdjson's DOM parser, which also validates UTF-8).
inline void CheckJsonObject(const char* output, std::string_view json) {
  static simdjson::dom::parser parser;
  if (!simdjson::validate_utf8(json.data(), json.size())) Fail(output, "invalid UTF-8", json);
  simdjson::dom::element e;
  if (auto err = parser.parse(json.data(), json.size(), true).get(e))
    Fail(output, simdjson::error_message(err), json);
  if (!e.is_object()) Fail(output, "not a JSON object", json);
}

// Traps unless `json` is one JSON object followed by a newline.
inline void CheckJson(const char* output, std::string_view json) {
  if (json.empty() || json.back() != '\n') Fail(output, "no final newline", json);
  CheckJsonObject(output, json);
}

// Traps unless every line of `jsonl` is one JSON object, each ending in a newline.
inline void CheckJsonl(const char* output, std::string_view jsonl) {
  if (!jsonl.empty() && jsonl.back() != '\n') Fail(output, "no final newline", jsonl);
  while (!jsonl.empty()) {
    size_t nl = jsonl.find('\n');
    CheckJsonObject(output, jsonl.substr(0, nl));
    jsonl.remove_prefix(nl + 1);
  }
}

}  // namespace copydesk::fuzz

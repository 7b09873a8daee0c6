// JsonWriter: appends compact, valid JSON to a string, escaping as RFC 8259 requires.
//
//   std::string out;
//   corpus::JsonWriter w(&out);
//   w.BeginObject(); w.Key("id"); w.String("a1"); w.Key("n"); w.Int(3); w.EndObject();
//   // out == {"id":"a1","n":3}
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace copydesk::corpus {

class JsonWriter {
 public:
  explicit JsonWriter(std::string* out) : out_(out) {}

  void BeginObject();
  void EndObject();
  void BeginArray();
  void EndArray();
  // Writes an object key; the next call writes its value.
  void Key(std::string_view k);
  void String(std::string_view s);
  void Int(int64_t v);
  void UInt(uint64_t v);
  // Writes `v` with up to 15 significant digits, integers without a fraction; NaN/inf as null.
  void Double(double v);
  void Bool(bool b);
  void Null();
  // Writes already-serialized JSON as a value. `json` must be valid JSON: only pass what a
  // JSON parser re-serialized (the JSONL reader does so), never bytes taken from the input.
  void Raw(std::string_view json);
  // Writes `s` as a string, or null when it is empty.
  void StringOrNull(std::string_view s);

 private:
  void Separate();
  std::string* out_;
  std::vector<bool> first_;  // per open container: no element written yet
  bool after_key_ = false;
};

// Appends `s` to `out` as a JSON string literal, quotes included; invalid UTF-8 in `s` is
// written as U+FFFD, so the output is always valid.
void AppendJsonString(std::string* out, std::string_view s);

}  // namespace copydesk::corpus

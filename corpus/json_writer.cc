#include "corpus/json_writer.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "corpus/utf8.h"

namespace copydesk::corpus {

void AppendJsonString(std::string* out, std::string_view s) {
  // Whatever reaches a writer (file names, carried-through input, text cut by a stage) leaves
  // as valid UTF-8: invalid bytes become U+FFFD here, once, for every output.
  if (!IsValidUtf8(s)) {
    std::string repaired(s);
    RepairUtf8(&repaired);
    AppendJsonString(out, repaired);
    return;
  }
  static const char kHex[] = "0123456789abcdef";
  out->push_back('"');
  size_t run = 0;  // start of the pending run of bytes that need no escape
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    out->append(s.data() + run, i - run);
    run = i + 1;
    switch (c) {
      case '"': out->append("\\\""); break;
      case '\\': out->append("\\\\"); break;
      case '\n': out->append("\\n"); break;
      case '\r': out->append("\\r"); break;
      case '\t': out->append("\\t"); break;
      case '\b': out->append("\\b"); break;
      case '\f': out->append("\\f"); break;
      default:
        if (c < 0x20) {
          out->append("\\u00");
          out->push_back(kHex[c >> 4]);
          out->push_back(kHex[c & 15]);
        }
    }
  }
  out->append(s.data() + run, s.size() - run);
  out->push_back('"');
}

void JsonWriter::Separate() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (!first_.empty()) {
    if (!first_.back()) out_->push_back(',');
    first_.back() = false;
  }
}

void JsonWriter::BeginObject() {
  Separate();
  out_->push_back('{');
  first_.push_back(true);
}
void JsonWriter::EndObject() {
  out_->push_back('}');
  first_.pop_back();
}
void JsonWriter::BeginArray() {
  Separate();
  out_->push_back('[');
  first_.push_back(true);
}
void JsonWriter::EndArray() {
  out_->push_back(']');
  first_.pop_back();
}
void JsonWriter::Key(std::string_view k) {
  Separate();
  AppendJsonString(out_, k);
  out_->push_back(':');
  after_key_ = true;
}
void JsonWriter::String(std::string_view s) {
  Separate();
  AppendJsonString(out_, s);
}
void JsonWriter::StringOrNull(std::string_view s) {
  if (s.empty()) Null(); else String(s);
}
void JsonWriter::Int(int64_t v) {
  Separate();
  out_->append(std::to_string(v));
}
void JsonWriter::UInt(uint64_t v) {
  Separate();
  out_->append(std::to_string(v));
}
void JsonWriter::Double(double v) {
  Separate();
  if (!std::isfinite(v)) {
    out_->append("null");
    return;
  }
  char buf[40];
  if (std::fabs(v) < 1e15 && v == std::floor(v)) {
    std::snprintf(buf, sizeof buf, "%.0f", v);
    out_->append(buf);
    return;
  }
  // 15 significant digits when they read back within a few units in the last place (what
  // arithmetic leaves of a decimal: 4.1 x 10^6 is 4099999.9999999995, written 4100000); else the
  // shortest form that reads back exactly (15 digits lost a figure's last ones: "123456789012345678
  // dollars" read back 2,000 off; and they rounded the largest doubles past DBL_MAX, which
  // parsers refuse).
  std::snprintf(buf, sizeof buf, "%.15g", v);
  const double back = std::strtod(buf, nullptr);
  const double ulp = std::nextafter(std::fabs(v), INFINITY) - std::fabs(v);
  if (std::isfinite(back) && std::fabs(back - v) <= 4 * ulp) {
    out_->append(buf);
    return;
  }
  // (Large values in scientific form: the shortest form of 22222222222222221312 is those 20
  // digits, an integer past 2^64 that JSON parsers such as simdjson refuse; found by fuzz_claims.)
  const auto r = std::fabs(v) >= 1e15 ? std::to_chars(buf, buf + sizeof buf, v, std::chars_format::scientific)
                                      : std::to_chars(buf, buf + sizeof buf, v);
  out_->append(buf, static_cast<size_t>(r.ptr - buf));
}
void JsonWriter::Bool(bool b) {
  Separate();
  out_->append(b ? "true" : "false");
}
void JsonWriter::Null() {
  Separate();
  out_->append("null");
}
void JsonWriter::Raw(std::string_view json) {
  Separate();
  out_->append(json);
}

}  // namespace copydesk::corpus

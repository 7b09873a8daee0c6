#include "corpus/reader.h"

#include <simdjson.h>

#include <sys/stat.h>

#include <algorithm>
#include <cmath>
#include <array>
#include <cstring>
#include <set>
#include <filesystem>
#include <iterator>
#include <sstream>
#include <deque>
#include <unordered_map>

#include "corpus/charset.h"
#include "corpus/gzip.h"
#include "corpus/json_writer.h"
#include "corpus/utf8.h"
#include "corpus/warc.h"

namespace copydesk::corpus {
namespace fs = std::filesystem;

namespace {

enum class Kind { kText, kHtml, kJsonl, kWarc, kOther };

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

Kind KindOf(const std::string& path) {
  std::string name = Lower(std::string(StripGzSuffix(fs::path(path).filename().string())));
  auto ends = [&](std::string_view suf) {
    return name.size() > suf.size() && name.compare(name.size() - suf.size(), suf.size(), suf) == 0;
  };
  if (ends(".txt") || ends(".text")) return Kind::kText;
  if (ends(".html") || ends(".htm")) return Kind::kHtml;
  if (ends(".jsonl") || ends(".ndjson")) return Kind::kJsonl;
  if (ends(".warc")) return Kind::kWarc;
  return Kind::kOther;
}

// Returns "unknown extension \".md\"" or "no extension", for messages.
std::string ExtensionOf(const std::string& path) {
  std::string ext = fs::path(std::string(StripGzSuffix(path))).extension().string();
  return ext.empty() ? "no extension" : "unknown extension \"" + ext + "\"";
}

std::string StemOf(const std::string& path);

// Returns the id of a JSONL record that has none: the file's stem and the line ("feed-17"),
// stable across runs.
std::string DerivedId(const std::string& file, uint64_t line) {
  return (file == "<stdin>" ? std::string("stdin") : StemOf(file)) + "-" + std::to_string(line);
}

// Returns the id of a file found under `root`: its path below the root without the extension
// (and ".gz"), with "/" separators: "siteA/2025/index".
std::string RelativeId(const std::string& path, const std::string& root) {
  fs::path rel = fs::path(path).lexically_relative(root);
  std::string s = rel.empty() ? StemOf(path) : rel.generic_string();
  s = std::string(StripGzSuffix(s));
  size_t slash = s.rfind('/');
  size_t dot = s.rfind('.');
  if (dot != std::string::npos && dot > (slash == std::string::npos ? 0 : slash + 1)) s.resize(dot);
  return s;
}

std::string StemOf(const std::string& path) {
  std::string name(StripGzSuffix(fs::path(path).filename().string()));
  size_t dot = name.rfind('.');
  if (dot != std::string::npos && dot > 0) name.resize(dot);
  return name;
}

bool IsBlank(std::string_view s) {
  return std::all_of(s.begin(), s.end(),
                     [](unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
}

void Reject(ReadReport* report, std::string file, uint64_t line, std::string id,
            std::string reason) {
  report->rejected.push_back({Origin{std::move(file), line}, std::move(id), std::move(reason)});
  ++report->records_read;
}

// Returns true when an HTML page opens <html> or <body> and closes neither: a download or a
// save cut short (real pages close them; parsers would silently accept the cut).
bool LooksTruncated(std::string_view html) {
  auto has = [&](std::string_view tag) {
    // Case-insensitive search; tags are ASCII.
    for (size_t i = html.find('<'); i != std::string_view::npos; i = html.find('<', i + 1)) {
      if (html.size() - i < tag.size()) return false;
      bool eq = true;
      for (size_t k = 0; k < tag.size() && eq; ++k)
        eq = std::tolower(static_cast<unsigned char>(html[i + k])) == tag[k];
      if (eq) return true;
    }
    return false;
  };
  if (!has("<html") && !has("<body")) return false;
  return !has("</html") && !has("</body");
}

// NUL bytes in this many leading bytes make a document binary.
constexpr size_t kBinaryProbeBytes = 8000;

// Turns the bytes of one document (a file, a WARC record) into `out`; returns false (and
// records why) when it is rejected. `charset` is one named by the transport (HTTP), if any.
bool DocumentFromBytes(const Origin& origin, std::string id, Kind kind, std::string data,
                       std::string_view charset, ReadReport* report, Article* out) {
  const std::string utf16 = DecodeByteOrderMark(&data);
  if (!utf16.empty()) report->warnings.push_back({origin, id, "decoded from " + utf16 + " (byte order mark)"});
  if (!charset.empty()) {
    Status s = DecodeCharset(charset, &data);
    if (!s.ok()) report->warnings.push_back({origin, id, s.message()});
  }
  // A NUL byte near the start, or many of them, is a binary file (a picture, an archive, a PDF:
  // git's test looks at the first 8,000 bytes). A few deep inside a page are a template's stray
  // bytes, which a browser drops: they become spaces (the source map's offsets stay), and the
  // warning says so.
  if (size_t nul = data.find('\0'); nul != std::string::npos) {
    const size_t count = static_cast<size_t>(std::count(data.begin(), data.end(), '\0'));
    if (nul < kBinaryProbeBytes || count * 100 > data.size()) {
      report->rejected.push_back({origin, id, "binary file: NUL byte at offset " + std::to_string(nul) + "; not text or HTML"});
      ++report->records_read;
      return false;
    }
    std::replace(data.begin(), data.end(), '\0', ' ');
    report->warnings.push_back({origin, id, "replaced " + std::to_string(count) +
                                                " NUL byte(s) with spaces, the first at offset " + std::to_string(nul)});
  }
  if (IsBlank(data)) {
    report->rejected.push_back({origin, id, kind == Kind::kHtml ? "empty: the page has no text" : "empty: the file has no text"});
    ++report->records_read;
    return false;
  }
  Article& a = *out;
  a.id = std::move(id);
  a.id_derived = true;  // a document's id is its file's (a WARC record's may be its own: the caller says)
  a.format = kind == Kind::kHtml ? Format::kHtml : Format::kText;
  a.origin = origin;
  if (kind == Kind::kHtml) {
    // A legacy charset declared in the page is decoded here; failing that, the bytes are
    // read as UTF-8 and repaired like any other text.
    Status s = DecodeDeclaredCharset(&data);
    if (!s.ok()) report->warnings.push_back({origin, a.id, s.message()});
    if (LooksTruncated(data))
      report->warnings.push_back(
          {origin, a.id,
           "the page looks truncated (it opens <html> or <body> but never closes it): the text may be incomplete"});
  }
  // Not UTF-8 and nothing declared (or the declaration failed): ask ICU's detector.
  const std::string detected = DecodeDetectedCharset(&data);
  if (!detected.empty())
    report->warnings.push_back({origin, a.id, "not UTF-8 and no charset declared: decoded as " + detected});
  a.repaired_bytes = RepairUtf8(&data);
  a.raw = std::move(data);
  return true;
}

// Reads a .txt/.html file as one article; returns false (and records why) when it is rejected.
bool ReadWholeFile(const std::string& path, Kind kind, const ReadOptions& options,
                   ReadReport* report, Article* out) {
  Result<std::string> bytes = ReadFileBytes(path, options.max_record_bytes);
  if (!bytes.ok()) {
    // The message names the path; the rejection names it already.
    std::string why = bytes.status().message();
    if (why.starts_with(path + ": ")) why.erase(0, path.size() + 2);
    Reject(report, path, 0, "", bytes.status().code() == StatusCode::kDataError ? why : "unreadable: " + why);
    return false;
  }
  return DocumentFromBytes(Origin{path, 0}, StemOf(path), kind, std::move(bytes).value(), "", report, out);
}

// Returns true when `t` is a JSON number as RFC 8259 spells it.
bool IsJsonNumber(std::string_view t) {
  size_t i = 0;
  auto digits = [&]() {
    size_t b = i;
    while (i < t.size() && t[i] >= '0' && t[i] <= '9') ++i;
    return i > b;
  };
  if (i < t.size() && t[i] == '-') ++i;
  if (i < t.size() && t[i] == '0') {
    ++i;
  } else if (!digits()) {
    return false;
  }
  if (i < t.size() && t[i] == '.') {
    ++i;
    if (!digits()) return false;
  }
  if (i < t.size() && (t[i] == 'e' || t[i] == 'E')) {
    ++i;
    if (i < t.size() && (t[i] == '+' || t[i] == '-')) ++i;
    if (!digits()) return false;
  }
  return i == t.size();
}

// Returns the string value of a JSON scalar field (numbers kept as written), or an error
// (a malformed number, "12abc", among them: the on-demand parser reads number tokens lazily).
simdjson::error_code ScalarAsString(simdjson::ondemand::value v, std::string* out) {
  simdjson::ondemand::json_type t;
  if (auto e = v.type().get(t)) return e;
  if (t == simdjson::ondemand::json_type::string) {
    std::string_view s;
    if (auto e = v.get_string().get(s)) return e;
    out->assign(s);
    return simdjson::SUCCESS;
  }
  if (t == simdjson::ondemand::json_type::number) {
    std::string_view raw = v.raw_json_token();
    while (!raw.empty() && (raw.back() == ' ' || raw.back() == '\n' || raw.back() == '\r' ||
                            raw.back() == '\t' || raw.back() == ',' || raw.back() == '}'))
      raw.remove_suffix(1);
    if (!IsJsonNumber(raw)) return simdjson::NUMBER_ERROR;
    out->assign(raw);
    return simdjson::SUCCESS;
  }
  if (t == simdjson::ondemand::json_type::null) {
    out->clear();
    return simdjson::SUCCESS;
  }
  return simdjson::INCORRECT_TYPE;
}


// Re-serializes the value `v` into `w`, validating every part of it (on-demand parsing only
// checks what is visited, so nothing is copied through unvisited). Values nested deeper than
// kMaxNesting are refused (DEPTH_ERROR): each level is a call, and the outputs must stay
// readable by common JSON readers (Python's stops near 1,000 levels).
constexpr int kMaxNesting = 256;
simdjson::error_code Reserialize(simdjson::ondemand::value v, JsonWriter* w, int depth = 0) {
  if (depth >= kMaxNesting) return simdjson::DEPTH_ERROR;
  simdjson::ondemand::json_type t;
  if (auto e = v.type().get(t)) return e;
  switch (t) {
    case simdjson::ondemand::json_type::object: {
      simdjson::ondemand::object o;
      if (auto e = v.get_object().get(o)) return e;
      w->BeginObject();
      for (auto field : o) {
        std::string_view key;
        if (auto e = field.unescaped_key().get(key)) return e;
        simdjson::ondemand::value child;
        if (auto e = field.value().get(child)) return e;
        w->Key(key);
        if (auto e = Reserialize(child, w, depth + 1)) return e;
      }
      w->EndObject();
      return simdjson::SUCCESS;
    }
    case simdjson::ondemand::json_type::array: {
      simdjson::ondemand::array a;
      if (auto e = v.get_array().get(a)) return e;
      w->BeginArray();
      for (auto item : a) {
        simdjson::ondemand::value child;
        if (auto e = item.get(child)) return e;
        if (auto e = Reserialize(child, w, depth + 1)) return e;
      }
      w->EndArray();
      return simdjson::SUCCESS;
    }
    case simdjson::ondemand::json_type::string: {
      std::string_view s;
      if (auto e = v.get_string().get(s)) return e;
      w->String(s);
      return simdjson::SUCCESS;
    }
    case simdjson::ondemand::json_type::number: {
      std::string_view raw = v.raw_json_token();
      while (!raw.empty() && (raw.back() == ' ' || raw.back() == '\n' || raw.back() == '\r' ||
                              raw.back() == '\t'))
        raw.remove_suffix(1);
      if (!IsJsonNumber(raw)) return simdjson::NUMBER_ERROR;
      // Kept as written when every JSON parser reads it back (a double, or an integer of at most
      // 19 digits); otherwise (1e999, a 40-digit integer) as a string of the same digits, so
      // nothing is lost and no reader of the output refuses the line.
      const bool integer = raw.find_first_of(".eE") == std::string_view::npos;
      double d = 0;
      int64_t i = 0;
      uint64_t u = 0;
      const bool fits = integer ? v.get_int64().get(i) == simdjson::SUCCESS || v.get_uint64().get(u) == simdjson::SUCCESS
                                : v.get_double().get(d) == simdjson::SUCCESS && std::isfinite(d);
      if (fits) {
        w->Raw(raw);
      } else {
        w->String(raw);
      }
      return simdjson::SUCCESS;
    }
    case simdjson::ondemand::json_type::boolean: {
      bool b = false;
      if (auto e = v.get_bool().get(b)) return e;
      w->Bool(b);
      return simdjson::SUCCESS;
    }
    case simdjson::ondemand::json_type::null: {
      bool is_null = false;
      if (auto e = v.is_null().get(is_null)) return e;
      if (!is_null) return simdjson::N_ATOM_ERROR;
      w->Null();
      return simdjson::SUCCESS;
    }
  }
  return simdjson::INCORRECT_TYPE;
}

simdjson::error_code RawValue(simdjson::ondemand::value v, std::string* out) {
  out->clear();
  JsonWriter w(out);
  return Reserialize(v, &w);
}

enum Role { kRoleId, kRoleText, kRoleTitle, kRoleUrl, kRoleSource, kRoleDate, kRoles, kRoleNone };

// Returns the role of a top-level JSONL key and its rank (0: the configured name; higher: a
// recognized alias of another tool's layout, used only when the configured field is absent).
Role RoleOf(std::string_view k, const JsonlFields& f, int* rank) {
  *rank = 0;
  if (k == f.id) return kRoleId;
  if (k == f.text) return kRoleText;
  if (k == f.title) return kRoleTitle;
  if (k == f.url) return kRoleUrl;
  if (k == f.source) return kRoleSource;
  if (k == f.date) return kRoleDate;
  *rank = 1;
  if (k == "maintext") return kRoleText;                                      // news-please
  if (k == "date_publish" || k == "date") return kRoleDate;                    // news-please, trafilatura
  *rank = 3;
  if (k == "created" || k == "date_download") return kRoleDate;               // Dolma, news-please
  return kRoleNone;
}

// Reads url/date/title/source from a carried-through "metadata" object (datatrove, Dolma).
void ReadMetadata(const std::string& json, std::array<std::string, kRoles>* value,
                  std::array<int, kRoles>* rank) {
  simdjson::dom::parser p;
  simdjson::dom::element e;
  if (p.parse(json).get(e) != simdjson::SUCCESS || !e.is_object()) return;
  for (auto [key, v] : e.get_object()) {
    std::string_view s;
    if (v.get_string().get(s) != simdjson::SUCCESS || s.empty()) continue;
    Role role = key == "url" ? kRoleUrl
                : key == "date" || key == "published" || key == "date_publish" ? kRoleDate
                : key == "title" ? kRoleTitle
                : key == "source" || key == "site" || key == "domain" ? kRoleSource
                                                                      : kRoleNone;
    if (role == kRoleNone || (*rank)[role] <= 2) continue;
    (*value)[role] = std::string(s);
    (*rank)[role] = 2;
  }
}

// Parses one JSONL line into `a`; returns an empty string or the reason it was rejected.
std::string ParseJsonLine(simdjson::ondemand::parser& parser, std::string_view line,
                          const JsonlFields& fields, std::string* scratch, Article* a) {
  scratch->assign(line);
  scratch->resize(line.size() + simdjson::SIMDJSON_PADDING, ' ');
  simdjson::ondemand::document doc;
  auto err = parser.iterate(scratch->data(), line.size(), scratch->size()).get(doc);
  if (err) return std::string("malformed JSON: ") + simdjson::error_message(err);
  simdjson::ondemand::object obj;
  if (doc.get_object().get(obj)) return "malformed JSON: a line must be one JSON object";
  std::array<std::string, kRoles> value;
  std::array<int, kRoles> rank;
  rank.fill(99);
  std::string metadata;
  for (auto field : obj) {
    std::string_view key;
    if (auto e = field.unescaped_key().get(key))
      return std::string("malformed JSON: ") + simdjson::error_message(e);
    simdjson::ondemand::value v;
    if (auto e = field.value().get(v))
      return std::string("malformed JSON: ") + simdjson::error_message(e);
    std::string k(key);
    int r = 0;
    Role role = RoleOf(k, fields, &r);
    if (role != kRoleNone && r < rank[role]) {
      // trafilatura's "source" is the page's URL: a URL-looking source fills url when none is set.
      std::string got;
      if (auto e = ScalarAsString(v, &got)) {
        if (e == simdjson::INCORRECT_TYPE && r == 0) return "field \"" + k + "\" must be a string";
        if (e != simdjson::INCORRECT_TYPE) return std::string("malformed JSON: ") + simdjson::error_message(e);
        continue;  // an alias of another type (a nested "date" object) is not ours to read
      }
      if (r > 0) {
        // An alias read is also carried through, so nothing of the input is lost.
        a->extra.emplace_back(k, std::string());
        JsonWriter w(&a->extra.back().second);
        w.String(got);
      }
      value[role] = std::move(got);
      rank[role] = r;
    } else {
      std::string raw;
      if (auto e = RawValue(v, &raw)) return std::string("malformed JSON: ") + simdjson::error_message(e);
      if (k == "metadata") metadata = raw;
      a->extra.emplace_back(std::move(k), std::move(raw));
    }
  }
  const char* after = nullptr;  // an error here means the document ended with the object
  if (doc.current_location().get(after) == simdjson::SUCCESS)
    return "malformed JSON: content after the object";
  if (!metadata.empty()) ReadMetadata(metadata, &value, &rank);
  if (value[kRoleUrl].empty() && value[kRoleSource].starts_with("http")) value[kRoleUrl].swap(value[kRoleSource]);
  if (rank[kRoleText] == 99)
    return "missing required field \"" + fields.text + "\" (set another with --text-field)";
  if (IsBlank(value[kRoleText])) return "empty: \"" + fields.text + "\" has no content";
  if (rank[kRoleId] == 0 && value[kRoleId].empty()) return "field \"" + fields.id + "\" is empty";
  a->id = std::move(value[kRoleId]);  // empty: derived from the file and line by the caller
  a->title = std::move(value[kRoleTitle]);
  a->url = std::move(value[kRoleUrl]);
  a->source = std::move(value[kRoleSource]);
  a->published = std::move(value[kRoleDate]);
  a->raw = std::move(value[kRoleText]);
  return "";
}

struct JsonlContext {
  simdjson::ondemand::parser parser;
  std::string scratch;
  std::string repaired;
};

// Whether `line` holds a "\\u" escape of a UTF-16 surrogate ("\\ud800"-"\\udfff") at all.
bool MayHoldSurrogateEscape(std::string_view line) {
  for (size_t at = line.find("\\u"); at != std::string_view::npos; at = line.find("\\u", at + 2))
    if (at + 3 < line.size() && (line[at + 2] | 0x20) == 'd' && line[at + 3] >= '8') return true;
  return false;
}

// Replaces each "\\uXXXX" escape of a surrogate without its pair (a high one not followed by a
// low one, or a low one alone) by "\\ufffd"; returns how many. Escaped backslashes ("\\\\ud800",
// a backslash and "ud800") are no escapes.
uint64_t RepairLoneSurrogateEscapes(std::string* s) {
  auto hex4 = [&](size_t at, uint32_t* v) {
    if (at + 4 > s->size()) return false;
    *v = 0;
    for (size_t k = at; k < at + 4; ++k) {
      const char c = (*s)[k];
      const int d = c >= '0' && c <= '9' ? c - '0' : (c | 0x20) >= 'a' && (c | 0x20) <= 'f' ? (c | 0x20) - 'a' + 10 : -1;
      if (d < 0) return false;
      *v = *v * 16 + static_cast<uint32_t>(d);
    }
    return true;
  };
  uint64_t n = 0;
  for (size_t i = 0; i + 1 < s->size();) {
    if ((*s)[i] != '\\') {
      ++i;
      continue;
    }
    uint32_t v = 0, w = 0;
    if ((*s)[i + 1] != 'u' || !hex4(i + 2, &v) || v < 0xD800 || v > 0xDFFF) {
      i += 2;  // another escape (an escaped backslash among them)
      continue;
    }
    if (v <= 0xDBFF && i + 11 < s->size() && (*s)[i + 6] == '\\' && (*s)[i + 7] == 'u' && hex4(i + 8, &w) &&
        w >= 0xDC00 && w <= 0xDFFF) {
      i += 12;  // a pair: one character
      continue;
    }
    s->replace(i + 2, 4, "fffd");
    ++n;
    i += 6;
  }
  return n;
}

enum class LineResult { kBlank, kRejected, kArticle };

// Turns one JSONL line (without its newline) into `a`, or records why it was rejected.
LineResult ParseLine(JsonlContext* ctx, const std::string& file, uint64_t line_no, uint64_t offset,
                     std::string_view line, const ReadOptions& options, ReadReport* report,
                     Article* a) {
  const uint64_t length = line.size();
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  if (IsBlank(line)) return LineResult::kBlank;  // blank lines separate nothing, hold no record
  if (line.size() > options.max_record_bytes) {
    Reject(report, file, line_no, "", "too large: line of " + std::to_string(line.size()) + " bytes");
    return LineResult::kRejected;
  }
  if (line.find('\0') != std::string_view::npos) {
    Reject(report, file, line_no, "", "binary data: NUL byte in the line");
    return LineResult::kRejected;
  }
  // Repair first so that one bad byte costs a U+FFFD, not the whole line.
  uint64_t repaired = 0;
  if (!IsValidUtf8(line)) {
    ctx->repaired.assign(line);
    repaired = RepairUtf8(&ctx->repaired);
    line = ctx->repaired;
  }
  // So does a lone surrogate escape ("\ud800" without its pair: text cut by a UTF-16 length),
  // which the JSON parser refuses.
  if (MayHoldSurrogateEscape(line)) {
    if (line.data() != ctx->repaired.data()) ctx->repaired.assign(line);
    const uint64_t lone = RepairLoneSurrogateEscapes(&ctx->repaired);
    if (lone > 0) {
      repaired += lone;
      line = ctx->repaired;
    }
  }
  a->format = Format::kJsonl;
  a->origin = Origin{file, line_no, offset, length};
  std::string why = ParseJsonLine(ctx->parser, line, options.fields, &ctx->scratch, a);
  if (!why.empty()) {
    Reject(report, file, line_no, a->id, why);
    return LineResult::kRejected;
  }
  if (a->id.empty()) {
    a->id = DerivedId(file, line_no);
    a->id_derived = true;
  }
  a->repaired_bytes = repaired;
  return LineResult::kArticle;
}

// Reads start small, so that a small input costs a small buffer, and double while they fill
// the buffer, up to kBlockBytes.
constexpr size_t kFirstReadBytes = 64 << 10;
constexpr size_t kBlockBytes = 8 << 20;

}  // namespace

struct Reader::Stream {
  ByteStream in;
  std::string name;
  std::unique_ptr<char[]> buf;  // buf[pos..end) is not read yet; bytes are never zero-filled
  size_t cap = 0;
  size_t end = 0;
  size_t pos = 0;
  size_t read_bytes = kFirstReadBytes;  // the next read, when the buffer has room for half of it
  uint64_t buf_offset = 0;  // offset in the file of buf[0]
  uint64_t line_no = 0;
  uint64_t records_before = 0;
  bool eof = false;
  JsonlContext ctx;
  std::unique_ptr<WarcReader> warc;  // set when the stream is a WARC file
  uint64_t warc_records = 0;
  bool named_repair = false;  // a warning named the file's first line that was not valid UTF-8

  // Makes room for `n` bytes after buf[end), keeping buf[0..end).
  void Reserve(size_t n) {
    if (cap - end >= n) return;
    size_t bigger = std::max(end + n, cap + cap / 2);
    auto b = std::make_unique_for_overwrite<char[]>(bigger);
    if (end > 0) std::memcpy(b.get(), buf.get(), end);
    buf = std::move(b);
    cap = bigger;
  }
};

class Reader::IdSet {
 public:
  // Adds `id`, read at `o`; returns false, with where it was first read in *first, when it was
  // there already.
  bool Insert(std::string_view id, const Origin& o, std::string* first) {
    if (2 * (entries_.size() + 1) > slots_.size()) Grow();
    const uint64_t h = std::hash<std::string_view>{}(id);
    const uint32_t tag = static_cast<uint32_t>(h);
    const size_t mask = slots_.size() - 1;
    for (size_t s = h & mask;; s = (s + 1) & mask) {
      const uint64_t slot = slots_[s];
      if (slot == 0) {
        slots_[s] = uint64_t{tag} << 32 | (entries_.size() + 1);
        entries_.push_back({h, Keep(id), static_cast<uint32_t>(id.size()), File(o.file), o.line});
        return true;
      }
      // The slot's tag (the hash's low half) spares reading the entry of another id.
      if (slot >> 32 != tag) continue;
      const Entry& x = entries_[(slot & 0xFFFFFFFFu) - 1];
      if (x.hash == h && View(x) == id) {
        Origin at;
        at.file = files_[x.file];
        at.line = x.line;
        *first = at.ToString();
        return false;
      }
    }
  }

 private:
  struct Entry {
    uint64_t hash;
    uint64_t at;  // block << 32 | offset in blocks_
    uint32_t size;
    uint32_t file;  // in files_
    uint64_t line;
  };
  std::string_view View(const Entry& x) const {
    return {blocks_[x.at >> 32].data() + (x.at & 0xFFFFFFFFu), x.size};
  }
  // Copies `id` into a block that never moves (appends stay within its reserved capacity).
  uint64_t Keep(std::string_view id) {
    constexpr size_t kBlock = size_t{1} << 20;
    if (blocks_.empty() || blocks_.back().capacity() - blocks_.back().size() < id.size()) {
      blocks_.emplace_back();
      blocks_.back().reserve(std::max(kBlock, id.size()));
    }
    std::string& b = blocks_.back();
    const uint64_t at = uint64_t{blocks_.size() - 1} << 32 | b.size();
    b.append(id);
    return at;
  }
  uint32_t File(const std::string& file) {
    if (!files_.empty() && files_[last_file_] == file) return last_file_;
    auto [it, inserted] = file_index_.emplace(file, static_cast<uint32_t>(files_.size()));
    if (inserted) files_.push_back(file);
    last_file_ = it->second;
    return last_file_;
  }
  void Grow() {
    std::vector<uint64_t> old(std::max<size_t>(1024, slots_.size() * 2), 0);
    old.swap(slots_);
    const size_t mask = slots_.size() - 1;
    // The tag is the hash's low half and the table never has 2^32 slots: a slot holds its position.
    for (uint64_t slot : old) {
      if (slot == 0) continue;
      size_t s = (slot >> 32) & mask;
      while (slots_[s] != 0) s = (s + 1) & mask;
      slots_[s] = slot;
    }
  }
  // hash's low 32 bits << 32 | entry index + 1, 0 for none; open addressing, at most half full.
  std::vector<uint64_t> slots_;
  std::deque<Entry> entries_;
  std::vector<std::string> blocks_;
  std::vector<std::string> files_;
  std::unordered_map<std::string, uint32_t> file_index_;
  uint32_t last_file_ = 0;
};

Reader::Reader(std::vector<std::string> inputs, ReadOptions options, std::istream* stdin_stream)
    : inputs_(std::move(inputs)), options_(options), stdin_(stdin_stream), seen_(std::make_unique<IdSet>()) {}

Reader::Reader(const InputFile& file, ReadOptions options)
    : options_(std::move(options)), stdin_(nullptr), seen_(std::make_unique<IdSet>()) {
  files_.push_back(file.path);
  files_root_ = file.root;
  range_begin_ = file.begin;
  range_end_ = file.end;
}

Reader::~Reader() = default;

void Reader::Accept(Article a, std::vector<Article>* out, size_t* bytes) {
  ++report_.records_read;
  if (options_.progress != nullptr) {
    options_.progress->records.store(report_.records_read, std::memory_order_relaxed);
    options_.progress->bytes.fetch_add(a.raw.size(), std::memory_order_relaxed);
  }
  // Ids must be unique: later duplicates are rejected, naming the first occurrence.
  std::string first;
  bool inserted = !options_.check_ids || seen_->Insert(a.id, a.origin, &first);
  if (!inserted && (a.format != Format::kJsonl || a.id == DerivedId(a.origin.file, a.origin.line))) {
    // Two files with one name (index.html in two folders named as inputs), or two id-less JSONL
    // files with one name ("feed-1" in siteA/ and siteB/): both are kept. The first free
    // "id#n", looked for from where the last search for this id stopped (the numbers below it
    // are taken for good): a file of many records with one id is read in linear time.
    std::string id, ignored;
    int& n = next_suffix_[a.id];
    for (n = std::max(n, 2);; ++n) {
      id = a.id + "#" + std::to_string(n);
      if (seen_->Insert(id, a.origin, &ignored)) break;
    }
    ++n;
    report_.warnings.push_back({a.origin, id, "id \"" + a.id + "\" was already given to " + first +
                                                  "; this file is read as \"" + id + "\""});
    a.id = std::move(id);
    inserted = true;
  }
  if (!inserted) {
    report_.rejected.push_back(
        {a.origin, a.id, "duplicate id \"" + a.id + "\" (first at " + first + ")"});
    return;
  }
  if (a.repaired_bytes > 0) {
    ++report_.repaired_records;
    // The first such line of a JSONL file is named: a file in another encoding (windows-1252)
    // loses every accented letter to U+FFFD, which no count alone tells.
    if (a.format == Format::kJsonl && stream_ != nullptr && !stream_->named_repair) {
      stream_->named_repair = true;
      report_.warnings.push_back({a.origin, a.id, kRepairedJsonlWarning});
    }
  }
  *bytes += a.raw.size();
  if (!options_.keep || options_.keep(accepted_)) out->push_back(std::move(a));
  ++accepted_;
}

namespace {
// Whether `dir` holds the set copydesk run writes (corpus/output_dir.h; tools: kRunOutputs).
bool IsRunOutputSet(const fs::path& dir) {
  std::error_code ec;
  for (const char* name : {"manifest.json", "articles.jsonl", "clusters.json", "claims.jsonl"})
    if (!fs::is_regular_file(dir / name, ec)) return false;
  return true;
}
}  // namespace

// Lists the input files under `root` in sorted order into files_; what is not read is listed
// in report_.skipped with the reason. Links are followed only inside the tree unless
// options_.follow_links; directories are entered once each (no loops).
void Reader::Walk(const std::string& root) {
  std::error_code ec;
  const fs::path root_real = fs::canonical(root, ec);
  if (ec) {
    Reject(&report_, root, 0, "", "unreadable directory: " + ec.message());
    return;
  }
  std::vector<std::string> found;
  std::set<std::pair<dev_t, ino_t>> entered;
  std::vector<fs::path> dirs{fs::path(root)};
  auto skip = [&](const fs::path& p, std::string why) { report_.skipped.push_back({p.string(), std::move(why)}); };
  auto inside = [&](const fs::path& real) {
    auto r = real.begin();
    for (auto it = root_real.begin(); it != root_real.end(); ++it, ++r)
      if (r == real.end() || *r != *it) return false;
    return true;
  };
  while (!dirs.empty()) {
    fs::path dir = std::move(dirs.back());
    dirs.pop_back();
    struct stat st;
    if (::stat(dir.c_str(), &st) == 0 && !entered.insert({st.st_dev, st.st_ino}).second) {
      skip(dir, "directory already read (a link loop)");
      continue;
    }
    // A set `copydesk run` wrote (its --out inside the input directory): its articles and claims
    // are no input; read, they would come back as copies of the stories they came from.
    if (dir != fs::path(root) && IsRunOutputSet(dir)) {
      skip(dir, "an output set of copydesk run (manifest.json, articles.jsonl, clusters.json): not read as input");
      continue;
    }
    fs::directory_iterator it(dir, ec);  // a directory that cannot be read is named, not passed over
    if (ec) {
      Reject(&report_, dir.string(), 0, "", "unreadable directory: " + ec.message());
      ec.clear();
      continue;
    }
    for (; it != fs::directory_iterator(); it.increment(ec)) {
      if (ec) {
        Reject(&report_, dir.string(), 0, "", "directory walk failed: " + ec.message());
        ec.clear();
        break;
      }
      const fs::path& p = it->path();
      fs::file_status own = it->symlink_status(ec);
      if (ec) {
        skip(p, "cannot stat: " + ec.message());
        ec.clear();
        continue;
      }
      if (fs::is_symlink(own)) {
        fs::path real = fs::canonical(p, ec);
        if (ec) {
          skip(p, ec == std::errc::too_many_symbolic_link_levels ? "symbolic link loop"
                                                                   : "dangling symbolic link (" + ec.message() + ")");
          ec.clear();
          continue;
        }
        if (!options_.follow_links && !inside(real)) {
          skip(p, "symbolic link out of the input tree (to " + real.string() + "); --follow-links reads it");
          continue;
        }
      }
      fs::file_status target = it->status(ec);
      if (ec) {
        skip(p, "cannot stat: " + ec.message());
        ec.clear();
        continue;
      }
      if (fs::is_directory(target)) {
        dirs.push_back(p);
      } else if (!fs::is_regular_file(target)) {
        skip(p, fs::is_character_file(target) ? "a character device, not a file"
                : fs::is_block_file(target)   ? "a block device, not a file"
                : fs::is_fifo(target)         ? "a pipe (FIFO) inside a directory is not read; name it on the command line"
                : fs::is_socket(target)       ? "a socket, not a file"
                                              : "not a regular file");
      } else {
        found.push_back(p.string());
      }
    }
  }
  std::sort(found.begin(), found.end());
  for (auto& f : found) {
    std::string name = fs::path(f).filename().string();
    std::error_code same_ec;
    if (!options_.output_file.empty() && fs::equivalent(f, options_.output_file, same_ec)) {
      report_.skipped.push_back({f, "the file this command writes (-o): not read as input"});
    } else if (name.starts_with(".")) {
      report_.skipped.push_back({f, "a hidden file (its name starts with \".\"): not read in a directory; name it on the command line"});
    } else if (KindOf(f) == Kind::kOther) {
      report_.skipped.push_back({f, "not an input format (.txt .text .html .htm .jsonl .ndjson .warc, optionally .gz)"});
    } else {
      files_.push_back(std::move(f));
    }
  }
  std::sort(report_.skipped.begin(), report_.skipped.end(),
            [](const SkippedFile& x, const SkippedFile& y) { return x.path < y.path; });
}

// Lists the files of `input` (a file, or a directory walked) into files_ and files_root_.
void Reader::Resolve(const std::string& input) {
  std::error_code ec;
  fs::file_status st = fs::status(input, ec);
  if (ec || !fs::exists(st)) {
    Reject(&report_, input, 0, "", "unreadable: no such file or directory");
  } else if (fs::is_directory(st)) {
    files_root_ = input;
    Walk(input);
  } else {
    if (KindOf(input) == Kind::kOther)
      report_.warnings.push_back({Origin{input, 0}, "",
                                  ExtensionOf(input) + ": read as plain text (.txt .text .html .htm .jsonl .ndjson, optionally .gz, are known)"});
    files_.push_back(input);
  }
  // A file listed before (named twice, or inside a directory named too, or reached again by a
  // link) is read once: read twice, every record of it would come back as a duplicate id.
  std::erase_if(files_, [&](const std::string& f) {
    struct stat st;
    if (::stat(f.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return false;  // its open says why
    auto [at, fresh] = listed_.try_emplace({uint64_t(st.st_dev), uint64_t(st.st_ino)}, f);
    if (!fresh) report_.skipped.push_back({f, at->second == f ? "named twice: read once" : "the same file as " + at->second + ": read once"});
    return !fresh;
  });
}

std::vector<InputFile> Reader::List() {
  std::vector<InputFile> out;
  while (next_input_ < inputs_.size()) {
    const std::string& input = inputs_[next_input_++];
    if (input == "-") continue;
    files_.clear();
    files_root_.clear();
    Resolve(input);
    for (const auto& f : files_) {
      InputFile file;
      file.path = f;
      file.root = files_root_;
      file.rejected_before = report_.rejected.size();
      file.warnings_before = report_.warnings.size();
      out.push_back(std::move(file));
      ++report_.input_files;
    }
  }
  files_.clear();
  next_file_ = 0;
  return out;
}

// Returns false at the end of the inputs. Opens the next JSONL stream, or reads the next
// whole-file article into `out`.
bool Reader::OpenNextFile(std::vector<Article>* out, size_t* bytes) {
  while (next_file_ == files_.size()) {
    if (next_input_ == inputs_.size()) return false;
    files_.clear();
    files_root_.clear();
    next_file_ = 0;
    const std::string& input = inputs_[next_input_++];
    if (input == "-" && stdin_listed_) {
      report_.skipped.push_back({"<stdin>", "named twice: read once"});
      continue;
    }
    if (input == "-") {
      stdin_listed_ = true;
      ++report_.input_files;
      OpenStdin(out, bytes);
      return true;
    }
    Resolve(input);
  }
  const std::string& f = files_[next_file_++];
  ++report_.input_files;
  Kind k = KindOf(f);
  if (k == Kind::kWarc) {
    stream_ = std::make_unique<Stream>();
    stream_->name = f;
    stream_->records_before = report_.records_read;
    stream_->warc = std::make_unique<WarcReader>();
    const WarcOptions warc{options_.max_record_bytes};
    Status s = range_end_ == UINT64_MAX ? stream_->warc->Open(f, warc)
                                        : stream_->warc->Open(f, warc, range_begin_, range_end_);
    if (!s.ok()) {
      Reject(&report_, f, 0, "", "unreadable: " + s.message());
      stream_.reset();
    }
    return true;
  }
  if (k == Kind::kJsonl) {
    stream_ = std::make_unique<Stream>();
    stream_->name = f;
    stream_->records_before = report_.records_read;
    Status s = stream_->in.Open(f);
    if (!s.ok()) {
      Reject(&report_, f, 0, "", "unreadable: " + s.message());
      stream_.reset();
    }
    return true;
  }
  Article a;
  if (ReadWholeFile(f, k == Kind::kOther ? Kind::kText : k, options_, &report_, &a)) {
    if (!files_root_.empty()) a.id = RelativeId(f, files_root_);
    Accept(std::move(a), out, bytes);
  }
  return true;
}

bool Reader::NextLine(std::string_view* line, uint64_t* offset) {
  Stream& s = *stream_;
  for (;;) {
    const char* nl = s.pos < s.end
        ? static_cast<const char*>(std::memchr(s.buf.get() + s.pos, '\n', s.end - s.pos))
        : nullptr;
    if (nl != nullptr || (s.eof && s.pos < s.end)) {
      size_t end = nl != nullptr ? static_cast<size_t>(nl - s.buf.get()) : s.end;
      *line = std::string_view(s.buf.get() + s.pos, end - s.pos);
      *offset = s.buf_offset + s.pos;
      s.pos = end + 1;
      ++s.line_no;
      // A UTF-8 byte order mark: at the start of the file, or of a file concatenated to another.
      if (line->starts_with("\xEF\xBB\xBF")) {
        line->remove_prefix(3);
        *offset += 3;
      }
      return true;
    }
    if (s.eof) return false;
    if (s.pos > 0) {
      std::memmove(s.buf.get(), s.buf.get() + s.pos, s.end - s.pos);
      s.end -= s.pos;
      s.buf_offset += s.pos;
      s.pos = 0;
    }
    if (s.end > options_.max_record_bytes) {
      // A line this long is rejected without holding it: skip to its end.
      uint64_t length = s.end;
      s.end = 0;
      bool ended = false, binary = false;
      std::string hole;  // damaged gzip data that cut the line (reading goes on after it)
      while (!ended) {
        Result<size_t> n = s.in.Read(s.buf.get(), s.cap);
        if (!n.ok() && s.in.resumes()) {
          hole = n.status().message();
          break;
        }
        size_t got = n.ok() ? n.value() : 0;
        if (got == 0) break;
        const char* e = static_cast<const char*>(std::memchr(s.buf.get(), '\n', got));
        // NUL bytes are never JSON text: an endless binary stream (a pipe of zeros) stops once
        // its "line" is four times the limit, and 256 MiB at least; a long bad line that ends
        // is only skipped (the lines after it are read).
        binary = binary ||
                 std::memchr(s.buf.get(), '\0', e != nullptr ? static_cast<size_t>(e - s.buf.get()) : got) != nullptr;
        if (binary && e == nullptr && length + got > std::max<uint64_t>(4 * options_.max_record_bytes, uint64_t{256} << 20)) {
          length += got;
          break;
        }
        if (e != nullptr) {
          size_t at = static_cast<size_t>(e - s.buf.get());
          length += at;
          s.end = got - at - 1;
          std::memmove(s.buf.get(), e + 1, s.end);
          ended = true;
        } else {
          length += got;
        }
      }
      ++s.line_no;
      if (!hole.empty()) {
        s.buf_offset += length;
        Reject(&report_, s.name, s.line_no, "",
               "too large: line of more than " + std::to_string(length) + " bytes, then lost to damaged gzip data: " + hole);
        continue;
      }
      if (!ended) {
        s.end = 0;
        s.eof = true;
        Reject(&report_, s.name, s.line_no, "",
               binary ? "binary data: NUL bytes in a line of more than " + std::to_string(length) +
                            " bytes; stopped reading this file (is it JSONL?)"
                      : "too large: line of " + std::to_string(length) + " bytes");
        return false;
      }
      s.buf_offset += length + 1;
      Reject(&report_, s.name, s.line_no, "", "too large: line of " + std::to_string(length) + " bytes");
      continue;
    }
    if (s.cap - s.end < s.read_bytes / 2) s.Reserve(s.read_bytes);
    const size_t want = s.cap - s.end;
    Result<size_t> n = s.in.Read(s.buf.get() + s.end, want);
    if (!n.ok() && s.in.resumes()) {
      // A hole in a .jsonl.gz (a corrupt gzip member, skipped to the next): the line it cuts
      // and any lines the lost data held are one rejected line; reading goes on after it. With
      // no line cut (the damage between two lines, or only a member's check failing after its
      // last line) no line is counted: the damage is named after the last line read.
      if (s.end > 0) {
        ++s.line_no;
        Reject(&report_, s.name, s.line_no, "",
               "lost to damaged gzip data (the lines it held are counted as this one): " + n.status().message());
      } else {
        Reject(&report_, s.name, 0, "",
               "damaged gzip data after line " + std::to_string(s.line_no) +
                   " (lines the damaged member held may be lost, and those read from it may be wrong): " +
                   n.status().message());
      }
      s.buf_offset += s.end;
      s.end = 0;
      continue;
    }
    if (!n.ok()) {
      Reject(&report_, s.name, s.line_no + 1, "", "unreadable: " + n.status().message());
      s.end = 0;
      s.eof = true;
      return false;
    }
    s.end += n.value();
    if (n.value() == 0) s.eof = true;
    if (n.value() == want) s.read_bytes = std::min(kBlockBytes, 2 * s.read_bytes);
  }
}

bool Reader::Next(size_t max_bytes, std::vector<Article>* out, size_t* bytes_read) {
  const uint64_t before = accepted_;
  size_t bytes = 0;
  while (bytes < max_bytes || accepted_ == before) {
    if (stream_ == nullptr) {
      if (!OpenNextFile(out, &bytes)) break;
      continue;
    }
    if (stream_->warc != nullptr) {
      NextWarcRecord(out, &bytes);
      continue;
    }
    std::string_view line;
    uint64_t offset = 0;
    if (!NextLine(&line, &offset)) {
      bad_lines_ = 0;
      if (report_.records_read == stream_->records_before)
        Reject(&report_, stream_->name, 0, "", "empty: the file holds no JSON lines");
      stream_.reset();
      continue;
    }
    // A UTF-16 file (Windows tools write it): one error naming the file and how to convert it,
    // not a "binary data" rejection per line. Without a byte order mark its first character, an
    // ASCII "{" or space, says so by the NUL beside it (as RFC 4627 section 3 reads JSON's
    // encoding from its first bytes).
    const bool utf16_bom = line.starts_with("\xFF\xFE") || line.starts_with("\xFE\xFF");
    const bool utf16_le = line.size() >= 2 && line[0] != '\0' && static_cast<unsigned char>(line[0]) < 0x80 &&
                          line[1] == '\0';
    const bool utf16_be = line.size() >= 2 && line[0] == '\0' && line[1] != '\0' &&
                          static_cast<unsigned char>(line[1]) < 0x80;
    if (stream_->line_no == 1 && (utf16_bom || utf16_le || utf16_be)) {
      const bool le = utf16_bom ? line[0] == '\xFF' : utf16_le;
      Reject(&report_, stream_->name, 1, "",
             std::string("UTF-16 text (") + (le ? "UTF-16LE" : "UTF-16BE") +
                 (utf16_bom ? " byte order mark" : ", no byte order mark: NUL bytes beside ASCII") +
                 "): JSON lines must be UTF-8; stopped reading this file (convert it first, "
                 "e.g. iconv -f UTF-16 -t UTF-8)");
      stream_.reset();
      continue;
    }
    Article a;
    LineResult got = ParseLine(&stream_->ctx, stream_->name, stream_->line_no, offset, line, options_,
                               &report_, &a);
    if (got == LineResult::kArticle) {
      bad_lines_ = 0;
      Accept(std::move(a), out, &bytes);
    } else if (got == LineResult::kRejected && ++bad_lines_ >= options_.max_bad_lines) {
      Reject(&report_, stream_->name, stream_->line_no + 1, "",
             "stopped reading this file: " + std::to_string(bad_lines_) +
                 " rejected lines in a row (is it JSONL?)");
      bad_lines_ = 0;
      stream_.reset();
    }
  }
  if (bytes_read != nullptr) *bytes_read = bytes;
  return accepted_ > before;
}

// Opens stdin as the format options_.stdin_format names, or the one its first bytes show.
void Reader::OpenStdin(std::vector<Article>* out, size_t* bytes) {
  static std::istringstream empty;
  std::istream* in = stdin_ != nullptr ? stdin_ : &empty;
  std::string head(4096, '\0');
  in->read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<size_t>(in->gcount()));
  std::string format = options_.stdin_format;
  if (head.starts_with("\x1F\x8B")) {  // gzip's magic: not read from a pipe
    Reject(&report_, "<stdin>", 0, "stdin",
           "gzip data: name the .gz file as an input, or pipe it through `gunzip -c`");
    return;
  }
  if (format == "auto" || format.empty()) {
    size_t first = head.find_first_not_of(" \t\r\n");
    std::string_view h = first == std::string::npos ? std::string_view() : std::string_view(head).substr(first);
    if (h.starts_with("\xEF\xBB\xBF")) h.remove_prefix(3);
    // (JSON lines in UTF-16 are JSON lines: refused with the reason, not read as one text.)
    bool utf16_json = false;
    if (h.starts_with("\xFF\xFE") || h.starts_with("\xFE\xFF")) {
      // The first character after the mark and any blank lines or spaces (two bytes each).
      const bool le = h[0] == '\xFF';
      size_t at = 2;
      while (at + 1 < h.size() && h[le ? at + 1 : at] == '\0' &&
             (h[le ? at : at + 1] == ' ' || h[le ? at : at + 1] == '\n' || h[le ? at : at + 1] == '\r' ||
              h[le ? at : at + 1] == '\t'))
        at += 2;
      utf16_json = at + 1 < h.size() && h[le ? at + 1 : at] == '\0' && h[le ? at : at + 1] == '{';
    }
    // (Without a mark, big-endian: "\0{". Little-endian, "{\0", opens as JSON does.)
    utf16_json = utf16_json || (h.size() >= 2 && h[0] == '\0' && h[1] == '{');
    format = LooksLikeWarc(h) ? "warc" : h.starts_with("{") || utf16_json ? "jsonl" : h.starts_with("<") ? "html" : "text";
  }
  if (format == "text" || format == "html") {
    // One document: read it whole, bounded by the record limit.
    std::string data = std::move(head);
    char buf[1 << 16];
    while (*in && data.size() <= options_.max_record_bytes) {
      in->read(buf, sizeof buf);
      data.append(buf, static_cast<size_t>(in->gcount()));
    }
    if (data.size() > options_.max_record_bytes) {
      Reject(&report_, "<stdin>", 0, "stdin", "too large: more than " + std::to_string(options_.max_record_bytes) + " bytes");
      return;
    }
    Article a;
    if (DocumentFromBytes(Origin{"<stdin>", 0}, "stdin", format == "html" ? Kind::kHtml : Kind::kText,
                          std::move(data), "", &report_, &a))
      Accept(std::move(a), out, bytes);
    return;
  }
  stream_ = std::make_unique<Stream>();
  stream_->name = "<stdin>";
  stream_->records_before = report_.records_read;
  if (format == "warc") {
    stream_->warc = std::make_unique<WarcReader>();
    stream_->warc->Attach(in, "<stdin>", WarcOptions{options_.max_record_bytes}, std::move(head));
  } else {
    stream_->in.Attach(in, "<stdin>", std::move(head));
  }
}

// Reads the next record of the WARC stream: an article, a counted skip, a rejection for damage,
// or the end of the stream.
void Reader::NextWarcRecord(std::vector<Article>* out, size_t* bytes) {
  Stream& s = *stream_;
  WarcRecord rec;
  switch (s.warc->Next(&rec)) {
    case WarcReader::kEnd:
      if (s.warc_records == 0 && report_.records_read == s.records_before)
        Reject(&report_, s.name, 0, "", "empty: the file holds no WARC records");
      stream_.reset();
      return;
    case WarcReader::kDamaged:
      ++s.warc_records;
      report_.rejected.push_back({Origin{s.name, 0}, "", s.warc->error()});  // names the byte
      ++report_.records_read;
      return;
    case WarcReader::kSkipped:
      ++s.warc_records;
      ++report_.skipped_records[rec.skip_reason];
      return;
    case WarcReader::kRecord:
      break;
  }
  ++s.warc_records;
  Origin origin{s.name, s.warc_records, rec.offset, rec.payload.size()};
  std::string id = !rec.record_id.empty() ? rec.record_id : rec.target_uri;
  if (id.empty()) id = DerivedId(s.name, s.warc_records);
  Article a;
  if (!DocumentFromBytes(origin, std::move(id), rec.html ? Kind::kHtml : Kind::kText, std::move(rec.payload),
                         rec.charset, &report_, &a))
    return;
  a.id_derived = rec.record_id.empty() && rec.target_uri.empty();
  a.url = std::move(rec.target_uri);
  a.crawled = std::move(rec.date);
  Accept(std::move(a), out, bytes);
}

std::string DerivedJsonlId(const std::string& file, uint64_t line) { return DerivedId(file, line); }

struct JsonlLineParser::Context {
  JsonlContext ctx;
};

JsonlLineParser::JsonlLineParser() : ctx_(std::make_unique<Context>()) {}
JsonlLineParser::~JsonlLineParser() = default;

int JsonlLineParser::Parse(const std::string& file, uint64_t line_no, uint64_t offset, std::string_view line,
                           const ReadOptions& options, ReadReport* report, Article* a) {
  switch (ParseLine(&ctx_->ctx, file, line_no, offset, line, options, report, a)) {
    case LineResult::kArticle: return 1;
    case LineResult::kBlank: return 0;
    case LineResult::kRejected: return -1;
  }
  return -1;
}

bool CanReadAgain(const Origin& origin) {
  if (origin.file == "<stdin>") return false;
  if (KindOf(origin.file) == Kind::kWarc) return false;  // records are kept from the first read
  return origin.line == 0 || StripGzSuffix(origin.file).size() == origin.file.size();
}

Result<Article> ReadAgain(const Origin& origin, const ReadOptions& options) {
  ReadReport report;
  Article a;
  if (origin.line == 0) {
    Kind k = KindOf(origin.file);
    if (!ReadWholeFile(origin.file, k == Kind::kOther ? Kind::kText : k, options, &report, &a))
      return DataError(origin.ToString() + ": " + report.rejected.back().reason);
    return a;
  }
  if (!CanReadAgain(origin)) return DataError(origin.ToString() + ": cannot be read twice");
  Result<std::string> line = ReadFileRange(origin.file, origin.offset, origin.length);
  if (!line.ok()) return line.status();
  JsonlContext ctx;
  if (ParseLine(&ctx, origin.file, origin.line, origin.offset, line.value(), options, &report, &a) !=
      LineResult::kArticle)
    return DataError(origin.ToString() + ": the record changed since it was first read");
  return a;
}

void ReadJsonl(const std::string& file, std::string data, const ReadOptions& options,
               ReadReport* report) {
  std::istringstream in(std::move(data));
  ReadOptions jsonl = options;
  jsonl.stdin_format = "jsonl";
  Reader reader({"-"}, jsonl, &in);
  const size_t first = report->articles.size();
  reader.Next(SIZE_MAX, &report->articles);
  ReadReport r = reader.TakeReport();
  // Messages name the file, not stdin.
  for (auto* list : {&r.rejected, &r.warnings})
    for (auto& rej : *list) rej.origin.file = file;
  for (size_t i = first; i < report->articles.size(); ++i) report->articles[i].origin.file = file;
  for (auto& rej : r.rejected) report->rejected.push_back(std::move(rej));
  for (auto& w : r.warnings) report->warnings.push_back(std::move(w));
  report->records_read += r.records_read;
  report->repaired_records += r.repaired_records;
}

void ReadWholeFileBytes(const std::string& file, std::string data, const ReadOptions& options,
                        ReadReport* report) {
  if (data.size() > options.max_record_bytes) {
    Reject(report, file, 0, "", "too large: more than " + std::to_string(options.max_record_bytes) +
                                    " bytes (limit: --max-record-bytes)");
    return;
  }
  Kind k = KindOf(file);
  Article a;
  if (!DocumentFromBytes(Origin{file, 0}, StemOf(file), k == Kind::kHtml ? k : Kind::kText, std::move(data), "", report, &a))
    return;
  ++report->records_read;
  if (a.repaired_bytes > 0) ++report->repaired_records;
  report->articles.push_back(std::move(a));
}

ReadReport ReadInputs(const std::vector<std::string>& inputs, const ReadOptions& options,
                      std::istream* stdin_stream) {
  Reader reader(inputs, options, stdin_stream);
  std::vector<Article> articles;
  reader.Next(SIZE_MAX, &articles);
  ReadReport report = reader.TakeReport();
  report.articles = std::move(articles);
  return report;
}

}  // namespace copydesk::corpus

#include "corpus/reader.h"

#include <simdjson.h>

#include <algorithm>
#include <filesystem>
#include <iterator>
#include <sstream>
#include <unordered_map>

#include "corpus/charset.h"
#include "corpus/gzip.h"
#include "corpus/utf8.h"

namespace copydesk::corpus {
namespace fs = std::filesystem;

namespace {

enum class Kind { kText, kHtml, kJsonl, kOther };

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
  return Kind::kOther;
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

void AddArticle(ReadReport* report, Article a) {
  ++report->records_read;
  if (a.repaired_bytes > 0) ++report->repaired_records;
  report->articles.push_back(std::move(a));
}

void ReadWholeFile(const std::string& path, Kind kind, const ReadOptions& options,
                   ReadReport* report) {
  Result<std::string> bytes = ReadFileBytes(path);
  if (!bytes.ok()) {
    Reject(report, path, 0, "", "unreadable: " + bytes.status().message());
    return;
  }
  std::string data = std::move(bytes).value();
  if (kind == Kind::kJsonl) {
    ReadJsonl(path, std::move(data), options, report);
    return;
  }
  std::string id = StemOf(path);
  if (data.size() > options.max_record_bytes) {
    Reject(report, path, 0, id,
           "too large: " + std::to_string(data.size()) + " bytes (limit " +
               std::to_string(options.max_record_bytes) + ")");
    return;
  }
  size_t nul = data.find('\0');
  if (nul != std::string::npos) {
    Reject(report, path, 0, id,
           "binary file: NUL byte at offset " + std::to_string(nul) + "; not text or HTML");
    return;
  }
  if (IsBlank(data)) {
    Reject(report, path, 0, id, "empty: the file has no text");
    return;
  }
  Article a;
  a.id = std::move(id);
  a.format = kind == Kind::kHtml ? Format::kHtml : Format::kText;
  a.origin = Origin{path, 0};
  if (kind == Kind::kHtml) {
    // A legacy charset declared in the page is decoded here; failing that, the bytes are
    // read as UTF-8 and repaired like any other text.
    Status s = DecodeDeclaredCharset(&data);
    if (!s.ok()) report->warnings.push_back({Origin{path, 0}, a.id, s.message()});
  }
  a.repaired_bytes = RepairUtf8(&data);
  a.raw = std::move(data);
  AddArticle(report, std::move(a));
}

void Walk(const std::string& root, std::vector<std::string>* files, ReadReport* report) {
  std::error_code ec;
  std::vector<std::string> found;
  fs::recursive_directory_iterator it(root, fs::directory_options::skip_permission_denied, ec);
  if (ec) {
    Reject(report, root, 0, "", "unreadable directory: " + ec.message());
    return;
  }
  for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (ec) {
      Reject(report, root, 0, "", "directory walk failed: " + ec.message());
      return;
    }
    if (it->is_regular_file(ec)) found.push_back(it->path().string());
  }
  std::sort(found.begin(), found.end());
  for (auto& f : found) {
    std::string name = fs::path(f).filename().string();
    if (KindOf(f) == Kind::kOther || name.starts_with(".")) {
      report->skipped.push_back({f, "not an input format (.txt .html .htm .jsonl, optionally .gz)"});
    } else {
      files->push_back(std::move(f));
    }
  }
}

// Returns the string value of a JSON scalar field (numbers kept as written), or an error.
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
    out->assign(raw);
    return simdjson::SUCCESS;
  }
  if (t == simdjson::ondemand::json_type::null) {
    out->clear();
    return simdjson::SUCCESS;
  }
  return simdjson::INCORRECT_TYPE;
}

simdjson::error_code RawValue(simdjson::ondemand::value v, std::string* out) {
  simdjson::ondemand::json_type t;
  if (auto e = v.type().get(t)) return e;
  std::string_view raw;
  if (t == simdjson::ondemand::json_type::object) {
    simdjson::ondemand::object o;
    if (auto e = v.get_object().get(o)) return e;
    if (auto e = o.raw_json().get(raw)) return e;
  } else if (t == simdjson::ondemand::json_type::array) {
    simdjson::ondemand::array a;
    if (auto e = v.get_array().get(a)) return e;
    if (auto e = a.raw_json().get(raw)) return e;
  } else {
    if (t == simdjson::ondemand::json_type::string) {
      std::string_view s;  // validates the string
      if (auto e = v.get_string().get(s)) return e;
    }
    raw = v.raw_json_token();
  }
  while (!raw.empty() && (raw.back() == ' ' || raw.back() == '\n' || raw.back() == '\r' ||
                          raw.back() == '\t'))
    raw.remove_suffix(1);
  out->assign(raw);
  return simdjson::SUCCESS;
}

// Parses one JSONL line into `a`; returns an empty string or the reason it was rejected.
std::string ParseJsonLine(simdjson::ondemand::parser& parser, std::string_view line,
                          std::string* scratch, Article* a) {
  scratch->assign(line);
  scratch->resize(line.size() + simdjson::SIMDJSON_PADDING, ' ');
  simdjson::ondemand::document doc;
  auto err = parser.iterate(scratch->data(), line.size(), scratch->size()).get(doc);
  if (err) return std::string("malformed JSON: ") + simdjson::error_message(err);
  simdjson::ondemand::object obj;
  if (doc.get_object().get(obj)) return "malformed JSON: a line must be one JSON object";
  bool has_id = false, has_text = false;
  std::string text;
  for (auto field : obj) {
    std::string_view key;
    if (auto e = field.unescaped_key().get(key))
      return std::string("malformed JSON: ") + simdjson::error_message(e);
    simdjson::ondemand::value v;
    if (auto e = field.value().get(v))
      return std::string("malformed JSON: ") + simdjson::error_message(e);
    std::string k(key);
    std::string* target = nullptr;
    if (k == "id") { target = &a->id; has_id = true; }
    else if (k == "text") { target = &text; has_text = true; }
    else if (k == "title") target = &a->title;
    else if (k == "url") target = &a->url;
    else if (k == "source") target = &a->source;
    else if (k == "published") target = &a->published;
    if (target != nullptr) {
      if (auto e = ScalarAsString(v, target)) {
        if (e == simdjson::INCORRECT_TYPE) return "field \"" + k + "\" must be a string";
        return std::string("malformed JSON: ") + simdjson::error_message(e);
      }
    } else {
      std::string raw;
      if (auto e = RawValue(v, &raw)) return std::string("malformed JSON: ") + simdjson::error_message(e);
      a->extra.emplace_back(std::move(k), std::move(raw));
    }
  }
  if (!has_text) return "missing required field \"text\"";
  if (!has_id || a->id.empty()) return "missing required field \"id\"";
  if (IsBlank(text)) return "empty: \"text\" has no content";
  a->raw = std::move(text);
  return "";
}

}  // namespace

void ReadJsonl(const std::string& file, std::string data, const ReadOptions& options,
               ReadReport* report) {
  // Repair first so that one bad byte costs a U+FFFD, not the whole line.
  std::vector<uint64_t> repaired_at_line;
  if (!IsValidUtf8(data)) {
    // Count per line so the manifest can say which records were repaired.
    std::string fixed;
    fixed.reserve(data.size());
    size_t start = 0;
    while (start < data.size()) {
      size_t end = data.find('\n', start);
      if (end == std::string::npos) end = data.size();
      std::string line = data.substr(start, end - start);
      repaired_at_line.push_back(RepairUtf8(&line));
      fixed += line;
      if (end < data.size()) fixed.push_back('\n');
      start = end + 1;
    }
    data.swap(fixed);
  }
  simdjson::ondemand::parser parser;
  std::string scratch;
  const uint64_t records_before = report->records_read;
  uint64_t line_no = 0;
  size_t start = 0;
  while (start < data.size()) {
    size_t end = data.find('\n', start);
    if (end == std::string::npos) end = data.size();
    std::string_view line(data.data() + start, end - start);
    start = end + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (IsBlank(line)) continue;  // blank lines separate nothing and hold no record
    if (line.size() > options.max_record_bytes) {
      Reject(report, file, line_no, "",
             "too large: line of " + std::to_string(line.size()) + " bytes");
      continue;
    }
    if (line.find('\0') != std::string_view::npos) {
      Reject(report, file, line_no, "", "binary data: NUL byte in the line");
      continue;
    }
    Article a;
    a.format = Format::kJsonl;
    a.origin = Origin{file, line_no};
    std::string why = ParseJsonLine(parser, line, &scratch, &a);
    if (!why.empty()) {
      Reject(report, file, line_no, a.id, why);
      continue;
    }
    if (line_no <= repaired_at_line.size()) a.repaired_bytes = repaired_at_line[line_no - 1];
    AddArticle(report, std::move(a));
  }
  if (report->records_read == records_before) {
    Reject(report, file, 0, "", "empty: the file holds no JSON lines");
  }
}

ReadReport ReadInputs(const std::vector<std::string>& inputs, const ReadOptions& options,
                      std::istream* stdin_stream) {
  ReadReport report;
  for (const auto& input : inputs) {
    if (input == "-") {
      ++report.input_files;
      std::string data;
      if (stdin_stream != nullptr) {
        std::ostringstream ss;
        ss << stdin_stream->rdbuf();
        data = ss.str();
      }
      ReadJsonl("<stdin>", std::move(data), options, &report);
      continue;
    }
    std::error_code ec;
    fs::file_status st = fs::status(input, ec);
    if (ec || !fs::exists(st)) {
      Reject(&report, input, 0, "", "unreadable: no such file or directory");
      continue;
    }
    std::vector<std::string> files;
    if (fs::is_directory(st)) {
      Walk(input, &files, &report);
    } else {
      files.push_back(input);
    }
    for (const auto& f : files) {
      ++report.input_files;
      Kind k = KindOf(f);
      ReadWholeFile(f, k == Kind::kOther ? Kind::kText : k, options, &report);
    }
  }
  // Ids must be unique: later duplicates are rejected, naming the first occurrence.
  std::unordered_map<std::string, Origin> seen;
  std::vector<Article> unique;
  unique.reserve(report.articles.size());
  for (auto& a : report.articles) {
    auto [it, inserted] = seen.emplace(a.id, a.origin);
    if (!inserted) {
      report.rejected.push_back(
          {a.origin, a.id, "duplicate id \"" + a.id + "\" (first at " + it->second.ToString() + ")"});
      continue;
    }
    unique.push_back(std::move(a));
  }
  report.articles.swap(unique);
  return report;
}

}  // namespace copydesk::corpus

#include "report/report.h"

#include "corpus/output_dir.h"

#include <simdjson.h>
#include <xxhash.h>

#include <cstdio>
#include <filesystem>
#include <optional>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "corpus/atomic_file.h"
#include "corpus/gzip.h"
#include "corpus/json_writer.h"
#include "corpus/output_dir.h"
#include "report/page.h"

namespace copydesk::report {
namespace {

namespace sj = simdjson;
using corpus::JsonWriter;

// Characters of a lead shown when an article has no title.
constexpr size_t kLeadBytes = 160;

// One article of articles.jsonl, as the page needs it.
struct ArticleRecord {
  std::string id, title, source, url, lead;
  std::string json;  // {id, title, source, url, published, byline, dateline, credit, paragraphs, ...}
};

// Everything read from OUTDIR except clusters.json, which is walked once while writing.
struct Records {
  std::vector<ArticleRecord> articles;
  std::unordered_map<std::string, size_t> by_id;
  // article id -> (claim id, compact claim JSON), for the claims that changed_figures names
  std::unordered_map<std::string, std::vector<std::pair<std::string, std::string>>> claims;
  std::unordered_map<std::string, std::vector<std::string>> disagreements;  // cluster id -> records
  std::string meta = "null";  // manifest subset: version, inputs, counts
  bool has_claims = false, has_merged = false;
};

std::string_view Str(sj::dom::element e, const char* key) {
  std::string_view v;
  if (e[key].get_string().get(v)) return {};
  return v;
}

// Cuts `s` to at most `n` bytes at a character boundary, marking the cut with an ellipsis.
std::string Shorten(std::string_view s, size_t n) {
  if (s.size() <= n) return std::string(s);
  size_t end = n;
  while (end > 0 && (static_cast<unsigned char>(s[end]) & 0xC0) == 0x80) --end;
  return std::string(s.substr(0, end)) + "\xE2\x80\xA6";
}

std::string Where(const std::string& path, size_t line) {
  return path + ":" + std::to_string(line);
}

std::string PathOf(const RunOutputs& in, const char* name) {
  return std::string(in.dir) + "/" + name;
}

// Returns the bytes of the output `name`, or a DataError naming it when it is required and absent.
Result<std::string_view> Need(const RunOutputs& in, const std::optional<std::string_view>& file,
                              const char* name) {
  if (file) return *file;
  return DataError(PathOf(in, name) + ": missing; the report reads a directory written by "
                   "`copydesk run INPUT... --out DIR`");
}

// Calls `fn(line_number, element)` for each non-empty line of the JSONL `bytes`.
template <typename Fn>
Status ForEachJsonLine(const std::string& path, std::string_view file, Fn fn) {
  // One padded copy of the file: each line is then parsed in place, with the rest of the file
  // and the padding after it as the slack simdjson reads past the end of its input.
  const sj::padded_string padded(file);
  const std::string_view bytes(padded.data(), padded.size());
  sj::dom::parser parser;
  size_t line = 0, pos = 0;
  while (pos < bytes.size()) {
    size_t end = bytes.find('\n', pos);
    if (end == std::string_view::npos) end = bytes.size();
    std::string_view text = bytes.substr(pos, end - pos);
    pos = end + 1;
    ++line;
    if (text.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    sj::dom::element e;
    if (auto err = parser.parse(text.data(), text.size(), false).get(e)) {
      return DataError(Where(path, line) + ": invalid JSON: " + sj::error_message(err));
    }
    if (!e.is_object()) return DataError(Where(path, line) + ": not a JSON object");
    Status s = fn(line, e);
    if (!s.ok()) return s;
  }
  return Status::Ok();
}

void WriteStringField(JsonWriter& w, sj::dom::element e, const char* key) {
  w.Key(key);
  w.StringOrNull(Str(e, key));
}

// Writes e[key] when it is an array, its items that are not strings as null (so that indices
// into it still hold), else an empty array.
void WriteStringArray(JsonWriter& w, sj::dom::element e, const char* key) {
  w.Key(key);
  w.BeginArray();
  sj::dom::array a;
  if (!e[key].get_array().get(a)) {
    for (sj::dom::element x : a) {
      std::string_view s;
      if (!x.get_string().get(s)) w.String(s);
      else w.Null();
    }
  }
  w.EndArray();
}

Status ReadArticles(const RunOutputs& in, Records* r) {
  Result<std::string_view> bytes = Need(in, in.articles, "articles.jsonl");
  if (!bytes.ok()) return bytes.status();
  const std::string path = PathOf(in, "articles.jsonl");
  return ForEachJsonLine(path, bytes.value(), [&](size_t line, sj::dom::element e) -> Status {
    ArticleRecord a;
    a.id = std::string(Str(e, "id"));
    if (a.id.empty()) return DataError(Where(path, line) + ": the record has no \"id\" string");
    if (r->by_id.count(a.id)) return DataError(Where(path, line) + ": duplicate id \"" + a.id + "\"");
    a.title = std::string(Str(e, "title"));
    a.source = std::string(Str(e, "source"));
    a.url = std::string(Str(e, "url"));
    JsonWriter w(&a.json);
    w.BeginObject();
    w.Key("id"); w.String(a.id);
    for (const char* key : {"title", "source", "url", "published", "byline", "dateline", "credit", "origin"})
      WriteStringField(w, e, key);
    sj::dom::array paragraphs;
    if (!e["paragraphs"].get_array().get(paragraphs)) {
      WriteStringArray(w, e, "paragraphs");
      for (sj::dom::element p : paragraphs) {
        std::string_view s;
        if (!p.get_string().get(s)) { a.lead = Shorten(s, kLeadBytes); break; }
      }
    } else {
      // A record without paragraphs: its text, split at blank lines.
      std::string_view text = Str(e, "text");
      w.Key("paragraphs");
      w.BeginArray();
      size_t pos = 0;
      while (pos < text.size()) {
        size_t end = text.find("\n\n", pos);
        if (end == std::string_view::npos) end = text.size();
        if (end > pos) {
          w.String(text.substr(pos, end - pos));
          if (a.lead.empty()) a.lead = Shorten(text.substr(pos, end - pos), kLeadBytes);
        }
        pos = end + 2;
      }
      w.EndArray();
    }
    WriteStringArray(w, e, "paragraph_kinds");
    w.EndObject();
    r->by_id.emplace(a.id, r->articles.size());
    r->articles.push_back(std::move(a));
    return Status::Ok();
  });
}

Status ReadClaims(const RunOutputs& in, Records* r) {
  r->has_claims = in.claims.has_value();
  if (!in.claims) return Status::Ok();
  const std::string path = PathOf(in, "claims.jsonl");
  return ForEachJsonLine(path, *in.claims, [&](size_t line, sj::dom::element e) -> Status {
    std::string_view article = Str(e, "article_id");
    if (article.empty()) return DataError(Where(path, line) + ": the claim has no \"article_id\"");
    std::string json;
    JsonWriter w(&json);
    w.BeginObject();
    WriteStringField(w, e, "claim_id");
    sj::dom::element q;
    if (!e["quantity"].get(q)) {
      WriteStringField(w, q, "surface");
      WriteStringField(w, q, "unit");
      double v;
      if (!q["value"].get_double().get(v)) { w.Key("value"); w.Double(v); }
    }
    WriteStringField(w, e, "subject");
    sj::dom::element period;
    if (!e["period"].get(period)) { w.Key("period"); w.StringOrNull(Str(period, "surface")); }
    w.EndObject();
    r->claims[std::string(article)].emplace_back(std::string(Str(e, "claim_id")), std::move(json));
    return Status::Ok();
  });
}

Status ReadMerged(const RunOutputs& in, Records* r) {
  r->has_merged = in.claims_merged.has_value();
  if (!in.claims_merged) return Status::Ok();
  const std::string path = PathOf(in, "claims_merged.jsonl");
  return ForEachJsonLine(path, *in.claims_merged, [&](size_t, sj::dom::element e) -> Status {
    if (Str(e, "type") != "disagreement") return Status::Ok();
    r->disagreements[std::string(Str(e, "cluster_id"))].push_back(sj::to_string(e));
    return Status::Ok();
  });
}

Status ReadManifest(const RunOutputs& in, Records* r) {
  if (!in.manifest) return Status::Ok();
  const std::string path = PathOf(in, "manifest.json");
  sj::dom::parser parser;
  sj::dom::element e;
  const sj::padded_string padded(*in.manifest);
  if (auto err = parser.parse(padded).get(e))
    return DataError(path + ": invalid JSON: " + sj::error_message(err));
  r->meta.clear();
  JsonWriter w(&r->meta);
  w.BeginObject();
  WriteStringField(w, e, "copydesk_version");
  for (const char* key : {"inputs", "counts"}) {
    sj::dom::element v;
    if (!e[key].get(v)) { w.Key(key); w.Raw(sj::to_string(v)); }
  }
  w.EndObject();
  return Status::Ok();
}

void WriteRaw(JsonWriter& w, sj::dom::element e) { w.Raw(sj::to_string(e)); }

// Writes the object `e` field by field; `special(key, value)` writes a field itself and returns
// true, or returns false to have it copied as read; a field named `omit` is left out.
template <typename Fn>
void WriteObjectWith(JsonWriter& w, sj::dom::element e, Fn special, std::string_view omit = {}) {
  sj::dom::object o;
  if (e.get_object().get(o)) return WriteRaw(w, e);
  w.BeginObject();
  for (auto field : o) {
    if (!omit.empty() && field.key == omit) continue;
    w.Key(field.key);
    if (!special(field.key, field.value)) WriteRaw(w, field.value);
  }
  w.EndObject();
}

// Writes a cut or added list with each {index, text} item as its index alone.
void WriteParagraphList(JsonWriter& w, sj::dom::element e) {
  sj::dom::array a;
  if (e.get_array().get(a)) return WriteRaw(w, e);
  w.BeginArray();
  for (sj::dom::element x : a) {
    uint64_t index;
    if (x.is_object() && !x["index"].get_uint64().get(index)) w.UInt(index);
    else WriteRaw(w, x);
  }
  w.EndArray();
}

// Writes a cluster record as read, except its members' cut and added paragraphs, which are
// written as indices: their text is in articles.jsonl, which the page carries anyway (the page
// reads both shapes).
void WriteCluster(JsonWriter& w, sj::dom::element cluster) {
  WriteObjectWith(w, cluster, [&](std::string_view key, sj::dom::element value) {
    sj::dom::array members;
    if (key != "members" || value.get_array().get(members)) return false;
    w.BeginArray();
    for (sj::dom::element m : members) {
      WriteObjectWith(w, m, [&](std::string_view mkey, sj::dom::element paragraphs) {
        if (mkey != "paragraphs") return false;
        // (The passages' character spans are for other tools: the page never reads them.)
        WriteObjectWith(
            w, paragraphs,
            [&](std::string_view pkey, sj::dom::element list) {
              if (pkey != "cut" && pkey != "added") return false;
              WriteParagraphList(w, list);
              return true;
            },
            "passages");
        return true;
      });
    }
    w.EndArray();
    return true;
  });
}

// Writes the page's two data blocks from clusters.json: `index` (one summary per cluster, what the
// list, search and sort need) and `details` (one line per cluster: its record, its articles, their
// claims and its disagreements, parsed only when the cluster is opened).
Status WriteClusters(const RunOutputs& in, const Records& r, const ReportOptions& options,
                     std::string* index, std::string* details) {
  Result<std::string_view> bytes = Need(in, in.clusters, "clusters.json");
  if (!bytes.ok()) return bytes.status();
  const std::string path = PathOf(in, "clusters.json");
  sj::dom::parser parser;
  sj::dom::element doc;
  const sj::padded_string padded(bytes.value());
  if (auto err = parser.parse(padded).get(doc))
    return DataError(path + ": invalid JSON: " + sj::error_message(err));
  sj::dom::array clusters;
  if (doc["clusters"].get_array().get(clusters))
    return DataError(path + ": no \"clusters\" array at the top level");

  JsonWriter iw(index);
  iw.BeginObject();
  iw.Key("config");
  iw.BeginObject();
  iw.Key("page_size"); iw.Int(options.page_size);
  iw.Key("open_max"); iw.Int(options.open_max);
  iw.Key("has_claims"); iw.Bool(r.has_claims);
  iw.Key("has_merged"); iw.Bool(r.has_merged);
  iw.EndObject();
  iw.Key("meta"); iw.Raw(r.meta);
  iw.Key("clusters");
  iw.BeginArray();
  size_t k = 0;
  for (sj::dom::element c : clusters) {
    ++k;
    const std::string where = path + ": cluster " + std::to_string(k);
    std::string_view id = Str(c, "id");
    sj::dom::array members;
    if (id.empty()) return DataError(where + ": no \"id\" string");
    if (c["members"].get_array().get(members))
      return DataError(where + " (" + std::string(id) + "): no \"members\" array");
    std::string_view canonical = Str(c, "canonical");
    std::vector<size_t> articles;
    std::vector<std::pair<std::string_view, std::string_view>> member_title_source;
    size_t uncredited = 0, changed_figures = 0;
    std::unordered_set<std::string_view> named_claims;  // claims the changed figures refer to
    bool has_changed = false;
    for (sj::dom::element m : members) {
      std::string_view mid = Str(m, "id");
      auto it = r.by_id.find(std::string(mid));
      if (mid.empty() || it == r.by_id.end())
        return DataError(where + " (" + std::string(id) + "): member \"" + std::string(mid) +
                         "\" is not in articles.jsonl; are both files from the same run?");
      articles.push_back(it->second);
      member_title_source.emplace_back(Str(m, "title"), Str(m, "source"));
      bool flag = false;
      if (!m["uncredited"].get_bool().get(flag) && flag) ++uncredited;
      sj::dom::array figures;
      if (!m["changed_figures"].get_array().get(figures)) {
        has_changed = true;
        changed_figures += figures.size();
        for (sj::dom::element f : figures)
          for (const char* key : {"canonical_claim", "copy_claim"})
            if (!Str(f, key).empty()) named_claims.insert(Str(f, key));
      }
    }
    if (canonical.empty() && !articles.empty()) canonical = r.articles[articles[0]].id;
    auto dis = r.disagreements.find(std::string(id));
    const size_t disagreements = dis == r.disagreements.end() ? 0 : dis->second.size();

    iw.BeginObject();
    iw.Key("id"); iw.String(id);
    iw.Key("size"); iw.UInt(articles.size());
    iw.Key("canonical"); iw.String(canonical);
    iw.Key("uncredited"); iw.UInt(uncredited);
    iw.Key("changed"); iw.UInt(has_changed ? changed_figures : disagreements);
    iw.Key("members");
    iw.BeginArray();
    for (size_t i = 0; i < articles.size(); ++i) {
      // The article's title and source, else those its cluster record names.
      const ArticleRecord& art = r.articles[articles[i]];
      const auto& [member_title, member_source] = member_title_source[i];
      iw.BeginArray();
      iw.String(art.id);
      iw.StringOrNull(art.title.empty() ? member_title : art.title);
      iw.StringOrNull(art.source.empty() ? member_source : art.source);
      iw.StringOrNull(art.url);
      if (art.title.empty() && art.id == canonical) iw.String(art.lead);
      iw.EndArray();
    }
    iw.EndArray();
    iw.EndObject();

    JsonWriter dw(details);
    dw.BeginObject();
    dw.Key("cluster"); WriteCluster(dw, c);
    dw.Key("articles");
    dw.BeginObject();
    for (size_t a : articles) { dw.Key(r.articles[a].id); dw.Raw(r.articles[a].json); }
    dw.EndObject();
    if (!named_claims.empty()) {
      dw.Key("claims");
      dw.BeginObject();
      for (size_t a : articles) {
        auto it = r.claims.find(r.articles[a].id);
        if (it == r.claims.end()) continue;
        dw.Key(it->first);
        dw.BeginArray();
        for (const auto& [claim_id, json] : it->second)
          if (named_claims.count(claim_id)) dw.Raw(json);
        dw.EndArray();
      }
      dw.EndObject();
    }
    // The disagreements only for an older clusters.json, whose members name no changed figures
    // (the page reads them then): each lists every article that gives each value, 2,000 ids a
    // record in a story of 2,000 copies.
    dw.Key("disagreements");
    dw.BeginArray();
    if (dis != r.disagreements.end() && !has_changed)
      for (const auto& d : dis->second) dw.Raw(d);
    dw.EndArray();
    dw.EndObject();
    details->push_back('\n');
  }
  iw.EndArray();
  iw.EndObject();
  return Status::Ok();
}

// Replaces each @REPORT_NAME@ of the template with its value.
Result<std::string> FillTemplate(std::string_view page,
                                 const std::vector<std::pair<std::string_view, const std::string*>>& values) {
  std::string out;
  size_t pos = 0;
  for (;;) {
    size_t at = page.find("@REPORT_", pos);
    if (at == std::string_view::npos) break;
    size_t end = page.find('@', at + 1);
    if (end == std::string_view::npos) break;
    std::string_view name = page.substr(at + 1, end - at - 1);
    const std::string* value = nullptr;
    for (const auto& [n, v] : values)
      if (n == name) value = v;
    if (value == nullptr)
      return Status(StatusCode::kInternal, "report template: unknown placeholder " + std::string(name));
    out.append(page.substr(pos, at - pos));
    out.append(*value);
    pos = end + 1;
  }
  out.append(page.substr(pos));
  return out;
}

}  // namespace

std::string EscapeForScript(std::string_view json) {
  std::string out;
  out.reserve(json.size() + json.size() / 64);
  for (size_t i = 0; i < json.size(); ++i) {
    const char ch = json[i];
    switch (ch) {
      case '<': out += "\\u003c"; break;
      case '>': out += "\\u003e"; break;
      case '&': out += "\\u0026"; break;
      case '\xE2':
        // U+2028 and U+2029 end a line in old JavaScript parsers.
        if (i + 2 < json.size() && json[i + 1] == '\x80' && (json[i + 2] == '\xA8' || json[i + 2] == '\xA9')) {
          out += json[i + 2] == '\xA8' ? "\\u2028" : "\\u2029";
          i += 2;
          break;
        }
        out.push_back(ch);
        break;
      default: out.push_back(ch);
    }
  }
  return out;
}

Result<std::string> RenderReport(const std::string& outdir, const ReportOptions& options) {
  std::error_code ec;
  if (!std::filesystem::is_directory(outdir, ec))
    return DataError(outdir + ": not a directory; give the --out directory of `copydesk run`");
  std::string bytes[5];
  std::optional<std::string_view>* fields[5];
  RunOutputs in;
  in.dir = outdir;
  const char* names[5] = {"articles.jsonl", "clusters.json", "claims.jsonl", "claims_merged.jsonl",
                          "manifest.json"};
  fields[0] = &in.articles, fields[1] = &in.clusters, fields[2] = &in.claims;
  fields[3] = &in.claims_merged, fields[4] = &in.manifest;
  for (int i = 0; i < 5; ++i) {
    const std::string path = outdir + "/" + names[i];
    if (!std::filesystem::is_regular_file(path, ec)) continue;
    Result<std::string> read = corpus::ReadFileBytes(path);
    if (!read.ok()) return read.status();
    bytes[i] = std::move(read).value();
    *fields[i] = bytes[i];
  }
  return RenderReport(in, options);
}

Result<std::string> RenderReport(const RunOutputs& in, const ReportOptions& options) {
  Records r;
  for (auto* read : {&ReadArticles, &ReadClaims, &ReadMerged, &ReadManifest}) {
    Status s = read(in, &r);
    if (!s.ok()) return s;
  }
  std::string index, details;
  Status s = WriteClusters(in, r, options, &index, &details);
  if (!s.ok()) return s;
  index = EscapeForScript(index);
  details = EscapeForScript(details);

  // The nonce lets the page's own script and style run and nothing else; derived from the data,
  // so the same run gives the same bytes, and no text in the data can know it in advance.
  XXH3_state_t* state = XXH3_createState();
  XXH3_128bits_reset(state);
  XXH3_128bits_update(state, index.data(), index.size());
  XXH3_128bits_update(state, details.data(), details.size());
  XXH128_hash_t h = XXH3_128bits_digest(state);
  XXH3_freeState(state);
  char nonce[33];
  std::snprintf(nonce, sizeof nonce, "%016llx%016llx", static_cast<unsigned long long>(h.high64),
                static_cast<unsigned long long>(h.low64));
  const std::string nonce_str(nonce);
  return FillTemplate(internal::kPageTemplate,
                      {{"REPORT_NONCE", &nonce_str}, {"REPORT_INDEX", &index}, {"REPORT_DETAILS", &details}});
}

Status WriteReport(const std::string& outdir, const ReportOptions& options) {
  // A directory that is not there is named before anything is made (the lock would create it).
  std::error_code ec;
  if (!std::filesystem::is_directory(outdir, ec))
    return InvalidArgument(outdir + ": not a directory; give the --out directory of `copydesk run`");
  // The run lock: no `copydesk run` may swap the set while its report is made from it.
  corpus::OutputDir lock;
  Status locked = lock.Lock(outdir);
  if (!locked.ok()) return locked;
  Result<std::string> page = RenderReport(outdir, options);
  if (!page.ok()) return page.status();
  return corpus::WriteFileAtomically(outdir + "/report.html", page.value());
}

}  // namespace copydesk::report

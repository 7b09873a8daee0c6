#include "pipeline/writers.h"

#include <cmath>
#include <unordered_map>

#include "corpus/date.h"
#include "corpus/json_writer.h"

namespace copydesk::pipeline {

using corpus::JsonWriter;

namespace {

const char* KindName(normalizers::BlockKind k) {
  switch (k) {
    case normalizers::BlockKind::kBody: return "body";
    case normalizers::BlockKind::kBullet: return "bullet";
    case normalizers::BlockKind::kHeading: return "heading";
  }
  return "body";
}

void WriteOrigin(JsonWriter& w, const corpus::Origin& o) {
  w.Key("file"); w.String(o.file);
  w.Key("line"); w.UInt(o.line);
}

void WriteRejections(JsonWriter& w, const std::vector<corpus::Rejection>& list) {
  w.BeginArray();
  for (const auto& rej : list) {
    w.BeginObject();
    WriteOrigin(w, rej.origin);
    w.Key("id"); w.StringOrNull(rej.id);
    w.Key("reason"); w.String(rej.reason);
    w.EndObject();
  }
  w.EndArray();
}

// `surface`: the quantity's words as the text writes them.
void WriteQuantity(JsonWriter& w, const extractors::Quantity& q, const std::string& surface) {
  w.BeginObject();
  w.Key("value"); w.Double(q.value);
  w.Key("unit"); w.StringOrNull(q.unit);
  w.Key("noun"); w.StringOrNull(q.noun);
  w.Key("approx"); w.String(q.approx);
  w.Key("surface"); w.String(surface);
  w.Key("range");
  if (q.hi) {
    w.BeginArray(); w.Double(q.value); w.Double(*q.hi); w.EndArray();
  } else {
    w.Null();
  }
  w.EndObject();
}

void WritePeriod(JsonWriter& w, const std::optional<extractors::Period>& p) {
  if (!p) { w.Null(); return; }
  w.BeginObject();
  w.Key("surface"); w.String(p->surface);
  w.Key("start"); w.StringOrNull(p->start);
  w.Key("end"); w.StringOrNull(p->end);
  if (p->lent) { w.Key("from_context"); w.Bool(true); }
  w.EndObject();
}

void WriteClaimBody(JsonWriter& w, const extractors::Claim& c) {
  // The claims of one sentence follow each other: its escaped form is made once.
  // Sentence, surface and subject as the article's text writes them (claims.h).
  const std::string& sentence = c.TextSentence();
  thread_local std::string last_sentence, escaped;
  if (sentence != last_sentence || escaped.empty()) {
    last_sentence = sentence;
    escaped.clear();
    corpus::AppendJsonString(&escaped, sentence);
  }
  w.Key("sentence"); w.Raw(escaped);
  w.Key("quantity"); WriteQuantity(w, c.quantity, c.TextSurface());
  w.Key("kind"); w.String(c.kind);
  w.Key("direction"); w.StringOrNull(c.direction);
  w.Key("verb"); w.StringOrNull(c.verb);
  w.Key("subject"); w.StringOrNull(c.TextSubject());
  w.Key("holder"); w.StringOrNull(c.holder);
  w.Key("period"); WritePeriod(w, c.period);
  w.Key("source"); w.StringOrNull(c.source);
}

void WriteStrings(JsonWriter& w, const std::vector<std::string>& v) {
  w.BeginArray();
  for (const auto& s : v) w.String(s);
  w.EndArray();
}

// Returns the cluster id of every clustered article (empty without the dedup stage).
std::unordered_map<std::string, std::string> ClusterOf(const RunResult& r) {
  std::unordered_map<std::string, std::string> out;
  for (const auto& c : r.dedup.clusters)
    for (const auto& m : c.members) out.emplace(m.id, c.id);
  return out;
}

void WriteSpan(JsonWriter& w, int64_t begin, int64_t end) {
  w.Key("span");
  if (begin < 0) {
    w.Null();
    return;
  }
  w.BeginArray(); w.UInt(static_cast<uint64_t>(begin)); w.UInt(static_cast<uint64_t>(end)); w.EndArray();
}

void WriteValueClaims(JsonWriter& w, const extractors::ValueGroup& v) {
  w.Key("claims");
  w.BeginArray();
  for (size_t i = 0; i < v.claim_ids.size(); ++i) {
    w.BeginObject();
    w.Key("article_id"); w.String(v.claim_articles[i]);
    w.Key("claim_id"); w.String(v.claim_ids[i]);
    w.EndObject();
  }
  w.EndArray();
}

}  // namespace

void AppendArticleJsonl(const normalizers::NormalizedArticle& d, const std::string* cluster_id,
                        const int64_t* archive_id, std::string* out) {
  JsonWriter w(out);
  const auto& a = d.article;
  w.BeginObject();
  w.Key("id"); w.String(a.id);
  if (archive_id != nullptr) {  // copydesk check: the article's archive row, null when new
    w.Key("archive_id");
    if (*archive_id > 0) w.Int(*archive_id);
    else w.Null();
  }
  w.Key("format"); w.String(corpus::FormatName(a.format));
  w.Key("origin"); w.String(a.origin.ToString());
  w.Key("title"); w.StringOrNull(a.title);
  w.Key("byline"); w.StringOrNull(a.byline);
  w.Key("dateline"); w.StringOrNull(a.dateline);
  w.Key("credit"); w.StringOrNull(a.credit);
  w.Key("published"); w.StringOrNull(a.published);
  w.Key("published_at");
  if (auto t = corpus::ParseDate(a.published)) w.String(corpus::FormatInstant(*t));
  else w.Null();
  w.Key("cluster_id");
  if (cluster_id == nullptr) w.Null();
  else w.String(*cluster_id);
  w.Key("url"); w.StringOrNull(a.url);
  w.Key("source"); w.StringOrNull(a.source);
  w.Key("unwrapped"); w.Bool(d.was_wrapped);
  w.Key("repaired_utf8"); w.UInt(a.repaired_bytes);
  w.Key("paragraphs");
  w.BeginArray();
  for (const auto& p : a.paragraphs) w.String(p);
  w.EndArray();
  w.Key("paragraph_kinds");
  w.BeginArray();
  for (auto k : d.kinds) w.String(KindName(k));
  w.EndArray();
  w.Key("text"); w.String(d.text);
  if (!d.source_map.empty()) {
    // [text_begin, source_begin, length] runs: text bytes that came from input bytes.
    w.Key("source_map");
    w.BeginArray();
    for (const auto& run : d.source_map) {
      w.BeginArray(); w.UInt(run.text_begin); w.UInt(run.source_begin); w.UInt(run.length); w.EndArray();
    }
    w.EndArray();
  }
  w.Key("removed");
  w.BeginArray();
  for (const auto& rm : d.removed) {
    w.BeginObject();
    w.Key("text"); w.String(rm.text);
    w.Key("reason"); w.String(rm.reason);
    w.EndObject();
  }
  w.EndArray();
  if (!a.extra.empty()) {
    w.Key("fields");
    w.BeginObject();
    for (const auto& [k, v] : a.extra) { w.Key(k); w.Raw(v); }
    w.EndObject();
  }
  w.EndObject();
  out->push_back('\n');
}

std::string ArticlesJsonl(const RunResult& r) {
  const auto cluster_of = ClusterOf(r);
  std::string out;
  size_t estimate = 0;
  for (const auto& d : r.docs) estimate += 2 * d.text.size() + 512;
  out.reserve(estimate);
  for (size_t i = 0; i < r.docs.size(); ++i) {
    auto it = cluster_of.find(r.docs[i].article.id);
    AppendArticleJsonl(r.docs[i], it == cluster_of.end() ? nullptr : &it->second,
                       r.archive_ids.empty() ? nullptr : &r.archive_ids[i], &out);
  }
  return out;
}

void AppendClusterJson(const Cluster& c, bool with_reports, std::string* out,
                       const std::vector<int64_t>* archive_ids) {
  JsonWriter w(out);
  const Member& canon = c.members.front();
  // A copy of wire copy that names no agency is flagged for the editor.
  const bool canon_wire = !canon.credit.agency.empty();
  w.BeginObject();
  w.Key("id"); w.String(c.id);
  w.Key("canonical"); w.String(canon.id);
  w.Key("canonical_reason"); w.String(c.canonical_reason);
  w.Key("size"); w.UInt(c.members.size());
  w.Key("members");
  w.BeginArray();
  for (const auto& m : c.members) {
    const bool is_canon = m.article == c.canonical;
    w.BeginObject();
    w.Key("id"); w.String(m.id);
    w.Key("role"); w.String(is_canon ? "canonical" : "copy");
    if (archive_ids != nullptr && m.article < archive_ids->size()) {  // copydesk check
      w.Key("archive_id");
      if ((*archive_ids)[m.article] > 0) w.Int((*archive_ids)[m.article]);
      else w.Null();
    }
    w.Key("jaccard"); w.Double(std::round(m.jaccard * 10000) / 10000);
    w.Key("containment"); w.Double(std::round(m.containment * 10000) / 10000);
    w.Key("exact_duplicate"); w.Bool(m.exact_duplicate);
    w.Key("copy_of"); w.StringOrNull(m.copy_of);
    w.Key("url"); w.StringOrNull(m.url);
    w.Key("source"); w.StringOrNull(m.source);
    w.Key("title"); w.StringOrNull(m.title);
    w.Key("published"); w.StringOrNull(m.published);
    w.Key("credit");
    w.BeginObject();
    w.Key("agency"); w.StringOrNull(m.credit.agency);
    w.Key("evidence"); w.StringOrNull(m.credit.evidence);
    w.Key("where"); w.StringOrNull(m.credit.where);
    WriteSpan(w, m.credit.begin, m.credit.end);
    w.EndObject();
    w.Key("photo_credit");
    w.BeginArray();
    for (const auto& p : m.credit.photo) {
      w.BeginObject();
      w.Key("agency"); w.String(p.agency);
      w.Key("evidence"); w.String(p.text);
      w.Key("where"); w.String(p.where);
      WriteSpan(w, p.begin, p.end);
      w.EndObject();
    }
    w.EndArray();
    w.Key("uncredited"); w.Bool(!is_canon && canon_wire && m.credit.agency.empty());
    if (!is_canon && c.figures_compared) {
      w.Key("changed_figures");
      w.BeginArray();
      for (const auto& f : m.changed_figures) {
        w.BeginObject();
        w.Key("canonical_claim"); w.String(f.canonical_claim);
        w.Key("copy_claim"); w.String(f.copy_claim);
        w.Key("canonical_value"); w.Double(f.canonical_value);
        w.Key("copy_value"); w.Double(f.copy_value);
        w.Key("surface_canonical"); w.String(f.surface_canonical);
        w.Key("surface_copy"); w.String(f.surface_copy);
        w.EndObject();
      }
      w.EndArray();
    }
    if (!is_canon && with_reports) {
      const auto& p = m.paragraphs;
      auto pairs = [&](const char* key, const std::vector<std::pair<size_t, size_t>>& v) {
        w.Key(key);
        w.BeginArray();
        for (const auto& [ci, yj] : v) {
          w.BeginArray();
          w.UInt(ci);
          w.UInt(yj);
          w.EndArray();
        }
        w.EndArray();
      };
      auto indices = [&](const char* key, const std::vector<size_t>& v) {
        w.Key(key);
        w.BeginArray();
        for (size_t i : v) w.UInt(i);
        w.EndArray();
      };
      auto span = [&](const char* key, size_t b, size_t e) {
        w.Key(key);
        w.BeginArray();
        w.UInt(b);
        w.UInt(e);
        w.EndArray();
      };
      w.Key("kept_share"); w.Double(std::round(p.kept_share() * 10000) / 10000);
      w.Key("added_words"); w.UInt(p.added_words);
      w.Key("paragraphs");
      w.BeginObject();
      pairs("kept", p.kept);
      w.Key("edited");
      w.BeginArray();
      for (const auto& e : p.edited) {
        w.BeginObject();
        w.Key("canonical"); w.UInt(e.canonical);
        w.Key("copy"); w.UInt(e.copy);
        w.Key("similarity"); w.Double(std::round(e.similarity * 1000) / 1000);
        w.Key("diff");
        w.BeginArray();
        for (const auto& op : e.diff) {
          w.BeginArray();
          w.String(std::string(1, op.op));
          w.String(op.text);
          w.EndArray();
        }
        w.EndArray();
        w.EndObject();
      }
      w.EndArray();
      indices("cut", p.cut);
      indices("added", p.added);
      pairs("moved", p.moved);
      w.Key("passages");
      w.BeginArray();
      for (const auto& q : p.passages) {
        w.BeginObject();
        w.Key("canonical"); w.UInt(q.canonical);
        w.Key("copy"); w.UInt(q.copy);
        span("canonical_span", q.canonical_begin, q.canonical_end);
        span("copy_span", q.copy_begin, q.copy_end);
        w.EndObject();
      }
      w.EndArray();
      w.EndObject();
    }
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
}

std::string ClustersJson(const RunResult& r, bool with_reports) {
  std::string out = kClustersOpen;
  for (size_t k = 0; k < r.dedup.clusters.size(); ++k) {
    if (k > 0) out.push_back(',');
    AppendClusterJson(r.dedup.clusters[k], with_reports, &out,
                      r.archive_ids.empty() ? nullptr : &r.archive_ids);
  }
  out += kClustersClose;
  return out;
}

namespace {

// One claims.jsonl line; cluster_id null when nullptr.
void AppendClaimLine(const extractors::Claim& c, const std::string* cluster_id, std::string* out) {
  JsonWriter w(out);
  w.BeginObject();
  w.Key("article_id"); w.String(c.article_id);
  w.Key("claim_id"); w.String(c.claim_id);
  w.Key("cluster_id");
  if (cluster_id == nullptr) w.Null();
  else w.String(*cluster_id);
  w.Key("span");
  w.BeginArray(); w.UInt(c.span_begin); w.UInt(c.span_end); w.EndArray();
  if (c.source_span) {
    w.Key("source_span");
    w.BeginArray(); w.UInt(c.source_span->first); w.UInt(c.source_span->second); w.EndArray();
  }
  WriteClaimBody(w, c);
  w.EndObject();
  out->push_back('\n');
}

}  // namespace

void AppendClaimJsonl(const extractors::Claim& c, std::string* out) {
  AppendClaimLine(c, nullptr, out);
}

std::string ClaimsJsonl(const RunResult& r) {
  const auto cluster_of = ClusterOf(r);
  std::string out;
  size_t estimate = 0;  // one reservation instead of doubling through a large output
  for (const auto& c : r.claims) estimate += 400 + c.sentence.size() + c.subject.size();
  out.reserve(estimate);
  for (const auto& c : r.claims) {
    auto it = cluster_of.find(c.article_id);
    AppendClaimLine(c, it == cluster_of.end() ? nullptr : &it->second, &out);
  }
  return out;
}

std::string MergedClaimsJsonl(const RunResult& r) {
  std::string out;
  for (const auto& m : r.merged.merged) {
    JsonWriter w(&out);
    w.BeginObject();
    w.Key("type"); w.String("claim");
    w.Key("merged_id"); w.String(m.merged_id);
    w.Key("cluster_id"); w.String(m.cluster_id);
    w.Key("articles"); WriteStrings(w, m.articles);
    w.Key("claim_ids"); WriteStrings(w, m.claim_ids);
    WriteClaimBody(w, *m.claim);
    w.EndObject();
    out.push_back('\n');
  }
  auto values = [](JsonWriter& w, const std::vector<extractors::ValueGroup>& vs, const char* who) {
    w.Key("values");
    w.BeginArray();
    for (const auto& v : vs) {
      w.BeginObject();
      w.Key("value"); w.Double(v.value);
      w.Key("surface"); w.String(v.surface);
      w.Key(who); WriteStrings(w, v.articles);
      WriteValueClaims(w, v);
      w.EndObject();
    }
    w.EndArray();
  };
  for (const auto& d : r.merged.disagreements) {
    JsonWriter w(&out);
    w.BeginObject();
    w.Key("type"); w.String("disagreement");
    w.Key("cluster_id"); w.String(d.cluster_id);
    w.Key("subject"); w.String(d.subject);
    w.Key("unit"); w.String(d.unit);
    w.Key("period_start"); w.StringOrNull(d.period_start);
    w.Key("period_end"); w.StringOrNull(d.period_end);
    values(w, d.values, "articles");
    w.EndObject();
    out.push_back('\n');
  }
  for (const auto& c : r.merged.conflicts) {
    JsonWriter w(&out);
    w.BeginObject();
    w.Key("type"); w.String("conflict");
    w.Key("subject"); w.String(c.subject);
    w.Key("unit"); w.String(c.unit);
    w.Key("period_start"); w.StringOrNull(c.period_start);
    w.Key("period_end"); w.StringOrNull(c.period_end);
    values(w, c.values, "clusters");
    w.EndObject();
    out.push_back('\n');
  }
  return out;
}

std::string ManifestJson(const RunResult& r, const std::vector<std::string>& inputs,
                         const RunOptions& o, const std::string& version) {
  std::string out;
  JsonWriter w(&out);
  w.BeginObject();
  w.Key("copydesk_version"); w.String(version);
  w.Key("inputs"); WriteStrings(w, inputs);
  w.Key("counts");
  w.BeginObject();
  w.Key("input_files"); w.UInt(r.read.input_files);
  w.Key("read"); w.UInt(r.read.records_read);
  w.Key("processed"); w.UInt(r.docs.size());
  w.Key("rejected"); w.UInt(r.read.rejected.size());
  w.Key("repaired_utf8"); w.UInt(r.read.repaired_records);
  w.Key("skipped_files"); w.UInt(r.read.skipped.size());
  w.Key("clusters"); w.UInt(r.dedup.clusters.size());
  w.Key("claims"); w.UInt(r.claims.size());
  w.EndObject();
  w.Key("rejected");
  WriteRejections(w, r.read.rejected);
  w.Key("warnings");
  WriteRejections(w, r.read.warnings);
  w.Key("skipped_records");  // WARC records that are no articles, by reason
  w.BeginObject();
  for (const auto& [reason, n] : r.read.skipped_records) { w.Key(reason); w.UInt(n); }
  w.EndObject();
  w.Key("skipped_files");
  w.BeginArray();
  for (const auto& s : r.read.skipped) {
    w.BeginObject();
    w.Key("path"); w.String(s.path);
    w.Key("reason"); w.String(s.reason);
    w.EndObject();
  }
  w.EndArray();
  w.Key("options");
  w.BeginObject();
  w.Key("shingle_k"); w.UInt(o.dedup.shingles.k);
  w.Key("num_perm"); w.UInt(o.dedup.minhash.num_perm);
  w.Key("jaccard_threshold"); w.Double(o.dedup.jaccard_threshold);
  w.Key("containment_threshold"); w.Double(o.dedup.containment_threshold);
  w.Key("bands"); w.UInt(r.dedup.stats.jaccard_bands.bands);
  w.Key("rows"); w.UInt(r.dedup.stats.jaccard_bands.rows);
  w.Key("containment_bands"); w.UInt(r.dedup.stats.containment_bands.bands);
  w.Key("containment_rows"); w.UInt(r.dedup.stats.containment_bands.rows);
  w.EndObject();
  w.Key("dedup");
  w.BeginObject();
  w.Key("exact_duplicates"); w.UInt(r.dedup.stats.exact_duplicates);
  w.Key("candidate_pairs"); w.UInt(r.dedup.stats.candidate_pairs);
  w.Key("verified_pairs"); w.UInt(r.dedup.stats.verified_pairs);
  w.EndObject();
  // Timings vary run to run; they are the only non-deterministic part of the manifest.
  w.Key("timings_seconds");
  w.BeginObject();
  for (const auto& t : r.timings) { w.Key(t.stage); w.Double(std::round(t.seconds * 1e4) / 1e4); }
  w.EndObject();
  w.EndObject();
  out.push_back('\n');
  return out;
}

}  // namespace copydesk::pipeline

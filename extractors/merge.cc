#include "extractors/merge.h"

#include <xxhash.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <iterator>
#include <map>
#include <set>
#include <string_view>
#include <unordered_map>

namespace copydesk::extractors {

std::string SubjectKey(std::string_view subject) {
  std::vector<std::string> words;
  std::string w;
  auto push = [&] {
    if (w.size() >= 2 && w.ends_with("'s")) w.resize(w.size() - 2);
    if (!w.empty() && w != "the" && w != "a" && w != "an" && w != "its" && w != "their")
      words.push_back(w);
    w.clear();
  };
  for (char c : subject) {
    unsigned char u = static_cast<unsigned char>(c);
    if (std::isalnum(u) || c == '\'' || u >= 0x80) w.push_back(static_cast<char>(std::tolower(u)));
    else push();
  }
  push();
  std::string key;
  size_t from = words.size() > 2 ? words.size() - 2 : 0;
  for (size_t i = from; i < words.size(); ++i) {
    if (!key.empty()) key += ' ';
    key += words[i];
  }
  return key;
}

namespace {

// A counted noun in one form for both numbers ("person" / "people", "deaths" / "death").
std::string CountedNoun(std::string_view noun) {
  std::string n(noun);
  for (char& c : n) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  static const std::pair<std::string_view, std::string_view> kIrregular[] = {
      {"people", "person"}, {"men", "man"}, {"women", "woman"}, {"children", "child"}, {"persons", "person"}};
  for (const auto& [plural, one] : kIrregular)
    if (n == plural) return std::string(one);
  if (n.size() > 3 && n.ends_with("ies")) return n.substr(0, n.size() - 3) + "y";
  if (n.size() > 2 && n.ends_with('s') && !n.ends_with("ss")) n.pop_back();
  return n;
}

// A figure's value as a key: 12 significant digits, so that "8,123,456" and "8,123,459" (or
// $2,000,000,001 and $2,000,000,999) differ while one value reached two ways ("$5.8 billion",
// "$5,800 million": the same to 15 digits, not always to the last bit) is one.
// Written as 6 digits when those say it all (the form merged ids were made of before: they stay
// the same), else as 12.
std::string ValueKey(double v) {
  char six[40], twelve[40];
  std::snprintf(six, sizeof six, "%.6g", v);
  std::snprintf(twelve, sizeof twelve, "%.12g", v);
  return std::strtod(six, nullptr) == std::strtod(twelve, nullptr) ? six : twelve;
}

// The lower-cased words of a sentence, as a sorted set.
std::vector<std::string> WordSet(std::string_view s) {
  std::vector<std::string> words;
  std::string w;
  for (char c : s) {
    const unsigned char u = static_cast<unsigned char>(c);
    if (std::isalnum(u) || u >= 0x80) {
      w.push_back(static_cast<char>(std::tolower(u)));
    } else if (!w.empty()) {
      words.push_back(std::move(w));
      w.clear();
    }
  }
  if (!w.empty()) words.push_back(std::move(w));
  std::sort(words.begin(), words.end());
  words.erase(std::unique(words.begin(), words.end()), words.end());
  return words;
}

// Whether two sentences' word sets (WordSet) are one sentence, give or take an edit: half or
// more of their words shared (Jaccard). Subjects are read off the sentence by heuristics, and an
// edit before the verb ("imports of Chinese cars, tractors and trucks" -> "imports of Chinese
// vehicles") changes them while the claim stays the same.
bool SameWords(const std::vector<std::string>& x, const std::vector<std::string>& y) {
  if (x.empty() || y.empty()) return false;
  size_t common = 0;
  for (size_t i = 0, j = 0; i < x.size() && j < y.size();) {
    if (x[i] < y[j]) ++i;
    else if (y[j] < x[i]) ++j;
    else { ++common; ++i; ++j; }
  }
  return 2 * common >= x.size() + y.size() - common;
}

bool SameSentence(std::string_view a, std::string_view b) { return SameWords(WordSet(a), WordSet(b)); }

// A claim of one side of ChangedFigures, with what its comparisons need made once: its value's
// key, its subject's and period's, and (when first asked) its sentence's words.
struct Stated {
  const Claim* claim;
  std::string value, subject, period;
  mutable std::vector<std::string> words;
  mutable bool has_words = false;
  const std::vector<std::string>& Words() const {
    if (!has_words) words = WordSet(claim->sentence);
    has_words = true;
    return words;
  }
};

std::vector<Stated> Side(const std::vector<const Claim*>& claims) {
  std::vector<Stated> out;
  out.reserve(claims.size());
  for (const Claim* c : claims)
    out.push_back({c, ValueKey(c->quantity.value), SubjectKey(c->subject),
                   c->period ? c->period->start + "|" + c->period->end : std::string("|"), {}, false});
  return out;
}

}  // namespace

std::vector<FigureChange> ChangedFigures(const std::vector<const Claim*>& canonical,
                                         const std::vector<const Claim*>& copy) {
  std::vector<FigureChange> out;
  const std::vector<Stated> ks = Side(canonical), ys = Side(copy);
  // Whether two claims are one statement: the same subject and period, or the same sentence.
  auto same_statement = [](const Stated& a, const Stated& b) {
    if (a.claim->quantity.unit != b.claim->quantity.unit || a.claim->kind != b.claim->kind) return false;
    if (!a.subject.empty() && a.subject == b.subject && a.period == b.period) return true;
    return SameWords(a.Words(), b.Words());
  };
  // Each side's claims by value: whether a side states a value in a statement like another is
  // asked of the claims of that value only (not of every claim, for every pair: cubic).
  auto by_value = [](const std::vector<Stated>& side) {
    std::unordered_map<std::string_view, std::vector<size_t>> m;
    for (size_t i = 0; i < side.size(); ++i) m[side[i].value].push_back(i);
    return m;
  };
  const auto k_by_value = by_value(ks), y_by_value = by_value(ys);
  auto states = [&](const std::vector<Stated>& side, const std::unordered_map<std::string_view, std::vector<size_t>>& index,
                    const Stated& like, const std::string& value) {
    auto it = index.find(value);
    if (it == index.end()) return false;
    for (size_t i : it->second)
      if (same_statement(side[i], like)) return true;
    return false;
  };
  std::vector<char> used(ks.size(), 0);
  for (const Stated& y : ys) {
    if (y.claim->quantity.unit.empty()) continue;
    if (states(ks, k_by_value, y, y.value)) continue;  // the canonical states this figure: not a change
    for (size_t i = 0; i < ks.size(); ++i) {
      const Stated& k = ks[i];
      if (used[i] || k.value == y.value || !same_statement(k, y)) continue;
      if (states(ys, y_by_value, k, k.value)) continue;  // the copy kept it too
      used[i] = 1;
      out.push_back({k.claim, y.claim});
      break;
    }
  }
  return out;
}

MergeResult MergeClaims(const std::vector<Claim>& claims,
                        const std::unordered_map<std::string, std::string>& cluster_of) {
  MergeResult r;
  std::vector<const Claim*> sorted;
  for (const auto& c : claims) sorted.push_back(&c);
  std::sort(sorted.begin(), sorted.end(), [](const Claim* a, const Claim* b) {
    return a->article_id != b->article_id ? a->article_id < b->article_id : a->span_begin < b->span_begin;
  });
  auto cluster = [&](const Claim* c) {
    auto it = cluster_of.find(c->article_id);
    return it == cluster_of.end() ? c->article_id : it->second;
  };
  auto period_start = [](const Claim* c) { return c->period ? c->period->start : std::string(); };
  auto period_end = [](const Claim* c) { return c->period ? c->period->end : std::string(); };

  // A claim joins the record of its cluster with the same value, unit and period whose subject
  // reads the same; or, from another article, the record with the same value and unit, the same
  // period or none on one side, and the same subject or the same sentence give or take an edit.
  std::map<std::string, size_t> index;  // merge key -> position in r.merged
  std::map<std::string, std::vector<size_t>> same_figure;  // key without the subject -> records
  for (const Claim* c : sorted) {
    std::string subj = SubjectKey(c->subject);
    const std::string figure = cluster(c) + "|" + ValueKey(c->quantity.value) + "|" + c->quantity.unit;
    const std::string key = figure + "|" + subj + "|" + period_start(c) + "|" + period_end(c);
    auto found = index.find(key);
    if (found == index.end()) {
      for (size_t at : same_figure[figure]) {
        const MergedClaim& m = r.merged[at];
        // A copy may state the period in another sentence than the figure: a claim without a
        // period goes with one that has it.
        const bool same_period = (period_start(m.claim) == period_start(c) && period_end(m.claim) == period_end(c)) ||
                                 !m.claim->period || !c->period;
        if (!same_period) continue;
        const bool from_this_article =
            std::find(m.articles.begin(), m.articles.end(), c->article_id) != m.articles.end();
        const bool same_subject = !subj.empty() && m.subject_keys.count(subj) > 0;
        if (!from_this_article && (same_subject || SameSentence(m.claim->sentence, c->sentence))) {
          found = index.emplace(key, at).first;
          break;
        }
      }
    }
    auto [it, inserted] = found != index.end() ? std::make_pair(found, false) : index.emplace(key, r.merged.size());
    if (inserted) {
      same_figure[figure].push_back(r.merged.size());
      MergedClaim m;
      m.cluster_id = cluster(c);
      m.claim = c;
      char hex[17];
      std::snprintf(hex, sizeof hex, "%016llx",
                    static_cast<unsigned long long>(XXH3_64bits(key.data(), key.size())));
      m.merged_id = hex;
      r.merged.push_back(std::move(m));
    }
    MergedClaim& m = r.merged[it->second];
    if (m.articles.empty() || m.articles.back() != c->article_id) m.articles.push_back(c->article_id);
    m.claim_ids.push_back(c->claim_id);
    m.claim_articles.push_back(c->article_id);
    if (!subj.empty()) m.subject_keys.insert(subj);
  }
  std::sort(r.merged.begin(), r.merged.end(), [](const MergedClaim& a, const MergedClaim& b) {
    if (a.cluster_id != b.cluster_id) return a.cluster_id < b.cluster_id;
    if (a.claim->article_id != b.claim->article_id) return a.claim->article_id < b.claim->article_id;
    return a.claim->span_begin < b.claim->span_begin;
  });

  // Disagreements: in one cluster, one subject/unit/period/kind with several values, where an
  // article carries one value and not the other.
  std::map<std::string, std::vector<const MergedClaim*>> groups;
  for (const auto& m : r.merged) {
    if (m.claim->quantity.unit.empty()) continue;
    // Counts too ("killed 1,200 people" in one copy, "1,500 people" in another), keyed by what they
    // count: "300 people" and "40 drivers" of one company are two figures.
    const std::string counted = m.claim->quantity.unit == "count" ? "|" + CountedNoun(m.claim->quantity.noun) : "";
    for (const std::string& subj : m.subject_keys)
      groups[m.cluster_id + "|" + subj + "|" + m.claim->quantity.unit + counted + "|" + period_start(m.claim) + "|" +
             period_end(m.claim) + "|" + m.claim->kind].push_back(&m);
  }
  std::set<std::vector<const MergedClaim*>> reported;  // a record may go by several subjects
  for (const auto& [key, ms] : groups) {
    if (!reported.insert(ms).second) continue;
    std::set<std::string> values;
    for (auto* m : ms) values.insert(ValueKey(m->claim->quantity.value));
    if (values.size() < 2) continue;
    // A changed figure: one article states A and not B while another states B and not A. A
    // copy that merely left out a figure (a bullet, a cut paragraph) is no disagreement.
    auto only_in = [](const std::vector<std::string>& x, const std::vector<std::string>& y) {
      for (const auto& a : x)
        if (std::find(y.begin(), y.end(), a) == y.end()) return true;
      return false;
    };
    bool changed = false;
    for (size_t i = 0; i < ms.size() && !changed; ++i)
      for (size_t j = i + 1; j < ms.size() && !changed; ++j)
        changed = only_in(ms[i]->articles, ms[j]->articles) && only_in(ms[j]->articles, ms[i]->articles);
    if (!changed) continue;
    Disagreement d;
    d.cluster_id = ms[0]->cluster_id;
    d.subject = ms[0]->claim->TextSubject();
    d.unit = ms[0]->claim->quantity.unit;
    d.period_start = period_start(ms[0]->claim);
    d.period_end = period_end(ms[0]->claim);
    for (auto* m : ms)
      d.values.push_back({m->claim->quantity.value, m->claim->TextSurface(), m->articles, m->claim_ids,
                          m->claim_articles});
    r.disagreements.push_back(std::move(d));
  }
  // A copy that changed a figure in an edited sentence may read its subject otherwise ("pushed
  // bilateral trade to a record $245 billion" -> "to an all-time high of $254 billion"): two
  // records of one cluster, unit, kind and period, with other values and the same sentence give
  // or take an edit, each stated by an article the other is not, disagree too.
  std::map<std::string, std::vector<const MergedClaim*>> by_figure;
  for (const auto& m : r.merged) {
    if (m.claim->quantity.unit.empty() || m.claim->quantity.unit == "count") continue;
    by_figure[m.cluster_id + "|" + m.claim->quantity.unit + "|" + period_start(m.claim) + "|" +
              period_end(m.claim) + "|" + m.claim->kind].push_back(&m);
  }
  auto disjoint = [](const std::vector<std::string>& x, const std::vector<std::string>& y) {
    for (const auto& a : x)
      if (std::find(y.begin(), y.end(), a) != y.end()) return false;
    return true;
  };
  auto shares_group = [&](const MergedClaim* a, const MergedClaim* b) {
    for (const auto& g : reported)
      if (std::find(g.begin(), g.end(), a) != g.end() && std::find(g.begin(), g.end(), b) != g.end()) return true;
    return false;
  };
  for (const auto& [key, ms] : by_figure) {
    if (ms.size() < 2 || ms.size() > 200) continue;  // pairs: bounded per figure key
    for (size_t i = 0; i < ms.size(); ++i)
      for (size_t j = i + 1; j < ms.size(); ++j) {
        const MergedClaim* a = ms[i];
        const MergedClaim* b = ms[j];
        if (ValueKey(a->claim->quantity.value) == ValueKey(b->claim->quantity.value)) continue;
        if (!disjoint(a->articles, b->articles) || !SameSentence(a->claim->sentence, b->claim->sentence)) continue;
        if (shares_group(a, b)) continue;  // reported by subject already
        Disagreement d;
        d.cluster_id = a->cluster_id;
        d.subject = a->claim->TextSubject();
        d.unit = a->claim->quantity.unit;
        d.period_start = period_start(a->claim);
        d.period_end = period_end(a->claim);
        for (const MergedClaim* m : {a, b})
          d.values.push_back({m->claim->quantity.value, m->claim->TextSurface(), m->articles, m->claim_ids,
                              m->claim_articles});
        r.disagreements.push_back(std::move(d));
      }
  }

  // Conflicts: across clusters, a dated subject/unit with different values.
  std::map<std::string, std::map<std::string, ValueGroup>> across;
  for (const auto& m : r.merged) {
    if (!m.claim->period || m.claim->period->start.empty()) continue;
    if (m.claim->kind != "level") continue;
    for (const std::string& subj : m.subject_keys) {
      std::string key = subj + "|" + m.claim->quantity.unit + "|" + m.claim->period->start + "|" + m.claim->period->end;
      ValueGroup& g = across[key][ValueKey(m.claim->quantity.value)];
      g.value = m.claim->quantity.value;
      g.surface = m.claim->TextSurface();
      if (std::find(g.articles.begin(), g.articles.end(), m.cluster_id) == g.articles.end())
        g.articles.push_back(m.cluster_id);
      for (size_t i = 0; i < m.claim_ids.size(); ++i) {
        if (std::find(g.claim_ids.begin(), g.claim_ids.end(), m.claim_ids[i]) != g.claim_ids.end()) continue;
        g.claim_ids.push_back(m.claim_ids[i]);
        g.claim_articles.push_back(m.claim_articles[i]);
      }
    }
  }
  std::set<std::string> conflicts_seen;  // unit, period and values: once, whatever the subject
  for (const auto& [key, vals] : across) {
    if (vals.size() < 2) continue;
    std::string seen = key.substr(key.find('|'));
    for (const auto& [v, g] : vals) {
      seen += "|" + v;
      for (const auto& a : g.articles) seen += "," + a;
    }
    if (!conflicts_seen.insert(seen).second) continue;
    std::set<std::string> clusters;
    for (const auto& [v, g] : vals) clusters.insert(g.articles.begin(), g.articles.end());
    if (clusters.size() < 2) continue;
    Conflict c;
    size_t a = key.find('|'), b = key.find('|', a + 1), d = key.find('|', b + 1);
    c.subject = key.substr(0, a);
    c.unit = key.substr(a + 1, b - a - 1);
    c.period_start = key.substr(b + 1, d - b - 1);
    c.period_end = key.substr(d + 1);
    for (const auto& [v, g] : vals) c.values.push_back(g);
    r.conflicts.push_back(std::move(c));
  }
  return r;
}

}  // namespace copydesk::extractors

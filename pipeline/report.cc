#include "pipeline/report.h"

#include <xxhash.h>

#include <algorithm>


namespace copydesk::pipeline {

namespace {

std::vector<std::string_view> SplitWords(std::string_view s) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\n')) ++i;
    size_t b = i;
    while (i < s.size() && s[i] != ' ' && s[i] != '\n') ++i;
    if (i > b) out.push_back(s.substr(b, i - b));
  }
  return out;
}

// Word bigram hashes of a folded paragraph, punctuation stripped from word edges.
std::vector<uint64_t> Bigrams(std::string_view folded) {
  std::vector<uint64_t> words;
  for (auto w : SplitWords(folded)) {
    while (!w.empty() && std::ispunct(static_cast<unsigned char>(w.front()))) w.remove_prefix(1);
    while (!w.empty() && std::ispunct(static_cast<unsigned char>(w.back()))) w.remove_suffix(1);
    if (!w.empty()) words.push_back(XXH3_64bits(w.data(), w.size()));
  }
  std::vector<uint64_t> out;
  if (words.size() == 1) out.push_back(words[0]);
  for (size_t i = 0; i + 1 < words.size(); ++i) out.push_back(words[i] * 31 + words[i + 1]);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

// Returns the share of the sorted `a` found in the sorted `in`.
double Covered(const std::vector<uint64_t>& a, const std::vector<uint64_t>& in) {
  if (a.empty()) return 0;
  size_t n = 0;
  auto it = in.begin();
  for (uint64_t x : a) {
    it = std::lower_bound(it, in.end(), x);
    n += it != in.end() && *it == x;
  }
  return static_cast<double>(n) / a.size();
}

}  // namespace

std::vector<DiffOp> WordDiff(std::string_view a, std::string_view b) {
  std::vector<std::string_view> x = SplitWords(a), y = SplitWords(b);
  std::vector<DiffOp> ops;
  auto push = [&](char op, std::string_view w) {
    if (!ops.empty() && ops.back().op == op) {
      ops.back().text += ' ';
      ops.back().text.append(w);
    } else {
      ops.push_back({op, std::string(w)});
    }
  };
  const size_t kMax = 2000;  // words per side; beyond that the diff is whole-paragraph
  if (x.size() > kMax || y.size() > kMax) {
    if (!a.empty()) ops.push_back({'-', std::string(a)});
    if (!b.empty()) ops.push_back({'+', std::string(b)});
    return ops;
  }
  const size_t n = x.size(), m = y.size();
  std::vector<uint16_t> lcs((n + 1) * (m + 1), 0);
  auto at = [&](size_t i, size_t j) -> uint16_t& { return lcs[i * (m + 1) + j]; };
  for (size_t i = n; i-- > 0;)
    for (size_t j = m; j-- > 0;)
      at(i, j) = x[i] == y[j] ? at(i + 1, j + 1) + 1 : std::max(at(i + 1, j), at(i, j + 1));
  size_t i = 0, j = 0;
  while (i < n && j < m) {
    if (x[i] == y[j]) { push('=', x[i]); ++i; ++j; }
    else if (at(i + 1, j) >= at(i, j + 1)) { push('-', x[i]); ++i; }
    else { push('+', y[j]); ++j; }
  }
  for (; i < n; ++i) push('-', x[i]);
  for (; j < m; ++j) push('+', y[j]);
  return ops;
}

ParagraphReport AlignParagraphs(const normalizers::NormalizedArticle& canonical,
                                const normalizers::NormalizedArticle& copy) {
  ParagraphReport r;
  const std::vector<std::string_view> cp = canonical.FoldedParagraphs();
  const std::vector<std::string_view> yp = copy.FoldedParagraphs();
  std::vector<std::vector<uint64_t>> cb, yb;
  std::vector<uint64_t> all_c;  // sorted, unique: every canonical bigram
  for (const auto& p : cp) {
    cb.push_back(Bigrams(p));
    all_c.insert(all_c.end(), cb.back().begin(), cb.back().end());
  }
  std::sort(all_c.begin(), all_c.end());
  all_c.erase(std::unique(all_c.begin(), all_c.end()), all_c.end());
  for (const auto& p : yp) yb.push_back(Bigrams(p));
  // Inverted index (bigram, copy paragraph), sorted, so that alignment costs the shared
  // bigrams, not canonical paragraphs x copy paragraphs.
  std::vector<std::pair<uint64_t, uint32_t>> postings;
  for (size_t j = 0; j < yb.size(); ++j)
    for (uint64_t b : yb[j]) postings.emplace_back(b, static_cast<uint32_t>(j));
  std::sort(postings.begin(), postings.end());
  std::vector<uint32_t> hits(yp.size(), 0), touched;
  for (size_t i = 0; i < cp.size(); ++i) {
    double best = 0;
    size_t best_j = 0;
    for (uint32_t j : touched) hits[j] = 0;
    touched.clear();
    for (uint64_t b : cb[i]) {
      auto it = std::lower_bound(postings.begin(), postings.end(), std::pair<uint64_t, uint32_t>(b, 0));
      for (; it != postings.end() && it->first == b; ++it) {
        if (hits[it->second]++ == 0) touched.push_back(it->second);
      }
    }
    for (uint32_t j : touched) {
      double c = cb[i].empty() ? 0 : static_cast<double>(hits[j]) / cb[i].size();
      if (c > best || (c == best && j < best_j)) { best = c; best_j = j; }
    }
    if (best >= 0.9 && yp[best_j].find(cp[i]) != std::string::npos) {
      r.kept.push_back(i);
    } else if (best >= 0.5) {
      EditedParagraph e;
      e.canonical = i;
      e.copy = best_j;
      e.similarity = best;
      e.diff = WordDiff(canonical.article.paragraphs[i], copy.article.paragraphs[best_j]);
      r.edited.push_back(std::move(e));
    } else {
      r.cut.push_back({i, canonical.article.paragraphs[i]});
    }
  }
  for (size_t j = 0; j < yp.size(); ++j) {
    if (Covered(yb[j], all_c) < 0.5) r.added.push_back({j, copy.article.paragraphs[j]});
  }
  return r;
}

}  // namespace copydesk::pipeline

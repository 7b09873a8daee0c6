#include <catch2/catch.hpp>

#define XXH_INLINE_ALL
#include <xxhash.h>

#include <algorithm>
#include <iterator>
#include <random>
#include <span>
#include <string>
#include <vector>

#include "normalizers/segment.h"
#include "pipeline/shingle.h"

using namespace copydesk;

namespace {

// The plain definition of Shingler::Hashes for a text shingled by words (pipeline/shingle.h):
// ICU's words (Segmenter::Words), each hashed, then each run of k word hashes.
std::vector<uint64_t> PlainWordHashes(std::string_view text, size_t k) {
  normalizers::Segmenter seg;
  std::vector<normalizers::Span> words;
  seg.Words(text, &words);
  std::vector<uint64_t> h, out;
  for (const auto& w : words) h.push_back(XXH3_64bits_withSeed(text.data() + w.begin, w.end - w.begin, pipeline::kWordSeed));
  if (h.empty()) return out;
  if (h.size() < k) {
    out.push_back(XXH3_64bits_withSeed(h.data(), h.size() * sizeof(uint64_t), pipeline::kShingleSeed));
    return out;
  }
  for (size_t i = 0; i + k <= h.size(); ++i)
    out.push_back(XXH3_64bits_withSeed(h.data() + i, k * sizeof(uint64_t), pipeline::kShingleSeed));
  return out;
}

}  // namespace

TEST_CASE("Shingler::Hashes by words is its plain definition", "[pipeline][property]") {
  // Folded-looking pieces: ASCII words of every hash length class (1-3, 4-8, 9-16, 17+ bytes),
  // joiners, digits, and non-ASCII Latin words (é, ſ, the Kelvin sign, İ, NBSP, zero-width
  // space, combining marks) that keep the text shingled by words.
  const std::vector<std::string> pieces = {
      "a", "of", "the", "said", "minister", "internationally", "counterrevolutionaries", "x'y", "u.s.",
      "245,000", "8.1", "2026", ",", ".", " ", "  ", "\n\n", "-", "\"", "(", ")",
      "caf\xC3\xA9", "\xC5\xBF", "\xE2\x84\xAA", "\xC4\xB0stanbul", "\xC2\xA0", "\xE2\x80\x8B", "e\xCC\x81",
      "\xEF\xBC\xA1\xEF\xBC\xA2", "na\xC3\xAFve"};
  std::mt19937 rng(10);
  for (size_t k : {size_t{5}, size_t{3}, size_t{1}}) {
    pipeline::ShingleOptions o;
    o.k = k;
    pipeline::Shingler sh(o);
    std::vector<uint64_t> got;
    for (int round = 0; round < 3000; ++round) {
      std::string text;
      const bool ascii = round % 2 == 0;
      const size_t parts = rng() % (round % 7 == 0 ? 600 : 40);
      for (size_t p = 0; p < parts; ++p) {
        const std::string& piece = pieces[rng() % pieces.size()];
        if (ascii && static_cast<unsigned char>(piece[0]) >= 0x80) continue;
        text += piece;
        text += ' ';
      }
      sh.Hashes(text, &got);
      INFO(text);
      REQUIRE(sh.unit() == pipeline::ShingleUnit::kWords);
      REQUIRE(got == PlainWordHashes(text, k));
    }
  }
}

TEST_CASE("Shingler::words are the words its hashes were made of", "[pipeline]") {
  pipeline::Shingler sh({});
  std::vector<uint64_t> got;
  sh.Hashes("the u.s. said 245,000 jobs don't", &got);
  REQUIRE(sh.words().size() == 6);
  CHECK(sh.words()[1].begin == 4);
  CHECK(sh.words()[1].end == 7);
  CHECK(got.size() == 2);
}

TEST_CASE("IntersectionSize of 32-bit sets is the count std::set_intersection gives", "[pipeline][property]") {
  // The vector form compares blocks of four: sets of every length around the block size, shared
  // values anywhere (runs, every other value, none, all), values at both ends of the range.
  std::mt19937 rng(17);
  auto count = [](const std::vector<uint32_t>& a, const std::vector<uint32_t>& b) {
    std::vector<uint32_t> both;
    std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(both));
    return both.size();
  };
  auto sorted_unique = [](std::vector<uint32_t> v) {
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
    return v;
  };
  for (int trial = 0; trial < 4000; ++trial) {
    const size_t universe = 1 + rng() % (trial % 4 == 0 ? 40u : 5000u);
    const uint32_t base = trial % 7 == 0 ? UINT32_MAX - static_cast<uint32_t>(universe) : 0;
    std::vector<uint32_t> a, b;
    const size_t na = rng() % 70, nb = trial % 5 == 0 ? na : rng() % 70;
    const int mode = trial % 3;  // 0: independent draws; 1: b mostly a's values; 2: b a run of a
    for (size_t k = 0; k < na; ++k) a.push_back(base + static_cast<uint32_t>(rng() % universe));
    a = sorted_unique(a);
    for (size_t k = 0; k < nb; ++k) {
      if (mode == 1 && !a.empty() && rng() % 4 != 0) b.push_back(a[rng() % a.size()]);
      else if (mode == 2 && k < a.size()) b.push_back(a[(k + a.size() / 3) % a.size()]);
      else b.push_back(base + static_cast<uint32_t>(rng() % universe));
    }
    b = sorted_unique(b);
    INFO("trial " << trial << ": " << a.size() << " and " << b.size() << " values");
    REQUIRE(pipeline::IntersectionSize(std::span<const uint32_t>(a), std::span<const uint32_t>(b)) == count(a, b));
    REQUIRE(pipeline::IntersectionSize(std::span<const uint32_t>(b), std::span<const uint32_t>(a)) == count(a, b));
  }
  const std::vector<uint32_t> all = {0, 1, 2, 3, 4, 5, 6, 7, UINT32_MAX - 1, UINT32_MAX};
  CHECK(pipeline::IntersectionSize(std::span<const uint32_t>(all), std::span<const uint32_t>(all)) == all.size());
  CHECK(pipeline::IntersectionSize(std::span<const uint32_t>(all), std::span<const uint32_t>()) == 0);
}

namespace {

// Words of a made-up language with a few thousand of them, drawn by `rng`.
std::string Word(std::mt19937& rng) {
  static const char* kSyllables[] = {"ka", "to", "ri", "men", "sa", "lo", "ver", "an", "ti", "pol",
                                     "gra", "de", "us", "ex", "mor", "tra", "ne", "mi", "co", "ral"};
  std::string w;
  const int n = 2 + static_cast<int>(rng() % 2);
  for (int i = 0; i < n; ++i) w += kSyllables[rng() % std::size(kSyllables)];
  return w;
}

std::vector<std::string> Words(std::mt19937& rng, size_t n) {
  std::vector<std::string> w(n);
  for (auto& x : w) x = Word(rng);
  return w;
}

std::string Text(const std::vector<std::string>& words) {
  std::string s;
  for (size_t i = 0; i < words.size(); ++i) s += (i > 0 ? (i % 40 == 0 ? ".\n\n" : " ") : "") + words[i];
  return s + ".";
}

struct Loose {
  uint32_t values[256];
  uint8_t at[256];
  size_t n = 0;
};

Loose SampleOf(pipeline::Shingler& sh, const std::string& text, size_t k) {
  std::vector<uint64_t> hashes;
  sh.Hashes(text, &hashes);
  Loose l;
  l.n = sh.LooseSample(l.values, l.at, k);
  return l;
}

pipeline::LooseMatch Match(const Loose& a, const Loose& b, size_t k, bool ties_in_order = false) {
  return pipeline::CompareLoose({a.values, a.n}, {a.at, a.n}, {b.values, b.n}, {b.at, b.n}, k, ties_in_order);
}

}  // namespace

TEST_CASE("LooseSample keeps the smallest values of the grams that occur once, in order", "[pipeline]") {
  pipeline::Shingler sh({});
  std::mt19937 rng(5);
  auto words = Words(rng, 400);
  const Loose l = SampleOf(sh, Text(words), 48);
  REQUIRE(l.n == 48);
  CHECK(std::is_sorted(l.values, l.values + l.n));
  CHECK(std::adjacent_find(l.values, l.values + l.n) == l.values + l.n);
  // A word pair said twice is no longer in the sample; the rest stays.
  auto twice = words;
  twice.insert(twice.end(), words.begin(), words.begin() + 2);
  const Loose t = SampleOf(sh, Text(twice), 48);
  CHECK(t.n == 48);
  // The wide sample (pipeline::kWideSample) of the same text begins with the sample: the store
  // keeps the sample in memory and the wide sample's rest with the set (JoinWide).
  const Loose wide = SampleOf(sh, Text(words), 160);
  REQUIRE(wide.n == 160);
  CHECK(std::is_sorted(wide.values, wide.values + wide.n));
  CHECK(std::adjacent_find(wide.values, wide.values + wide.n) == wide.values + wide.n);
  CHECK(std::equal(l.values, l.values + l.n, wide.values));
  CHECK(std::equal(l.at, l.at + l.n, wide.at));
  // Too short a text gives fewer values than asked: no estimate from it.
  CHECK(SampleOf(sh, "one two three four", 48).n < 48);
  CHECK(Match(SampleOf(sh, "one two three four", 48), l, 48).jaccard < 0);
}

TEST_CASE("CompareLoose may count values in one place as in order", "[pipeline]") {
  // 160 values over a 300-word text: several share a place (1/256 of it). Strictly, those count
  // once, and the same text measures under 1; counted as in order, 1. The text's sentences in
  // another order stay out of order either way.
  pipeline::Shingler sh({});
  std::mt19937 rng(11);
  const auto words = Words(rng, 300);
  const Loose a = SampleOf(sh, Text(words), 160), b = SampleOf(sh, Text(words), 160);
  REQUIRE(a.n == 160);
  CHECK(Match(a, b, 160).order < 1.0);
  CHECK(Match(a, b, 160, true).order == 1.0);
  CHECK(Match(a, b, 160, true).shared == Match(a, b, 160).shared);
  std::vector<std::string> shuffled;
  for (size_t start : {200, 40, 120, 0, 280, 80, 160, 240})
    shuffled.insert(shuffled.end(), words.begin() + start, words.begin() + std::min<size_t>(start + 40, words.size()));
  const Loose c = SampleOf(sh, Text(shuffled), 160);
  CHECK(Match(a, c, 160, true).order < 0.7);
}

TEST_CASE("CompareLoose's blocks: a text with paragraphs moved is in blocks, the same either way round",
          "[pipeline]") {
  // A 400-word text and a copy with a third of its words replaced and two 40-word pieces moved:
  // out of order by the pieces moved, but nearly every shared value in a rising run of five or
  // more; the same words shuffled by fives are in no such run. `blocks` takes the smaller of the
  // two texts' orders, so it is the same whichever text comes first.
  pipeline::Shingler sh({});
  std::mt19937 rng(23);
  const auto words = Words(rng, 400);
  auto copy = words;
  for (auto& w : copy)
    if (rng() % 3 == 0) w = Word(rng);
  std::vector<std::string> moved(copy.begin() + 80, copy.begin() + 120);
  copy.erase(copy.begin() + 80, copy.begin() + 120);
  copy.insert(copy.end(), moved.begin(), moved.end());
  moved.assign(copy.begin() + 200, copy.begin() + 240);
  copy.erase(copy.begin() + 200, copy.begin() + 240);
  copy.insert(copy.begin(), moved.begin(), moved.end());
  const Loose a = SampleOf(sh, Text(words), 160), b = SampleOf(sh, Text(copy), 160);
  const pipeline::LooseMatch ab = Match(a, b, 160, true), ba = Match(b, a, 160, true);
  CHECK(ab.blocks == ba.blocks);
  CHECK(ab.order == ba.order);
  CHECK(ab.order < 0.85);
  CHECK(ab.blocks >= 0.9);
  std::vector<std::string> fives;
  for (size_t i = 0; i < 80; ++i) {
    const size_t at = (i * 37) % 80 * 5;
    fives.insert(fives.end(), words.begin() + at, words.begin() + at + 5);
  }
  const pipeline::LooseMatch f = Match(a, SampleOf(sh, Text(fives), 160), 160, true);
  CHECK(f.blocks < 0.5);
  CHECK(f.blocks == Match(SampleOf(sh, Text(fives), 160), a, 160, true).blocks);
}

TEST_CASE("CompareLoose tells a reworded text from a shuffled and from an unrelated one", "[pipeline]") {
  pipeline::Shingler sh({});
  std::mt19937 rng(7);
  const auto words = Words(rng, 500);
  const Loose source = SampleOf(sh, Text(words), 48);
  // The same text once more: everything shared, in order, all through both.
  const pipeline::LooseMatch same = Match(source, SampleOf(sh, Text(words), 48), 48);
  CHECK(same.jaccard == 1.0);
  CHECK(same.order > 0.9);  // two values in one place (1/256 of the text) count once
  CHECK(same.gap < 0.2);
  // A quarter of the words replaced in place: about a third of the loose grams shared, in order.
  auto reworded = words;
  for (size_t i = 0; i < reworded.size(); ++i)
    if (rng() % 4 == 0) reworded[i] = Word(rng);
  const pipeline::LooseMatch r = Match(source, SampleOf(sh, Text(reworded), 48), 48);
  CHECK(r.jaccard > 0.25);
  CHECK(r.order >= 0.85);  // reworded_order
  CHECK(r.gap < 0.3);
  // The same sentences in another order: shared, not in order.
  std::vector<std::string> shuffled;
  for (size_t start : {400, 80, 240, 0, 320, 160, 440, 40, 360, 200, 120, 280})
    shuffled.insert(shuffled.end(), words.begin() + start, words.begin() + std::min<size_t>(start + 40, words.size()));
  const pipeline::LooseMatch s = Match(source, SampleOf(sh, Text(shuffled), 48), 48);
  CHECK(s.jaccard > 0.5);
  CHECK(s.order < 0.7);
  // One paragraph of it inside an unrelated text: in order, but in one place of each.
  auto quoting = Words(rng, 500);
  quoting.insert(quoting.begin() + 200, words.begin() + 120, words.begin() + 200);
  const pipeline::LooseMatch q = Match(source, SampleOf(sh, Text(quoting), 48), 48);
  CHECK(q.gap > 0.3);
  // An unrelated text: next to nothing shared.
  CHECK(Match(source, SampleOf(sh, Text(Words(rng, 500)), 48), 48).jaccard < 0.1);
}

TEST_CASE("CompareLoose estimates how much of the smaller text the larger holds, and where", "[pipeline]") {
  pipeline::Shingler sh({});
  std::mt19937 rng(11);
  const auto words = Words(rng, 900);
  const Loose source = SampleOf(sh, Text(words), 48);
  // A third of it, word for word: its grams all in the source, all through it; in the source,
  // in one third (the widest stretch without a shared value: two thirds of it, the ends counted).
  const std::vector<std::string> third(words.begin() + 300, words.begin() + 600);
  const pipeline::LooseMatch t = Match(source, SampleOf(sh, Text(third), 48), 48);
  CHECK(t.shared >= 10);
  CHECK(t.contained > 0.9);
  CHECK(t.gap_small < 0.3);
  CHECK(t.gap > 0.3);
  CHECK(t.jaccard < 0.5);
  // The same both ways round.
  const pipeline::LooseMatch back = Match(SampleOf(sh, Text(third), 48), source, 48);
  CHECK(back.contained == t.contained);
  CHECK(back.gap_small == t.gap_small);
  // An unrelated text of the same size: next to nothing of it in the source.
  CHECK(Match(source, SampleOf(sh, Text(Words(rng, 300)), 48), 48).contained < 0.1);
  // Two texts of one size, sharing values in the same places of one of them (a pair of words
  // said in one 256th of the text): every measure the same whichever is first.
  for (unsigned every : {3u, 4u, 6u}) {
    auto reworded = words;
    for (size_t w = 0; w < reworded.size(); ++w)
      if (rng() % every == 0) reworded[w] = Word(rng);
    const Loose r = SampleOf(sh, Text(reworded), 48);
    const pipeline::LooseMatch ab = Match(source, r, 48), ba = Match(r, source, 48);
    INFO("one word in " << every << " replaced");
    CHECK(ab.shared == ba.shared);
    CHECK(ab.order == ba.order);
    CHECK(ab.gap == ba.gap);
    CHECK(ab.contained == ba.contained);
    CHECK(ab.gap_small == ba.gap_small);
  }
}

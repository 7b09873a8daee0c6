#include "pipeline/credit.h"

#include "corpus/ascii.h"
#include "normalizers/credit_line.h"

namespace copydesk::pipeline {

namespace {

using normalizers::CreditKind;
using normalizers::CreditMatch;

CreditEvidence InText(const CreditMatch& m, std::string_view paragraph, size_t offset) {
  CreditEvidence e;
  e.agency = m.agency;
  e.text = std::string(paragraph.substr(m.begin, m.end - m.begin));
  e.where = "text";
  e.begin = static_cast<int64_t>(offset + m.begin);
  e.end = static_cast<int64_t>(offset + m.end);
  return e;
}

// The agency a byline credits: named as the whole byline ("Reuters"), before a separator or at
// its end ("Jane Doe, Associated Press", "Noah Browning | Reuters", "By JANE DOE Associated
// Press", "Reuters and AFP") or before a job ("MICHAEL LIEDTKE AP Technology Writer", "Reuters
// staff"); not the first part of a name ("AP Singh", "Antara Ghosh": an agency's name then a
// word that is no job). Every agency the byline names is tried in turn. "" when none.
std::string BylineAgency(std::string_view byline) {
  if (!normalizers::NamesAnyAgency(byline)) return "";
  static const auto* jobs = new ascii::WordMap<bool>(
      {{"staff", true}, {"writer", true}, {"writers", true}, {"reporter", true}, {"reporters", true},
       {"correspondent", true}, {"correspondents", true}, {"photographer", true}, {"journalist", true},
       {"editor", true}, {"columnist", true}, {"producer", true}, {"analyst", true}, {"bureau", true},
       {"chief", true}, {"service", true}, {"wire", true}, {"team", true}, {"desk", true}},
      /*lower=*/true);
  // A separator: any byte that is no letter, digit or space (",", "|", "/", "•", "·", "(", ...).
  auto sep = [](char c) { return !ascii::IsAlpha(c) && !ascii::IsDigit(c) && c != ' ' && c != '_' &&
                                 !(static_cast<unsigned char>(c) >= 0xC0); };
  // (The one named first wins: "The Associated Press and Reuters" is AP's.)
  std::string found;
  size_t found_at = std::string_view::npos;
  for (const auto& a : normalizers::Agencies()) {
    for (const std::string& alias : a.aliases) {
      if (alias.empty()) continue;
      const std::string lower_alias = ascii::Lower(alias);
      for (size_t at = 0; at + alias.size() <= byline.size() && at < found_at; ++at) {
        if (!ascii::EqualsLower(byline.substr(at, alias.size()), lower_alias)) continue;
        const size_t e = at + alias.size();
        if ((at > 0 && ascii::IsWordByte(byline[at - 1])) || (e < byline.size() && ascii::IsWordByte(byline[e]))) continue;
        size_t r = e;
        while (r < byline.size() && byline[r] == ' ') ++r;
        const std::string_view rest = byline.substr(r);
        auto take = [&] {
          found = a.name;
          found_at = at;
        };
        if (rest.empty() || sep(rest[0]) || rest.starts_with("and ") || rest.starts_with("& ")) {
          take();
          break;
        }
        // Words up to the end or a separator: a job's title ends them ("AP Technology Writer").
        size_t end = 0;
        while (end < rest.size() && !sep(rest[end])) ++end;
        std::string_view words = rest.substr(0, end);
        while (!words.empty() && words.back() == ' ') words.remove_suffix(1);
        const size_t last = words.rfind(' ');
        const std::string_view final_word = last == std::string_view::npos ? words : words.substr(last + 1);
        if (jobs->Find(final_word) != nullptr) {
          take();
          break;
        }
      }
    }
  }
  return found;
}

}  // namespace

Credit FindCredit(const normalizers::NormalizedArticle& a) {
  Credit c;
  const auto& art = a.article;
  std::vector<CreditEvidence> named, unnamed;
  size_t offset = 0;  // `text` is the paragraphs joined by "\n\n"
  for (const std::string& p : art.paragraphs) {
    // Most paragraphs name no agency and hold no " by": one byte scan, no pattern.
    if (!normalizers::MayBeCreditLine(p)) {
      offset += p.size() + 2;
      continue;
    }
    CreditMatch line = normalizers::MatchCreditLine(p);
    if (line.kind == CreditKind::kStory) {
      (line.agency == "unnamed" ? unnamed : named).push_back(InText(line, p, offset));
    } else if (line.kind == CreditKind::kPhoto) {
      c.photo.push_back(InText(line, p, offset));
    } else if (normalizers::NamesAnyAgency(p)) {  // both forms need an agency: one scan, not two
      CreditMatch in = normalizers::FindInlineCredit(p);
      if (in.kind == CreditKind::kStory) named.push_back(InText(in, p, offset));
      CreditMatch photo = normalizers::FindPhotoCredit(p);
      if (photo.kind == CreditKind::kPhoto) c.photo.push_back(InText(photo, p, offset));
    }
    offset += p.size() + 2;
  }
  for (const auto& r : a.removed) {
    if (r.reason != "caption") continue;
    CreditMatch photo = normalizers::FindPhotoCredit(r.text);
    if (photo.kind != CreditKind::kPhoto) continue;
    CreditEvidence e;
    e.agency = photo.agency;
    e.text = r.text.substr(photo.begin, photo.end - photo.begin);
    e.where = "removed";
    c.photo.push_back(std::move(e));
  }
  auto take = [&](const CreditEvidence& e) {
    c.agency = e.agency;
    c.evidence = e.text;
    c.where = e.where;
    c.begin = e.begin;
    c.end = e.end;
    return c;
  };
  if (!named.empty()) return take(named.front());
  if (!art.dateline.empty()) {
    for (const auto& r : a.removed) {
      if (r.reason != "dateline") continue;
      std::string agency = normalizers::WireAgencyIn(r.text);
      if (!agency.empty()) return take({agency, r.text, "dateline", -1, -1});
    }
  }
  if (!unnamed.empty()) return take(unnamed.front());
  if (std::string agency = BylineAgency(art.byline); !agency.empty())
    return take({agency, art.byline, "byline", -1, -1});
  // A credit line the page set in a box of its own after the story ("<p class=credit>The
  // Associated Press contributed to this report.</p>"), cut from the text as not content
  // (html_extract's "credit-class", normalize.cc's "credit-line"): the whole block is the line.
  for (const auto& r : a.removed) {
    if (r.reason != "credit-line") continue;
    CreditMatch line = normalizers::MatchCreditLine(r.text);
    if (line.kind == CreditKind::kStory && line.agency != "unnamed")
      return take({line.agency, r.text.substr(line.begin, line.end - line.begin), "removed", -1, -1});
  }
  return c;
}

}  // namespace copydesk::pipeline

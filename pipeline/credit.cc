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

// The agency a byline credits: named as the whole byline ("Reuters", "Agence France-Presse"),
// after a separator ("Jane Doe, Associated Press", "Noah Browning | Reuters", "Jane Doe and
// Reuters") or before a role ("JANE DOE AP Business Writer", "Reuters staff"); not a name's part
// ("AP Singh", "Antara Ghosh", "Mena Lusa"). "" when none.
std::string BylineAgency(std::string_view byline) {
  const std::string agency = normalizers::WireAgencyIn(byline);
  if (agency.empty()) return agency;
  static const auto* roles = new ascii::WordMap<bool>(
      {{"staff", true}, {"writer", true}, {"writers", true}, {"reporter", true}, {"reporters", true},
       {"correspondent", true}, {"correspondents", true}, {"business", true}, {"news", true}, {"sports", true},
       {"photographer", true}, {"journalist", true}, {"editor", true}, {"bureau", true}, {"service", true},
       {"wire", true}, {"video", true}, {"medical", true}, {"science", true}, {"political", true},
       {"economics", true}, {"national", true}, {"chief", true}, {"white", true}},
      /*lower=*/true);
  auto sep = [](char c) { return c == ',' || c == '|' || c == '/' || c == '(' || c == ')' || c == ';' || c == '-'; };
  for (const auto& a : normalizers::Agencies()) {
    if (a.name != agency) continue;
    for (const std::string& alias : a.aliases) {
      for (size_t at = 0; alias.size() > 0 && at + alias.size() <= byline.size(); ++at) {
        if (!ascii::EqualsLower(byline.substr(at, alias.size()), ascii::Lower(alias))) continue;
        const size_t e = at + alias.size();
        if ((at > 0 && ascii::IsWordByte(byline[at - 1])) || (e < byline.size() && ascii::IsWordByte(byline[e]))) continue;
        // Left: the start, a separator, "and" or "for". Right: the end, a separator, or a role.
        size_t l = at;
        while (l > 0 && byline[l - 1] == ' ') --l;
        const std::string_view before = byline.substr(0, l);
        const bool left = l == 0 || sep(byline[l - 1]) || before.ends_with(" and") || before.ends_with(" for") ||
                          before.ends_with(" of");
        size_t r = e;
        while (r < byline.size() && byline[r] == ' ') ++r;
        size_t re = r;
        while (re < byline.size() && ascii::IsAlpha(byline[re])) ++re;
        const bool role = re > r && roles->Find(byline.substr(r, re - r)) != nullptr;
        const bool right = r == byline.size() || sep(byline[r]) || role;
        if (right && (left || role)) return agency;
      }
    }
  }
  return "";
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

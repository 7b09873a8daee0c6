#include "pipeline/credit.h"

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
      std::string lang;
      std::string agency = normalizers::DatelineAgency(r.text, &lang);
      // (A short name only as the normalizer credited it: over a story in its language.)
      if (!agency.empty() && (lang.empty() || art.credit == agency || art.credit.starts_with(agency + "; ")))
        return take({agency, r.text, "dateline", -1, -1});
    }
  }
  if (!unnamed.empty()) return take(unnamed.front());
  if (std::string agency = normalizers::BylineAgency(art.byline); !agency.empty())
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

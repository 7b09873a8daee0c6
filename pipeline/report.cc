#include "pipeline/report.h"

#include <re2/re2.h>
#include <xxhash.h>

#include <algorithm>

#include "normalizers/unwrap.h"

namespace copydesk::pipeline {

Credit FindCredit(const normalizers::NormalizedArticle& a) {
  Credit c;
  const auto& art = a.article;
  for (const std::string* field : {&art.credit, &art.dateline, &art.byline}) {
    std::string agency = normalizers::WireAgencyIn(*field);
    if (!agency.empty()) {
      c.agency = agency;
      c.evidence = *field;
      return c;
    }
  }
  static const RE2* phrase = new RE2(
      R"((\((?:Reuters|AP|AFP|Bloomberg|dpa|Xinhua)\)|\b(?:Reuters|AP|AFP|Bloomberg|Associated Press|Agence France-Presse|PA Media) (?:contributed|reported|with additional|reporting)|\b(?:Reporting|Additional reporting|Writing|Editing) by\b|\b(?:Source|Credit): (?:Reuters|AP|AFP|Bloomberg)\b))");
  for (const auto& p : art.paragraphs) {
    re2::StringPiece m;
    if (RE2::PartialMatch(p, *phrase, &m)) {
      c.agency = normalizers::WireAgencyIn(std::string(m.data(), m.size()));
      if (c.agency.empty()) c.agency = "unnamed";
      c.evidence = p.size() > 300 ? p.substr(0, 300) : p;
      return c;
    }
  }
  return c;
}

}  // namespace copydesk::pipeline

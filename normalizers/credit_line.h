// Credit lines: the lines by which an article names the agency it comes from ("— Reuters",
// "(With inputs from PTI)", "Copyright Thomson Reuters", "Reporting by ...; Editing by ...")
// or the agency of a photo ("AP Photo/Jane Roe", "Photo: Reuters"). The agencies and their
// spellings in other scripts are data: normalizers/agencies.txt, compiled in.
//
//   normalizers::CreditMatch m = normalizers::MatchCreditLine("(With inputs from Reuters)");
//   // m.kind == CreditKind::kStory, m.agency == "Reuters"
//   normalizers::MatchCreditLine("AP Photo/Jane Roe").kind == CreditKind::kPhoto;
//   normalizers::WireAgencyIn("路透社北京8月28日电") == "Reuters";
//
// The unwrapper and the boilerplate classifier keep every story credit line in the text; the
// article-level search (which line is the evidence, where) is pipeline/credit.h.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace copydesk::normalizers {

struct Agency {
  std::string name;                  // as reported: "Reuters", "AP", "AFP", ...
  std::vector<std::string> aliases;  // every spelling matched, the name first when it is one
  // Short names credited only as a dateline's agency over a story in the agency's language
  // ("OSLO (NTB) - Regjeringen ..."), written "(NTB) no" in agencies.txt: elsewhere they are as
  // often a party's, a ministry's, a province's or initials. Pairs of the alias and the language.
  std::vector<std::pair<std::string, std::string>> dateline_aliases;
};

// Returns the agencies of normalizers/agencies.txt, in file order.
const std::vector<Agency>& Agencies();

// Returns the agency a text names anywhere (whole words; CJK aliases inside words), or "".
std::string WireAgencyIn(std::string_view text);

// Returns the agency of a dateline ("MOSCOW, Aug 28 (Reuters) -", "OSLO (NTB) -"): one it names
// anywhere (WireAgencyIn), else the one whose dateline alias is the whole text of its last
// bracket, with the language its story must be in (ISO 639-1) in *language; "" when none.
std::string DatelineAgency(std::string_view dateline, std::string* language);

// The agency whose one-word name `word` is in small letters, as some sites set a wire's name in a
// dateline's bracket ("ap", "afp", "reuters"); "" for any other word, and for the names that are
// words or initials as often ("uni", "pa", "antara").
std::string SmallWireName(std::string_view word);

// Returns the agency a byline credits: named as the whole byline ("Reuters"), before a separator
// or at its end ("Jane Doe, Associated Press", "Noah Browning | Reuters", "By JANE DOE Associated
// Press", "Reuters and AFP") or before a job ("MICHAEL LIEDTKE AP Technology Writer", "Reuters
// staff"); not the first part of a name ("AP Singh", "Antara Ghosh": an agency's name then a
// word that is no job). The one named first wins. "" when none.
std::string BylineAgency(std::string_view byline);

enum class CreditKind { kNone, kStory, kPhoto };

struct CreditMatch {
  CreditKind kind = CreditKind::kNone;
  std::string agency;  // "unnamed" for "Reporting by ..." lines that name no agency
  size_t begin = 0;    // the credit's bytes in the searched text
  size_t end = 0;
};

// Returns what a whole short line (a paragraph of at most 40 words) credits: a story credit
// line, a photo credit, or nothing. Surrounding brackets and bullets are allowed.
CreditMatch MatchCreditLine(std::string_view line);

// Returns the first story credit inside a paragraph: an agency dateline "BEIJING (Xinhua) -",
// "(With inputs from IANS)", "Reuters contributed to this report", "... said. — AFP" (or "-") at its end.
CreditMatch FindInlineCredit(std::string_view paragraph);

// Returns the first photo credit inside a paragraph ("REUTERS/Maxim Shemetov", "AP Photo").
CreditMatch FindPhotoCredit(std::string_view paragraph);

// Returns true when `text` names an agency (as WireAgencyIn, without saying which).
bool NamesAnyAgency(std::string_view text);

// Returns false only when none of MatchCreditLine, FindInlineCredit and FindPhotoCredit can find
// anything in `text`: no agency alias occurs in it, nor " by". A byte scan, no pattern.
bool MayBeCreditLine(std::string_view text);

}  // namespace copydesk::normalizers

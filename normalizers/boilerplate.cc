#include "normalizers/boilerplate.h"

#include <re2/filtered_re2.h>
#include <re2/re2.h>
#include <re2/set.h>
#include <xxhash.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <memory>
#include <set>

#include "corpus/ascii.h"
#include "corpus/lazy.h"
#include "normalizers/credit_line.h"
#include "normalizers/text_shape.h"

namespace copydesk::normalizers {

namespace {

// The patterns, kept as text so that each can be both an RE2 and a member of an RE2::Set.
constexpr char kNavigationRe[] =
    R"((?i)^(?:fbpx|type to search|search|search for:?|menu|main menu|home|skip to (?:main )?content|exit mobile version|toggle navigation|close|back to top|share(?: this| on)?(?: article| story| post| facebook| twitter| x)?\.?|share via:?|leave a (?:comment|reply)|\d* ?comments?|print|email|tweet|whatsapp|advertisement|advert|sponsored(?: content)?|scroll to continue|continue reading|(?:to )?read the full (?:article|story)(?: here)?\.?|read more\.?|click here.{0,60}|follow us.{0,60}|(?:sign up|subscribe) (?:for|to) (?:our|the) .{0,40}newsletters?.{0,40}|you may also like:?|also see:?|also read:?|read also:?|see also:?|related(?: articles| stories| posts| news| coverage)?:?|more from .{1,40}|recommended(?: for you| stories)?:?|trending(?: now)?:?|most (?:read|popular|viewed):?|top stories:?|latest(?: news| stories)?:?|(?:previous|next) (?:article|post|story):?|tags?:.{0,80}|topics?:.{0,80}|filed under:?.{0,80}|copyright .{0,80}|© .{0,80}|all rights reserved\.?|(?:(?:by|von|par|por|di|door) [^|]{1,40}? )?(?:(?:estimated )?(?:reading time|read time|lesezeit|lesedauer|temps de lecture|tiempo de lectura|tempo di lettura|tempo de leitura|leestijd|czas czytania)\s*:?\s*(?:ca\.\s*|about\s*)?\d{1,3}\s*(?:min(?:ute)?s?|minuten|minutos?|minuti|minuty|minut)\.?|\d{1,3}\s*(?:min(?:ute)?s?|minuten|minutos?|minuti|minuty|minut)\.?\s*(?:read|reading time|lesezeit|lesedauer|de lectura|di lettura|de lecture|de leitura|leestijd|czytania))|(?:like|rate|share) this:?|like loading\.*|(?:(?:like|liken|gefällt mir|j'aime|me gusta|mi piace|curtir|vind ik leuk|lubię to|suka) )?(?:loading|lade|wird geladen|chargement|cargando|caricamento|carregando|laden|ładowanie|memuat) ?(?:\.{1,3}|…)|sharing is caring!?|order reprints|print (?:this )?(?:article|story|page)|text size|caption|by|(?:written|posted) by [^.]{1,40}|get short url|related tags|key points|this document is subject to copyright\..{0,300}|teilen|drucken|kommentare?|kommentar schreiben|weiterlesen|mehr lesen|-? ?anzeige ?-?|werbung|gefällt mir:?|teilen mit:?|bewerten:?|zum newsletter anmelden|newsletter abonnieren|nach oben|startseite|impressum|datenschutz(?:erklärung)?|alle rechte vorbehalten\.?|partager|imprimer|lire la suite|publicité|tous droits réservés\.?|accueil|rechercher|commentaires|compartir|imprimir|leer más|publicidad|todos los derechos reservados\.?|inicio|buscar|comentarios|condividi|stampa|leggi tutto|pubblicità|tutti i diritti riservati\.?|compartilhar|partilhar|leia mais|publicidade|todos os direitos reservados\.?|delen|lees meer|advertentie|alle rechten voorbehouden\.?|udostępnij|czytaj więcej|reklama|wszelkie prawa zastrzeżone\.?|(?:themen|schlagwörter|stichwörter|kategorien?|étiquettes|mots-clés|etiquetas|temas|tagi):.{0,80}|kommentare? (?:schreiben|geschlossen|lesen)|keine kommentare|(?:jetzt |mit freunden )?teilen!?|(?:möchten sie )?(?:den |diesen )?artikel (?:mit anderen )?teilen.{0,20}|bild anzeigen(?: bild schließen)?|ajouter un commentaire|aucun commentaire|(?:deja|dejar) un comentario|sin comentarios|iklan|bagikan(?: ini)?:?|(?:erstellt|der beitrag wurde) am\b.{0,300}\b(?:abgelegt|kategorisiert)\b.{0,300}|advertisement:|anzeige:|drukuj|(?:permalink|permalien)\b.{0,120}|this (?:entry|post) was posted (?:in|on)\b.{0,200}|bookmark the permalink\.?|was this (?:article|page|post|story) (?:helpful|useful)\??|war (?:der|dieser) (?:artikel|beitrag) (?:hilfreich|nützlich)\??|wie (?:bewerten|fanden) sie (?:diesen|den) (?:artikel|beitrag)\??|bewerten sie (?:diesen|dieses|den) (?:artikel|beitrag|produkt)|\(?noch keine bewertungen\)?|rate this (?:article|post|story)|about the authors?|über (?:den autor|die autorin)|à propos de l'auteur|sobre el autor|sobre o autor|schon gelesen\??|keine kommentare \(.{0,80}\)|sukai ini:?|reklam|payla[şs]|реклама|поделиться|комментарии|(?:weitere (?:informationen|infos)|mehr informationen|zum weiterlesen|weiterlesen|quellen(?:angaben)?|originalartikel|zusatzinformationen|kontakt|inhaltsverzeichnis|inhalt|table of contents|contents|sommaire|table des matières|índice|spis treści) ?:?|erschienen in|markiert mit|getaggt mit|tagged with:?|externer inhalt|vorschau auf den nächsten artikel|(?:nächster|vorheriger) (?:artikel|beitrag):?|\(?alle angaben ohne gewähr\.?\)?|pour lire la suite(?: de cet article)?(?:\.{3}|…)?)$)";
constexpr char kListHeadingRe[] =
    R"((?i)^(?:also see|also read|read also|see also|you may also like|related(?: articles| stories| posts| news| coverage)?|more from .{1,40}|recommended(?: for you| stories)?|trending(?: now)?|most (?:read|popular|viewed)|top stories|latest(?: news| stories)?|read more|more stories|more on this(?: story| topic)?|(?:more|other|our|the)(?: \S+){0,3} (?:stories|articles|posts|reads|news|coverage)|(?:latest|recent|popular|top|great) (?:stories|articles|posts|reads)|don'?t miss|explore further|elsewhere on .{1,40}|(?:what to )?read next|up next|next up|you (?:might|may) also (?:like|enjoy)|editor'?s picks|related(?: \S+){0,2}(?::.{0,60})?|in other news|more in .{1,40}|popular on .{1,40}|ähnliche (?:beiträge|artikel|themen)|verwandte (?:beiträge|artikel)|das könnte (?:sie|dich) auch interessieren|auch interessant|meistgelesene?(?: artikel| beiträge| nachrichten)?|weitere (?:artikel|beiträge|nachrichten|meldungen)|mehr zum thema|lesen sie auch|passend dazu|empfohlene (?:artikel|beiträge)|neueste (?:beiträge|artikel)|beliebte (?:beiträge|artikel)|articles (?:similaires|liés|connexes)|[àa] lire aussi|lire aussi|sur le même sujet|les plus lus|vous aimerez aussi|dans la même rubrique|(?:artículos|noticias) relacionad[oa]s|también te puede interesar|te puede interesar|lo más leído|más noticias|articoli correlati|leggi anche|potrebbe interessarti anche|i più letti|(?:artigos|notícias) relacionad[oa]s|mais lidas|você também pode gostar|veja também|leia também|gerelateerde artikelen|meest gelezen|lees ook|podobne artykuły|najczęściej czytane|zobacz (?:też|także)|czytaj (?:także|też)|baca juga|(?:berita|artikel) terkait|terkait|[iİ]lgili haberler|benzer haberler|читайте также|по теме|похожие (?:новости|статьи|материалы))\s*[:!]?$)";
// A link's lead-in and the linked title on one line: "ALSO SEE: Title", "PUEDES VER: Title",
// "À lire aussi » Title" (the guillemet is a straight quote by the time blocks are classified;
// "More" and "Related" take a colon only: 'More "Questions" for your opponent' is a line of the story).
constexpr char kInlineLinkRe[] =
    R"((?i)^(?:(?:read more|related|more)\s*:|(?:also see|also read|read also|see also|lesen sie auch|[àa] lire aussi|lire aussi|puedes ver|lee tambi.n|mira tambi.n|ver tambi.n|leggi anche|leia tamb.m|veja tamb.m|czytaj (?:tak.e|te.)|zobacz (?:tak.e|te.)|baca juga)\s*[:»"])\s*\S.{0,200}$)";
constexpr char kPaywallRe[] =
    R"((?i)\b(?:try (?:full|unlimited|digital) access|acc.der en illimit|unlock (?:their|our|full|unlimited|this)|subscribe (?:now|today|to continue|to read)|already (?:a subscriber|have an account)|sign in to (?:read|continue)|register (?:now )?(?:for free )?to (?:read|continue)|for free today|start (?:your|a) free trial|is (?:for|available to|reserved for) subscribers|subscription required|support (?:our|independent) journalism|become a (?:member|subscriber))\b)";
// Calls to the reader: sign up, subscribe, donate, accept cookies, change browser, share. Verbs
// that stories use too ("millions subscribe to it", "she joined us") count only as the block's
// first word, where a prompt puts them.
// Its letters outside ASCII are written as "." ("enth.lt", "suscr.bete"): the prefilter's atoms
// must be ASCII, or the set runs on every block (AtomScan; a test says so).
constexpr char kPromptRe[] =
    R"((?i)(?:\b(?:we|this (?:site|website)) uses? cookies\b|\bcookie (?:policy|settings|preferences)\b|\bby (?:using|browsing|continuing to (?:use|browse)) (?:this|our) (?:site|website)|\bprivacy policy\b.{0,80}\b(?:updated|agree|consent)\b|\b(?:updated|agree to|consent to) our privacy policy\b|\b(?:sign up|subscribe|register) (?:for|to|and get) (?:our|the|a) (?:\S+ ){0,3}(?:newsletters?|alerts|emails?|briefing|digest)\b|\bsign up (?:for|to) our\b|\bnewsletters?\b.{0,60}\b(?:inbox|sign up|subscribe)\b|\b(?:delivered|straight|sent) (?:to|in) your inbox\b|\bbreaking news alerts\b|^become a (?:patron|supporter|member|subscriber)\b|\bmake a (?:donation|contribution) (?:to|today|now)\b|\bsupport (?:our|independent) (?:work|journalism|reporting|newsroom)\b|\bwe have a proposition for you\b|\bupdate (?:to|your browser to) a (?:modern|newer|supported) browser\b|\bdetected (?:you are|that you're) (?:on|using)\b|\bturn off your ad ?blocker\b|^share (?:this|your thoughts)\b|^follow us on\b|\bfollow (?:us|him|her|them|me) on (?:twitter|facebook|instagram|linkedin|x|tiktok)\b|^(?:please )?subscribe to\b|\b(?:news|stories|newsletter|headlines|briefing|updates)\b[^.]{0,80}[,:—–-] ?delivered (?:to you )?(?:every |each )?(?:weekday|daily|weekly|morning|evening|day|week)s?\b|\bfor (?:personal|your personal), non-commercial use\b|^your (?:account|session|subscription|password|e-?mail(?: address)?|registration|profile|comment) (?:has been|was|is|will be|could not|cannot)\b|^(?:sorry,? |oops[!,.]? )?(?:an? )?(?:unexpected )?(?:error|problem) (?:has )?occurred(?:[.,!]|$)|^something went wrong\b|^thank you for (?:subscribing|signing up|registering|your (?:feedback|submission|interest|subscription|comment|vote|report))\b|^this (?:article|story|page|link) (?:has been|was) (?:sent|shared|e-?mailed)\b|^you(?: have|'ve| are| were) (?:now |successfully )?(?:subscribed|signed up|registered|logged (?:in|out)|signed (?:in|out))\b|^(?:stay|keep) (?:up[- ]to[- ]date|informed|in the loop) (?:on|with|about)\b|^(?:receive|get) our (?:\S+ ){0,2}newsletters?\b|^never miss\b.{0,80}\b(?:sign(?:ing)? up|subscrib\w*|newsletters?|apps?)\b|^for (?:the latest|more|breaking)\b[^.]{0,80}\bdownload (?:the|our)\b|^follow (?:\S+ ){1,4}on (?:twitter|facebook|instagram|linkedin|tiktok)\b|^to (?:view|read|see) the (?:full|whole|rest of the) (?:story|article)\b|^(?:we want to hear what you think|submit (?:a|your) letter to the editor)\b|^if you (?:enjoyed|liked) (?:reading )?this (?:post|article|story)\b|^this (?:post|article|page|story) (?:contains|may contain|includes) (?:affiliate links|references to products)\b|\badvertising disclos(?:ure|er)\b|\badvertising disclaimer\b|\bis not responsible for the (?:opinions|views)\b|^(?:jetzt )?(?:kostenlos )?registrieren und weiterlesen\b|^\W{0,2}(?:werbung|anzeige)\W{0,3}(?:dieser beitrag )?enth.lt (?:werbung|affiliate)|^dieser (?:beitrag|artikel) enth.lt (?:werbung|affiliate[- ]links)\b|^abonnieren sie (?:unseren|den) newsletter\b|^hazte (?:miembro|socio|suscriptor)\b|^(?:suscr.bete|.nete) (?:a|al|en) (?:nuestro|nuestra)\b|^abonnez-vous\b|\b(?:verwenden wir|wir verwenden|nutzen wir|wir nutzen) cookies\b|\b(?:webseite|website|seite) (?:verwendet|nutzt) cookies\b|\butilis(?:e|ons) des cookies\b|\butiliza(?:mos)? cookies\b|\bto follow this blog\b|\bum diesem blog zu folgen\b|^materia. chroniony prawem autorskim\b|\bn'engagent que (?:leurs?|son|ses) auteurs?\b|\bthe views (?:and opinions )?expressed (?:here |in this (?:article|post|column|blog) )?are (?:those of the authors?|the authors?'s? own|solely)\b|^you must be (?:logged|signed) in to (?:post a comment|comment|reply|leave a comment)\b|^sie (?:m.ssen|sind)\b[^.]{0,40}\b(?:eingeloggt|einloggen|angemeldet|anmelden)\b|^get the latest\b[^.]{0,80}\b(?:app|inbox|phone|newsletter|alerts)\b|\bsign up here\b|\bsuscr.birse (?:aqu. )?a nuestr[oa]\b|\bunser(?:en|em) (?:\S+)?newsletter\b|\bin (?:deinen|(?-i:Ihren)) posteingang\b|\bin (?:dein|(?-i:Ihr)) postfach\b|^inscrivez-vous \S+ (?:notre|la) newsletter\b|\b(?:unsere|our) netiquette\b|^sie lesen gern\b|^gef.llt (?:dir|ihnen) unser\b|\bwesprzyj nas\b|^unterst.tze (?:\S+ ){1,3}(?:ab|mit) \d|\bhier klicken und\b|^unterst.tzen sie unabh.ngigen journalismus\b|\b(?:our|nuestro|unser(?:en|em)?) (?:canal de (?:youtube|telegram|whatsapp)|(?:youtube|telegram|whatsapp)[- ](?:channel|kanal))\b|\bcanal de (?:youtube|telegram|whatsapp)\b.{0,60}(?:.nete|s.guenos|suscr.bete)|\b(?:whatsapp|telegram)-kanal abonnieren\b|^zapraszamy (?:\S+ )?do subskrypcji\b|^(?:we respect your privacy|wir respektieren (?:deine|ihre) privatsph.re)\b|\berhalten sie exklusive (?:angebote|vorteile)\b))";
// An affiliate or advertising disclosure ("We may earn a commission when you buy through links",
// "As an Amazon Associate I earn from qualifying purchases"): one of the prompts (PromptPattern),
// and a prompt up to 80 words when it is one of these (disclosures run longer than other prompts).
constexpr char kDisclosureRe[] =
    R"((?i)(?:\b(?:we|i) may (?:receive|earn) (?:a )?(?:small )?(?:compensation|commissions?|affiliate commissions?|share of (?:the )?(?:sales|revenue))\b[^.]{0,80}\b(?:links?|click|purchases?|buy|products?|partners?|advertisers?|visit)|\bas an amazon associate\b|\b(?:contains|includes|may contain) affiliate links\b|\badvertisers? (?:do(?:es)? not|don't) influence\b))";
// A reporting clause: a block that holds one reports what someone said ("..., the ministry
// said", "sagte ein Sprecher", "a annoncé le ministre", "dijo"), and is the story's, whatever
// prompt, paywall, notice or caption words it quotes. Tested only on blocks those matched.
constexpr char kReportedRe[] =
    R"((?i)(?:^|[^\p{L}])(?:said|says|told|sagte|sagten|erkl(?:ä|ae)rte|betonte|a (?:d(?:é|e)clar(?:é|e)|annonc(?:é|e)|affirm(?:é|e)|expliqu(?:é|e)|indiqu(?:é|e)|dit)|dijo|afirm(?:ó|o)|explic(?:ó|o)|declar(?:ó|o)|se(?:ñ|n)al(?:ó|o)|ha (?:detto|dichiarato)|powiedzia(?:ł|l)a?|zei|disse|afirmou)(?:$|[^\p{L}]))";
// A notice about the page rather than the story: a server's error message left in the page
// ("Warning: ... in /www/wp-includes/x.php on line 407"), a licence line ("Leena Simon, CC-BY 4.0",
// "Dieser Text ... unter der Lizenz CC-BY-NC-ND"), a suggested citation. Blocks of up to 40 words.
constexpr char kNoticeRe[] =
    R"((?i)(?:^(?:php )?(?:warning|notice|deprecated|strict standards|(?:catchable )?fatal error|parse error)\s*:.{0,400}? (?:in|at) (?:/|[a-z]:\\)\S*\.php(?: on line |:)\d+|\b(?:cc-by|(?-i:CC BY))(?:[- ](?:sa|nc|nd))*(?:[- ]\d\.\d)?\b|\bcc by(?:(?:[- ](?:sa|nc|nd))+|[- ]\d\.\d)\b|\blicen[cs]ed under (?:a |the )?creative commons\b|^(?:suggested citation|how to cite this|cite this (?:article|post|page|paper) ?:|empfohlene zitierweise|zitiervorschlag|pour citer (?:cet|ce) )))";
// A relative publication time alone on its line: "Updated an hour ago", "Published 5 mins ago".
constexpr char kRelativeDateRe[] =
    R"((?i)^(?:(?:published|updated|posted|modified|last updated)\s*:?\s*)?(?:(?:an?|one|a few|several|\d+)\s*(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|h|m|days?|d|weeks?|months?|years?) ago|just now|moments? ago)\.?$)";
// A line of publication metadata: dates, times, "Published", "Updated", "By <Name>", "5 min read",
// in English, German, French, Spanish, Italian, Portuguese, Dutch and Polish. (RE2's \b is ASCII's:
// a word ending in a letter outside ASCII is written without it.)
constexpr char kMonthRe[] =
    R"((?i)\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|januar|jänner|februar|märz|mai|juni|juli|oktober|dezember|janvier|février|fevrier|mars|avril|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|dezembro|januari|februari|maart|mei|augustus|stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia)\.?\b)";
constexpr char kDateTokenRe[] =
    R"((?i)(?:\b\d{1,2}(?:st|nd|rd|th)?\b|\b(?:19|20)\d\d\b|\b\d{1,2}:\d\d(?::\d\d)?\b|\b\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b|\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b|\b[ap]\.m\.|\b(?:am|pm|gmt|utc|et|est|edt|pt|pst|pdt|bst|cet|cest|ist|jst)\b|\b(?:published|updated|posted|modified|last|original|originally|on|at|by|and|written|min|mins|minutes?|read|reading|time|ago|hours?|days?|today|yesterday|date|release)\b|\b\d{1,2}h\d\d\b|\b(?:veröffentlicht|verfasst|aktualisiert|zuletzt|geändert|erstellt|am|um|uhr|von|stand|datum|lesezeit|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|mis \S{1,2} jour|le|par|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|publicado|actualizado|el|a las|por|de|lunes|martes|jueves|viernes|domingo|hace|pubblicato|aggiornato|ultima modifica|il|alle|ore|di|da|sabato|domenica|atualizado|em|gepubliceerd|bijgewerkt|op|om|door|laatst|opublikowano|aktualizacja|zaktualizowano|dnia|godz|o)\b|\b(?:publi|modifi)(?:é|e)e?s?|\bmi.rcoles\b|\bs.bado\b|\b(?:lune|marte|mercole|giove|vener)d(?:ì|i)|[|•·,/:()\-–—@]))";
constexpr char kBioRe[] =
    R"(^(?:\p{Lu}[\p{L}'.-]+ ){1,3}(?:is|was|has been|covers|writes|joined|leads|serves)\b.{0,160}\b(?i:journalist|reporter|editor|correspondent|writer|columnist|contributor|author|producer|covers|based in|curator|analyst|founder|educator|blogger|photographer|host|anchor|native|lives|living|joined|has been reporting|has written)\b)";
// (An agency's photo credit: "REUTERS/Name" anywhere; "Reuters/First Last" only ending the block,
// after a sentence's end, a bracket or a dash, so that "a Reuters/Ipsos poll found" and "the latest
// Reuters/Ipsos Poll." stay.)
constexpr char kCaptionCreditRe[] =
    R"((?i)(?:\b(?:photo|photograph|image|picture|file photo|credit|photo credit)s?\s*:\s*\S.{0,80}$|\bgetty images\b|\bvia getty\b|\bshutterstock\b|\bap photo\b|\b(?-i:REUTERS)/[A-Z]|(?:^|[.(]\s?|\s[-|–]\s)reuters/(?-i:\p{Lu}[\p{L}'.-]*(?:\s\p{Lu}[\p{L}'.-]*){1,3}(?:\s?/\s?\p{Lu}[\p{L} ]{0,20})?)\)?\.?$|\bafp via\b|\b(?:photo|image) by\b|^\(?(?:image|photo) copyright\b|\bphotos? ©))";
// A photo credit line in other languages: "Foto: Name", "Beitragsbild: ...", "Crédit photo :
// Name" (the whole block: a story sentence ending in "(Symbolbild: Name)" stays). Whole-block,
// as the short words would give the anywhere-set's prefilter no atom.
constexpr char kCaptionLineRe[] =
    R"((?i)(?:fotos?|bild(?:er|quelle|nachweis)?|(?:titel|beitrags|header|symbol)bild|fotonachweis|zdjęcie|zdjęcia|crédits? photos?|créditos?(?: de (?:la )?fotos?)?)\s*:\s*\S.{0,80}|(?:vergrößern|enlarge this image) \S.{0,300})";
// A source line under a story or a picture: "Quelle: Landesregierung", "(Fuente: Name)", with no
// sentence after it ("(Quelle: Bundesamt) Die Inflation lag ..." is the story's). (The line
// above it stays: it is no image's alt text.)
constexpr char kSourceLineRe[] =
    R"((?i)(?:quelle|fuente)\s*:\s*\S.{0,80}|\((?:quelle|fuente)\s*:\s*[^\s)][^)]{0,80}\)\.?)";
// A figure's caption: "Figure 3: ...", "Abbildung: ...". (The figure above it, code or a table, stays.)
constexpr char kFigureCaptionRe[] = R"((?i)(?:abbildung|abb\.|figure|fig\.)(?: \d{1,3}[a-z]?)?\s*:\s*\S.{0,300})";
// Checks outside the sets: each has no string of 5 bytes a match must hold, so the sets'
// prefilter (LooseSet) could not rule a block out with it in a set. Each runs behind a cheap test.
// A photo credit ending a block: "(Jane Doe/Reuters)"; tested on blocks ending ")" or ").".
constexpr char kAgencyCaptionRe[] = R"(\(\p{Lu}[\p{L}.&' -]*(?:/ ?\p{Lu}[\p{L}.&' -]*)+\)\.?$)";
// A photo's credit ending a block after a copyright sign: "Chloe Kim will es wissen. © AFP / KIRILL
// KUDRYAVTSEV", "Blick auf die Stadt © Tourismus GmbH / Ann Poe" (no sentence after the sign);
// tested on blocks holding the sign.
constexpr char kCopyrightCaptionRe[] = R"(©[^©.!?:]{1,80}$)";
// A prompt opening with its verb: "Subscribe now", "Please donate", "Join us"; tested on blocks
// opening with one of the verbs (IsPromptOpener).
constexpr const char* kPromptVerbs[] = {"subscribe", "donate", "sign up", "register", "join"};
constexpr char kPromptOpenerTail[] = R"((?:[.!]?$| (?:now|today|here|for free|us|our|and (?:get|save|support))\b))";

// Whole-block patterns, tested together (one anchored DFA run per block).
enum Whole { kNavigation = 0, kListHeading, kInlineLink, kRelativeDate, kCaptionLine, kFigureCaption, kSourceLine };
// Patterns found anywhere in a block, tested together (one scan per block).
enum Anywhere { kPaywall = 0, kCaptionCredit, kPrompt, kNotice };

// Returns `pattern` with its bounded runs of any character unbounded (`.{0,N}` -> `.*`,
// `.{1,N}` -> `.+`, `[^.]{1,N}` -> `[^.]+`), and in `*bound` the smallest N (SIZE_MAX: none).
// The loose pattern matches every text the pattern matches, and a text of at most `*bound`
// bytes exactly when the pattern does (no run in it can be longer than the bound).
std::string Loosen(std::string_view pattern, size_t* bound) {
  *bound = SIZE_MAX;
  std::string out;
  size_t i = 0;
  while (i < pattern.size()) {
    const char c = pattern[i];
    if (c == '\\') {  // an escape: copied as is
      out.append(pattern.substr(i, 2));
      i += 2;
      continue;
    }
    bool any = false;  // the atom just copied is `.` or `[^.]`
    if (c == '[') {
      size_t j = i + 1;
      if (j < pattern.size() && pattern[j] == '^') ++j;
      if (j < pattern.size() && pattern[j] == ']') ++j;  // a leading ']' is literal
      while (j < pattern.size() && pattern[j] != ']') j += pattern[j] == '\\' ? 2 : 1;
      const std::string_view cls = pattern.substr(i, j + 1 - i);
      out.append(cls);
      any = cls == "[^.]";
      i = j + 1;
    } else {
      out.push_back(c);
      any = c == '.';
      ++i;
    }
    if (!any || i + 4 > pattern.size() || pattern[i] != '{' || (pattern[i + 1] != '0' && pattern[i + 1] != '1') ||
        pattern[i + 2] != ',')
      continue;
    size_t j = i + 3, n = 0;
    while (j < pattern.size() && pattern[j] >= '0' && pattern[j] <= '9') n = n * 10 + static_cast<size_t>(pattern[j++] - '0');
    if (j == i + 3 || j >= pattern.size() || pattern[j] != '}' || (j + 1 < pattern.size() && pattern[j + 1] == '?'))
      continue;  // not a greedy {0,N} or {1,N}: left as it is
    out.push_back(pattern[i + 1] == '0' ? '*' : '+');
    *bound = std::min(*bound, n);
    i = j + 1;
  }
  return out;
}

// Returns the end of the element of `pattern` at `i` when it is a character class or an escape
// (they may hold '(', ')' and '|' as themselves), else i + 1.
size_t SkipAtom(std::string_view pattern, size_t i) {
  if (pattern[i] == '\\') return i + 2;
  if (pattern[i] != '[') return i + 1;
  size_t j = i + 1;
  if (j < pattern.size() && pattern[j] == '^') ++j;
  if (j < pattern.size() && pattern[j] == ']') ++j;
  while (j < pattern.size() && pattern[j] != ']') j += pattern[j] == '\\' ? 2 : 1;
  return j + 1;
}

// Returns the alternatives of a pattern shaped `(?flags)^(?:A|B|...)T` (flags and ^ optional, T
// any tail) as patterns of their own, `(?flags)^(?:A)T` ...: together they match what the
// pattern matches. Any other pattern is returned whole.
std::vector<std::string> Alternatives(std::string_view pattern) {
  size_t i = 0;
  if (pattern.starts_with("(?") && pattern.size() > 2 && pattern[2] != ':') i = pattern.find(')') + 1;
  if (i < pattern.size() && pattern[i] == '^') ++i;
  if (pattern.substr(i, 3) != "(?:") return {std::string(pattern)};
  const std::string_view head = pattern.substr(0, i + 3);
  std::vector<size_t> bars;
  size_t j = i + 3;
  int depth = 0;
  for (; j < pattern.size(); j = SkipAtom(pattern, j)) {
    const char c = pattern[j];
    if (c == '(') ++depth;
    if (c == ')' && depth-- == 0) break;
    if (c == '|' && depth == 0) bars.push_back(j);
  }
  if (j >= pattern.size()) return {std::string(pattern)};
  const std::string_view tail = pattern.substr(j);
  std::vector<std::string> out;
  size_t from = i + 3;
  bars.push_back(j);
  for (size_t bar : bars) {
    out.push_back(std::string(head) + std::string(pattern.substr(from, bar - from)) + std::string(tail));
    from = bar + 1;
  }
  return out;
}

// Finds which of a list of strings (RE2 prefilter atoms: lower case, 5 bytes or more) occur in a
// text, as RE2's FilteredRE2 expects them to be found: in the text lower-cased. A superset is
// fine (the prefilter only says which patterns could match); a miss is not. Bytes are compared
// with bit 5 set (ASCII letters in lower case; two bytes that are equal stay equal). A string of
// 5 bytes or more holds the 4 bytes at an even offset of the text at its offset 0 or 1, so only
// the 4 bytes at even offsets are looked up (a hash and a bit of an 8 KiB table each): ~0.6 ns
// a byte, where RE2's DFA over the patterns costs ~1.5.
class AtomScan {
 public:
  explicit AtomScan(const std::vector<std::string>& atoms) : atoms_(atoms) {
    bits_.assign(kTableBits / 64, 0);
    for (size_t id = 0; id < atoms.size(); ++id) {
      const std::string& a = atoms[id];
      // Always "found" (there are none today): a short atom, and one with a non-ASCII byte,
      // whose other cases an ASCII lower case would not bring to it.
      if (a.size() < 5 || !IsAsciiText(a)) {
        always_.push_back(static_cast<int>(id));
        continue;
      }
      for (uint32_t off = 0; off < 2; ++off) {
        const uint32_t key = Key(a.data() + off);
        bits_[Slot(key) / 64] |= uint64_t{1} << (Slot(key) % 64);
        by_key_.push_back({key, static_cast<int>(id), off});
      }
    }
    std::sort(by_key_.begin(), by_key_.end(), [](const Entry& x, const Entry& y) { return x.key < y.key; });
  }

  // True when no atom is "found" in every block.
  bool complete() const { return always_.empty(); }

  // Sets *found to the ids of the atoms in `s` (sorted, unique; and perhaps some not in it).
  void Find(std::string_view s, std::vector<int>* found) const {
    found->assign(always_.begin(), always_.end());
    const size_t n = s.size();
    for (size_t p = 0; p + 4 <= n; p += 2) {
      const uint32_t key = Key(s.data() + p);
      const uint32_t slot = Slot(key);
      if (((bits_[slot / 64] >> (slot % 64)) & 1u) == 0) continue;
      auto it = std::lower_bound(by_key_.begin(), by_key_.end(), key,
                                 [](const Entry& e, uint32_t k) { return e.key < k; });
      for (; it != by_key_.end() && it->key == key; ++it) {
        if (p < it->offset) continue;
        const size_t b = p - it->offset;
        const std::string& a = atoms_[static_cast<size_t>(it->atom)];
        if (a.size() > n - b) continue;
        size_t k = 0;
        while (k < a.size() && (static_cast<unsigned char>(s[b + k]) | 0x20u) == (static_cast<unsigned char>(a[k]) | 0x20u))
          ++k;
        if (k == a.size()) found->push_back(it->atom);
      }
    }
    std::sort(found->begin(), found->end());
    found->erase(std::unique(found->begin(), found->end()), found->end());
  }

 private:
  struct Entry {
    uint32_t key;  // 4 bytes of the atom, bit 5 set in each
    int atom;
    uint32_t offset;  // of those bytes in the atom: 0 or 1
  };
  static constexpr uint32_t kTableBits = 1u << 16;
  static uint32_t Key(const char* p) {
    uint32_t w;
    std::memcpy(&w, p, 4);
    return w | 0x20202020u;
  }
  static uint32_t Slot(uint32_t key) { return (key * 0x9E3779B1u) >> 16; }
  std::vector<std::string> atoms_;
  std::vector<uint64_t> bits_;
  std::vector<Entry> by_key_;
  std::vector<int> always_;
};

// True when `t` holds the Kelvin sign or the long s, which a case-insensitive pattern takes for k
// and s, and an ASCII lower case does not (NFKC text holds neither).
bool HasAsciiFoldingLookalike(std::string_view t) {
  return t.find("\xE2\x84\xAA") != std::string_view::npos || t.find("\xC5\xBF") != std::string_view::npos;
}

// A set of patterns compiled loose (Loosen): bounded runs of any character cost RE2 a copy of
// the character's program per count (`.{0,300}`: 300 copies), which made the two sets of this
// file ~10 ms of compiling in every process. Each alternative of a pattern is an entry of its
// own; a block an entry's loose form matches is checked against the entry's exact form only
// when it is longer than the entry's smallest bound, and that form (one alternative: a small
// program) is compiled on the first such block.
//
// An unanchored set reads every byte of a block (~1.5 ns a byte) and almost no block matches, so
// it can be given a Prefilter: RE2's FilteredRE2 reads from each loose entry the strings a match
// must hold (its atoms, with their ANDs and ORs), AtomScan finds which atoms a block holds, and
// the set runs only on a block some entry could match. Every entry must have atoms (of 5 bytes
// or more): should the patterns change so that one has none, the set runs on every block, as
// without a prefilter (a test says so).
class LooseSet {
 public:
  LooseSet(RE2::Anchor anchor, std::initializer_list<const char*> patterns, bool prefilter = false)
      : anchor_(anchor), loose_(RE2::DefaultOptions, anchor) {
    unsigned bit = 0;
    std::vector<std::string> loose_forms;
    for (const char* p : patterns) {
      for (std::string& alternative : Alternatives(p)) {
        size_t bound = SIZE_MAX;
        loose_forms.push_back(Loosen(alternative, &bound));
        loose_.Add(loose_forms.back(), nullptr);
        entries_.push_back({bit, bound, std::make_unique<corpus::Lazy<RE2>>([alternative] {
                              return std::make_unique<RE2>(alternative);
                            })});
      }
      ++bit;
    }
    loose_.Compile();
    if (prefilter && anchor == RE2::UNANCHORED) {
      auto filter = std::make_unique<re2::FilteredRE2>(5);
      for (const std::string& f : loose_forms) {
        int id = 0;
        if (filter->Add(f, RE2::DefaultOptions, &id) != RE2::NoError) return;
      }
      std::vector<std::string> atoms;
      filter->Compile(&atoms);
      std::vector<int> none, unfiltered;
      filter->AllPotentials(none, &unfiltered);
      if (!unfiltered.empty()) return;  // an entry no atom can rule out
      filter_ = std::move(filter);
      atom_scan_ = std::make_unique<AtomScan>(atoms);
    }
  }

  // True when the prefilter can rule blocks out: it exists and every atom is one AtomScan looks
  // for (an atom with a byte outside ASCII would be "found" in every block).
  bool prefiltered() const { return filter_ != nullptr && atom_scan_->complete(); }

  // Returns a bit per matching pattern (bit i: pattern i), as one RE2::Set of them would.
  unsigned Match(std::string_view s) const {
    if (filter_ != nullptr && !CouldMatch(s)) return 0;
    std::vector<int> v;
    if (!loose_.Match(re2::StringPiece(s.data(), s.size()), &v)) return 0;
    std::sort(v.begin(), v.end());
    unsigned bits = 0;
    for (int i : v) {
      const Entry& e = entries_[static_cast<size_t>(i)];
      if ((bits >> e.bit) & 1u) continue;
      if (s.size() > e.bound) {
        const re2::StringPiece in(s.data(), s.size());
        const RE2& exact = **e.exact;
        if (anchor_ == RE2::ANCHOR_BOTH ? !RE2::FullMatch(in, exact) : !RE2::PartialMatch(in, exact)) continue;
      }
      bits |= 1u << e.bit;
    }
    return bits;
  }

 private:
  // False only when no entry can match `s`.
  bool CouldMatch(std::string_view s) const {
    if (HasAsciiFoldingLookalike(s)) return true;
    thread_local std::vector<int> found, potential;  // reused block after block
    atom_scan_->Find(s, &found);
    filter_->AllPotentials(found, &potential);
    return !potential.empty();
  }

  struct Entry {
    unsigned bit;   // the pattern it is an alternative of
    size_t bound;   // its smallest bound (Loosen)
    std::unique_ptr<corpus::Lazy<RE2>> exact;
  };
  RE2::Anchor anchor_;
  RE2::Set loose_;
  std::vector<Entry> entries_;
  std::unique_ptr<re2::FilteredRE2> filter_;  // when prefiltered: the loose entries, by index
  std::unique_ptr<AtomScan> atom_scan_;
};

// The prompts' pattern: kPromptRe's alternatives and kDisclosureRe's, both "(?i)(?:...)".
const std::string& PromptPattern() {
  static const std::string p = [] {
    constexpr std::string_view prompt = kPromptRe, disclosure = kDisclosureRe, open = "(?i)(?:";
    static_assert(prompt.starts_with(open) && prompt.ends_with(')') && disclosure.starts_with(open));
    return std::string(prompt.substr(0, prompt.size() - 1)) + "|" + std::string(disclosure.substr(open.size()));
  }();
  return p;
}

// The prompt opener's pattern: kPromptVerbs after an optional "please ", then kPromptOpenerTail.
std::string PromptOpenerPattern() {
  std::string p = "(?i)^(?:please )?(?:";
  const char* bar = "";
  for (const char* v : kPromptVerbs) {
    p += bar;
    p += v;
    bar = "|";
  }
  return p + ")" + kPromptOpenerTail;
}

// The bio pattern (Unicode letter classes) is compiled on its own, when a block first needs it:
// in the `anywhere` set it cost ~4 ms of compiling in every process, alone it costs ~2 ms.
struct Patterns {
  LooseSet whole{RE2::ANCHOR_BOTH, {kNavigationRe, kListHeadingRe, kInlineLinkRe, kRelativeDateRe, kCaptionLineRe, kFigureCaptionRe, kSourceLineRe}};
  LooseSet anywhere{RE2::UNANCHORED, {kPaywallRe, kCaptionCreditRe, PromptPattern().c_str(), kNoticeRe}, /*prefilter=*/true};
  RE2 agency_caption{kAgencyCaptionRe};
  RE2 copyright_caption{kCopyrightCaptionRe};
  RE2 prompt_opener{PromptOpenerPattern()};
  corpus::Lazy<RE2> disclosure{[] { return std::make_unique<RE2>(kDisclosureRe); }};
  corpus::Lazy<RE2> bio{[] { return std::make_unique<RE2>(kBioRe); }};
  corpus::Lazy<RE2> reported{[] { return std::make_unique<RE2>(kReportedRe); }};
  RE2 month{kMonthRe};
  RE2 date_token{kDateTokenRe};
  // A day, month and year (or year, month and day): "158-23-2012" is a telephone number.
  RE2 numeric_date{R"(\b(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}[./-]\d{1,2}[./-]\d{1,2}|\d{1,2}:\d\d)\b)"};
};

// Returns true when `word` stands in `t`, as a word of its own, right after "by", "von", "par",
// "por" or "door" (and a colon): a user name, which may be written in lower case ("Posted on
// May 2, 2019 by ted": not the "ted" of "Posted").
bool AfterAuthorWord(std::string_view t, std::string_view word) {
  if (word.empty()) return false;
  auto word_byte = [](char c) { return static_cast<unsigned char>(c) >= 0x80 || ascii::IsWordByte(c); };
  for (size_t at = t.find(word); at != std::string_view::npos; at = t.find(word, at + 1)) {
    const size_t end = at + word.size();
    if ((at > 0 && word_byte(t[at - 1])) || (end < t.size() && word_byte(t[end])))
      continue;
    std::string_view before = Trim(t.substr(0, at));
    if (before.ends_with(':')) before = Trim(before.substr(0, before.size() - 1));
    const size_t space = before.find_last_of(' ');
    const std::string_view by = before.substr(space == std::string_view::npos ? 0 : space + 1);
    for (std::string_view w : {"by", "von", "par", "por", "door"})
      if (ascii::EqualsLower(by, w)) return true;
  }
  return false;
}

// Returns true when `t` is a line of publication metadata: a date or a time, with at most the
// words "Published", "Updated", "By" and a name of up to four capitalized words around it
// ("Nov 18, 2019 at 9:24 pm ET - 2 min read", "By Ann Lee on Monday, November 18th, 2019").
bool IsDateLine(std::string_view t, const Patterns& pat, size_t words) {
  if (words > 24 || words == 0 || t.find_first_of("0123456789") == std::string_view::npos) return false;
  re2::StringPiece in(t.data(), t.size());
  // A date for certain: a month name with a number (`t` has a digit), a numeric date, or a clock
  // time. (An embedded post's signature, "- Name (@handle) May 2, 2019", is the post's, not the
  // page's.)
  if (!RE2::PartialMatch(in, pat.month) && !RE2::PartialMatch(in, pat.numeric_date)) return false;
  if (t.find("(@") != std::string_view::npos) return false;
  std::string rest(t);
  RE2::GlobalReplace(&rest, pat.month, " ");
  const int removed = RE2::GlobalReplace(&rest, pat.date_token, " ");
  if (removed == 0) return false;
  // What is left must be a name at most: capitalized words, or one word alone (a user name:
  // "Verfasst von: mitundvoneinander | 31. Dezember 2008", "Posted on May 2, 2019 by admin").
  size_t left = 0, lower = 0, words_left = 0;  // (words_left: the tokens that are not punctuation)
  std::string_view word;                         // the last of them
  size_t i = 0;
  while (i < rest.size()) {
    while (i < rest.size() && rest[i] == ' ') ++i;
    if (i >= rest.size()) break;
    size_t j = i;
    while (j < rest.size() && rest[j] != ' ') ++j;
    ++left;
    unsigned char c = static_cast<unsigned char>(rest[i]);
    if (c >= 'a' && c <= 'z') ++lower;
    if (c >= 0x80 || ascii::IsAlpha(static_cast<char>(c)) || ascii::IsDigit(static_cast<char>(c))) {
      ++words_left;
      word = std::string_view(rest).substr(i, j - i);
    }
    i = j;
  }
  return left <= 4 && (lower == 0 || (words_left == 1 && AfterAuthorWord(t, word)));
}

// A line of short items set apart by " | " of which one is page furniture on its own ("Kommentarfeed
// | Kommentare geschlossen | Trackback-URL", "IMPRESSUM | DATENSCHUTZ | ..."): the page's
// meta line or footer. Every item is at most six words, so a sentence holding a bar stays.
bool IsBarredNavigation(std::string_view t, const Patterns& pat) {
  if (t.find(" | ") == std::string_view::npos) return false;
  bool furniture = false;
  size_t items = 0;
  for (size_t from = 0; from <= t.size();) {
    size_t bar = t.find('|', from);
    if (bar == std::string_view::npos) bar = t.size();
    const std::string_view item = Trim(t.substr(from, bar - from));
    from = bar + 1;
    if (item.empty()) continue;
    ++items;
    if (CountWords(item, 7) > 6) return false;
    furniture = furniture || ((pat.whole.Match(item) >> kNavigation) & 1u) != 0;
  }
  return items >= 2 && furniture;
}

// Each thread's own (corpus::PerThread): no RE2 shared between the workers.
const Patterns& P() { return corpus::PerThread<Patterns>(); }

// Returns true when `t` is written with look-alike letters, as spam is to get past filters: at
// least 3 words, and a sixth of its words, mix Latin letters with Greek or Cyrillic ones
// ("Аdvеrtіѕе wіth us", its "А", "е" and "і" Cyrillic). A word here is a run of letters, so
// "IT-компания" is two words, each of one script. Combining marks (a Russian text's stress
// accents, "За́мок") belong to their letter's word and script; the micro and ohm signs, which
// NFKC makes Greek letters, are units' ("35 μg", "10 kΩ"), no look-alikes.
bool IsLookalikeText(std::string_view t) {
  // Greek and Cyrillic letters are two bytes opening with 0xCD-0xD3; blocks without are passed.
  if (!HasByteIn(t, 0xCD, 0xD3)) return false;
  size_t words = 0, mixed = 0;
  bool latin = false, other = false, in_word = false;
  for (size_t i = 0; i <= t.size(); ++i) {
    const unsigned char c = i < t.size() ? static_cast<unsigned char>(t[i]) : ' ';
    // 1 a Latin letter (two bytes: U+00C0-U+02AF), 2 Greek or Cyrillic (U+0370-U+04FF), 3 a
    // combining mark or a unit's sign (in the word, of no script), 0 none of these.
    int kind = 0;
    if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
      kind = 1;
    } else if (c >= 0xC3 && c <= 0xD3 && i + 1 < t.size()) {
      const uint32_t cp = (uint32_t{c} & 0x1F) << 6 | (static_cast<unsigned char>(t[i + 1]) & 0x3F);
      kind = cp <= 0x2AF ? 1 : cp < 0x300 ? 0 : cp < 0x370 || cp == 0x3BC || cp == 0x3A9 ? 3 : 2;
    }
    if (kind == 0) {
      if (in_word) {
        ++words;
        mixed += latin && other;
      }
      in_word = latin = other = false;
      if (c >= 0xC3 && c <= 0xD3 && i + 1 < t.size()) ++i;  // a two-byte character, no letter here
      continue;
    }
    in_word = true;
    if (kind == 1) latin = true;
    else if (kind == 2) other = true;
    if (c >= 0x80) ++i;  // the letter's second byte
  }
  return mixed >= 3 && mixed * 6 >= words;
}

// Returns true when `t` opens with a prompt's verb (kPromptVerbs, after an optional "please ")
// and the prompt opener's pattern matches it.
bool IsPromptOpener(std::string_view t, const Patterns& pat) {
  auto opens = [](std::string_view t, std::string_view w) { return ascii::EqualsLower(t.substr(0, w.size()), w); };
  bool verb = HasAsciiFoldingLookalike(t.substr(0, 24));
  const std::string_view rest = opens(t, "please ") ? t.substr(7) : t;
  for (const char* v : kPromptVerbs) verb = verb || opens(rest, v);
  return verb && RE2::PartialMatch(re2::StringPiece(t.data(), t.size()), pat.prompt_opener);
}

// Returns true when `t` opens with "©", or ends with a photo credit "(Name/Agency)".
bool IsCaptionByEnds(std::string_view t, const Patterns& pat) {
  if (t.starts_with("\xC2\xA9")) return true;
  if (t.find("\xC2\xA9") != std::string_view::npos &&
      RE2::PartialMatch(re2::StringPiece(t.data(), t.size()), pat.copyright_caption))
    return true;
  if (!t.ends_with(')') && !t.ends_with(").")) return false;
  return RE2::PartialMatch(re2::StringPiece(t.data(), t.size()), pat.agency_caption);
}

// Returns true when `s` opens an author bio (kBioRe). The pattern opens with \p{Lu}: a block that
// opens with neither an ASCII capital nor a non-ASCII byte is none.
bool IsBio(std::string_view s, const Patterns& pat) {
  if (s.empty()) return false;
  const unsigned char c = static_cast<unsigned char>(s[0]);
  if (!((c >= 'A' && c <= 'Z') || c >= 0x80)) return false;
  return RE2::PartialMatch(re2::StringPiece(s.data(), s.size()), *pat.bio);
}

[[maybe_unused]] std::string_view FirstWords(std::string_view s, size_t n) {
  size_t pos = 0;
  for (size_t k = 0; k < n; ++k) {
    size_t sp = s.find(' ', pos);
    if (sp == std::string_view::npos) return s;
    pos = sp + 1;
  }
  return s.substr(0, pos);
}

// Returns LineStats::Countable for a text of `words` words (CountWords with a limit of 40 or more).
bool CountableWords(std::string_view text, size_t words, const BoilerplateOptions& options) {
  return words > 0 && (words <= options.repeat_max_words || (words <= 40 && !EndsSentence(text)));
}

}  // namespace

bool LineStats::Countable(std::string_view text, const BoilerplateOptions& options) {
  return CountableWords(text, CountWords(text, 40), options);
}

uint64_t LineStats::Key(std::string_view source, std::string_view text) {
  uint64_t h = XXH3_64bits_withSeed(source.data(), source.size(), 0x5eed);
  return XXH3_64bits_withSeed(text.data(), text.size(), h);
}

std::vector<uint64_t> LineStats::ArticleKeys(std::string_view source, const std::vector<Block>& blocks,
                                             const BoilerplateOptions& options) {
  std::vector<uint64_t> keys;
  if (source.empty()) return keys;
  for (const auto& b : blocks) {
    if (Countable(b.text, options)) keys.push_back(Key(source, b.text));
  }
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  return keys;
}

void LineStats::AddKeys(std::string_view source, const std::vector<uint64_t>& keys) {
  if (source.empty()) return;
  ++source_articles_[std::string(source)];
  for (uint64_t k : keys) ++line_articles_[k];
}

void LineStats::AddArticle(std::string_view source, const std::vector<Block>& blocks,
                           const BoilerplateOptions& options) {
  AddKeys(source, ArticleKeys(source, blocks, options));
}

bool LineStats::IsSiteLine(std::string_view source, std::string_view text,
                           const BoilerplateOptions& options) const {
  return IsSiteLine(source, text, CountWords(text, 40), options);
}

bool LineStats::IsSiteLine(std::string_view source, std::string_view text, size_t words,
                           const BoilerplateOptions& options) const {
  if (source.empty() || !CountableWords(text, words, options)) return false;
  auto s = source_articles_.find(std::string(source));
  if (s == source_articles_.end() || s->second < options.repeat_min_articles) return false;
  auto it = line_articles_.find(Key(source, text));
  if (it == line_articles_.end()) return false;
  return it->second >= options.repeat_min_articles &&
         it->second >= options.repeat_min_share * s->second;
}

unsigned AnywherePatternBits(std::string_view t, bool reference) {
  if (reference) {
    static const std::string opener = PromptOpenerPattern();
    static const LooseSet all{RE2::UNANCHORED, {kPaywallRe, kCaptionCreditRe, PromptPattern().c_str(), kNoticeRe, kAgencyCaptionRe, "^©", opener.c_str(), kCopyrightCaptionRe}};
    const unsigned b = all.Match(t);
    // Patterns 4, 5 and 7 are caption credits (bit 1), 6 a prompt (bit 2).
    return (b & 15u) | (((b >> 4) | (b >> 5) | (b >> 7)) & 1u) << 1 | ((b >> 6) & 1u) << 2;
  }
  const Patterns& pat = P();
  unsigned b = pat.anywhere.Match(t);
  if (IsCaptionByEnds(t, pat)) b |= 1u << kCaptionCredit;
  if (IsPromptOpener(t, pat)) b |= 1u << kPrompt;
  return b;
}

bool AnywherePrefiltered() { return P().anywhere.prefiltered(); }

std::vector<std::string> ClassifyBoilerplate(const std::vector<Block>& blocks,
                                             const LineStats* stats, std::string_view source,
                                             const BoilerplateOptions& options) {
  const Patterns& pat = P();
  const size_t n = blocks.size();
  std::vector<std::string> why(n);
  std::vector<char> credit(n, 0);  // story credit lines: kept, and never taken along as a neighbour
  bool in_link_list = false;
  for (size_t i = 0; i < n; ++i) {
    std::string_view t = blocks[i].text;
    size_t words = CountWords(t, 80);
    // A story credit line is never boilerplate, wherever it stands ("Copyright Thomson Reuters"
    // reads like a site's copyright line; "— Reuters" after a "You may also like" list reads
    // like one of its items). It also ends a link list.
    if (words <= 40 && MatchCreditLine(t).kind == CreditKind::kStory) {
      credit[i] = 1;
      in_link_list = false;
      continue;
    }
    if (in_link_list) {
      // A link list runs on while its items look like headlines, not sentences.
      bool bio_heading = i + 1 < n && blocks[i + 1].text.starts_with(t) && IsBio(blocks[i + 1].text, pat);
      // A list's item (a bullet) or a headline asking a question is one too.
      const bool item = IsTitleShaped(t, options.link_list_max_words) ||
                        ((blocks[i].kind == BlockKind::kBullet || t.ends_with('?')) &&
                         words <= options.link_list_max_words);
      if (item && !IsBio(t, pat) && !bio_heading) {
        why[i] = "link-list";
        continue;
      }
      in_link_list = false;
    }
    // The patterns are tested in two passes over the block (and an anchored bio test); the
    // anywhere-patterns only matter for blocks of up to 80 words.
    const unsigned whole = pat.whole.Match(t);
    const unsigned anywhere = words <= 80 ? pat.anywhere.Match(t) : 0;
    auto is = [](unsigned bits, int which) { return (bits >> which) & 1u; };
    // Whether the block reports speech (kReportedRe): asked once, of a block a reader-directed
    // pattern matched.
    int reported = -1;
    auto said = [&] {
      if (reported < 0) reported = RE2::PartialMatch(re2::StringPiece(t.data(), t.size()), pat.reported.get()) ? 1 : 0;
      return reported == 1;
    };
    if ((CountLetters(t, 2) < 2 && t.find_first_of("0123456789") == std::string_view::npos) || IsLookalikeText(t)) {
      why[i] = "junk";
    } else if (is(whole, kListHeading)) {
      why[i] = "link-list";
      in_link_list = true;
    } else if (is(whole, kNavigation)) {
      why[i] = "navigation";
    } else if (words <= 40 && is(whole, kInlineLink)) {
      why[i] = "link-list";
    } else if (is(anywhere, kPaywall) && !said()) {
      why[i] = "paywall";
    } else if (words <= 40 && is(anywhere, kNotice) && !said()) {
      why[i] = "notice";
    } else if (words <= 80 && i * 2 >= n && IsBio(t, pat)) {
      why[i] = "author-bio";
      // The bio's heading is the author's name alone on the line before.
      if (i > 0 && why[i - 1].empty() && !credit[i - 1] && CountWords(blocks[i - 1].text, 4) <= 4 &&
          t.starts_with(blocks[i - 1].text))
        why[i - 1] = "author-bio";
    } else if (((words <= 40 && (is(anywhere, kPrompt) || IsPromptOpener(t, pat))) ||
                (is(anywhere, kPrompt) && RE2::PartialMatch(re2::StringPiece(t.data(), t.size()), pat.disclosure.get()))) &&
               !said()) {
      why[i] = "prompt";
    } else if (is(whole, kRelativeDate) || IsDateLine(t, pat, words)) {
      why[i] = "date-line";
    } else if (words <= 60 && (is(whole, kFigureCaption) || is(whole, kSourceLine))) {
      why[i] = "caption";
    } else if (words <= 60 && (is(anywhere, kCaptionCredit) || (is(whole, kCaptionLine) && !said()) || IsCaptionByEnds(t, pat))) {
      why[i] = "caption";
      // Image alt text: the unpunctuated line before, opening with the caption's words.
      if (i > 0 && why[i - 1].empty() && !credit[i - 1] && !EndsSentence(blocks[i - 1].text) &&
          CountWords(blocks[i - 1].text, 30) >= 4 && CountWords(blocks[i - 1].text, 30) <= 30)
        why[i - 1] = "caption";
    } else if (stats != nullptr && stats->IsSiteLine(source, t, words, options)) {
      why[i] = "site-boilerplate";
    } else if (words <= 30 && IsBarredNavigation(t, pat)) {
      why[i] = "navigation";
    }
  }
  // A lead-in left last (a heading, or a short line ending in a colon, with nothing of the story
  // after it: "Read more on this topic:", "About the author") introduced what was cut, a list of
  // links, a form, a map or an author's box: it goes with it. The first block kept stays.
  size_t first_kept = 0;
  while (first_kept < n && !why[first_kept].empty()) ++first_kept;
  for (size_t i = n; i-- > first_kept + 1;) {
    if (!why[i].empty() || credit[i]) continue;  // (a credit line is kept, and passed over)
    const std::string_view t = Trim(blocks[i].text);
    // (A heading that ends a sentence is a line of the story set large, a pull quote.)
    const bool heading = blocks[i].kind == BlockKind::kHeading && !t.ends_with('.') && !t.ends_with('!');
    const bool lead_in = (heading || t.ends_with(':')) &&
                         CountWords(t, options.lead_in_max_words + 1) <= options.lead_in_max_words;
    if (!lead_in) break;
    why[i] = "lead-in";
  }
  return why;
}

}  // namespace copydesk::normalizers

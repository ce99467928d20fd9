// Word lists for the suggestion rules. Lower case; multi-word entries are matched as phrases.

/** Offices and titles that precede or follow a person's name. Longest first when matched. */
export const TITLES = [
  "secretary of state", "secretary-general", "secretary general", "prime minister", "deputy prime minister", "vice president", "vice-president", "president-elect",
  "foreign minister", "finance minister", "defence minister", "defense minister", "interior minister", "health minister", "justice minister", "economy minister",
  "education minister", "environment minister", "energy minister", "trade minister", "labour minister", "labor minister", "transport minister", "culture minister",
  "foreign secretary", "home secretary", "chancellor of the exchequer", "attorney general", "attorney-general", "chief justice", "chief executive", "chief of staff",
  "deputy mayor", "lord mayor", "governor", "lieutenant governor", "president", "minister", "deputy minister", "secretary", "chancellor", "mayor", "senator", "sen.",
  "representative", "rep.", "congressman", "congresswoman", "speaker", "ambassador", "general", "gen.", "admiral", "colonel", "col.", "judge", "justice",
  "commissioner", "chairman", "chairwoman", "chair", "chairperson", "ceo", "director", "director-general", "king", "queen", "prince", "princess", "pope", "archbishop",
  "bishop", "professor", "prof.", "councillor", "councilor", "councilman", "councilwoman", "spokesman", "spokeswoman", "spokesperson", "police chief", "coach",
  "superintendent", "inspector", "sheriff", "premier", "president of the commission", "head of state", "treasurer", "auditor general", "ombudsman",
];

/** Words that make a trailing appositive a title: "Jane Doe, the foreign minister,". */
export const TITLE_HEADS = [
  "minister", "secretary", "president", "mayor", "governor", "senator", "ambassador", "director", "chair", "chairman", "chairwoman", "chairperson", "chief",
  "spokesman", "spokeswoman", "spokesperson", "head", "leader", "ceo", "executive", "professor", "judge", "justice", "commissioner", "councillor", "councilor",
  "speaker", "chancellor", "founder", "editor", "treasurer", "general", "admiral", "premier", "deputy", "manager", "officer", "adviser", "advisor", "economist",
  "engineer", "lawyer", "scientist", "inspector", "auditor", "superintendent", "curator", "coach", "captain", "owner", "partner", "analyst", "researcher",
];

/** Final words that make a capitalised name an organization. */
export const ORGANIZATION_WORDS = new Set([
  "council", "bank", "ministry", "department", "agency", "committee", "commission", "court", "party", "university", "institute", "company", "corporation", "corp",
  "inc", "ltd", "group", "association", "union", "authority", "office", "board", "police", "parliament", "senate", "congress", "assembly", "foundation", "fund",
  "organization", "organisation", "service", "airlines", "airways", "bureau", "army", "navy", "federation", "network", "court", "tribunal", "school", "college",
  "hospital", "trust", "society", "club", "league", "coalition", "alliance", "secretariat", "treasury", "administration", "reserve", "exchange", "times", "post",
  "news", "press", "media", "agency", "industries", "holdings", "partners", "labs", "systems", "technologies", "energy", "motors", "railways", "port",
]);

/** Capitalised words that start sentences or headlines but are not names. */
export const NOT_NAMES = new Set([
  "the", "a", "an", "in", "on", "at", "but", "and", "or", "after", "before", "when", "while", "if", "as", "by", "for", "from", "with", "without", "this", "that",
  "these", "those", "there", "here", "it", "its", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our", "my", "your", "of", "to", "since", "until",
  "during", "under", "over", "about", "according", "despite", "although", "though", "because", "however", "meanwhile", "also", "yet", "so", "then", "now",
  "today", "yesterday", "tomorrow", "last", "next", "some", "many", "most", "all", "both", "each", "every", "no", "not", "more", "less", "only", "one", "two",
  "three", "four", "five", "six", "seven", "eight", "nine", "ten", "what", "who", "why", "how", "where", "which", "mr", "mrs", "ms", "dr", "former", "acting",
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
  "september", "october", "november", "december", "ministers", "officials", "residents", "critics", "analysts", "experts", "sources", "asked", "speaking",
]);

/** Lower-case words that may sit inside a name: "Ursula von der Leyen", "Port of Rotterdam". */
export const NAME_PARTICLES = new Set(["von", "van", "der", "den", "de", "del", "della", "da", "dos", "das", "du", "la", "le", "bin", "ibn", "al", "el", "of", "and", "for", "the"]);

export const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
export const MONTH_ABBREVIATIONS = ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"];
export const WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

export const NUMBER_WORDS = [
  "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
  "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand", "million", "billion", "dozen",
  "dozens", "hundreds", "thousands", "millions", "half", "third", "quarter", "twice", "triple", "double",
];

export const SCALE_WORDS = ["hundred", "thousand", "million", "billion", "trillion", "m", "bn", "k"];

/** Words after a number that are not what it counts. */
export const NOT_UNITS = new Set([
  "of", "to", "and", "or", "in", "on", "at", "by", "for", "from", "with", "the", "a", "an", "that", "which", "who", "is", "was", "were", "are", "be", "had", "has",
  "have", "said", "says", "he", "she", "they", "it", "this", "as", "than", "more", "less", "p.m.", "a.m.", "pm", "am",
]);

/** Verbs (past tense and participles) that state that something happened. */
export const EVENT_VERBS = new Set([
  "approved", "announced", "signed", "met", "voted", "passed", "opened", "closed", "launched", "won", "lost", "died", "killed", "arrested", "charged", "convicted",
  "sentenced", "resigned", "elected", "appointed", "named", "fired", "hired", "sued", "agreed", "rejected", "banned", "attacked", "collapsed", "crashed", "raised",
  "cut", "increased", "rose", "fell", "dropped", "doubled", "tripled", "visited", "arrived", "held", "hosted", "released", "published", "found", "discovered",
  "built", "completed", "began", "started", "ended", "invaded", "struck", "declared", "confirmed", "denied", "acquired", "bought", "sold", "merged", "paid",
  "spent", "received", "awarded", "granted", "issued", "introduced", "repealed", "vetoed", "ratified", "endorsed", "nominated", "defeated", "beat", "occurred",
  "happened", "erupted", "flooded", "burned", "injured", "evacuated", "fined", "suspended", "cancelled", "canceled", "postponed", "delayed", "demolished",
  "reopened", "funded", "borrowed", "lent", "covered", "exceeded", "reached", "topped", "overturned", "upheld", "blocked", "seized", "destroyed", "damaged",
  "commits", "committed", "allocated", "lasted", "chaired", "founded", "established", "created", "took", "gave", "led",
]);

/** Words that make a statement a plan, a possibility or an opinion rather than a fact. */
export const HEDGES = new Set(["will", "would", "could", "may", "might", "should", "must", "plans", "planned", "expects", "expected", "hopes", "hoped", "wants", "intends", "if", "unless"]);

/** Verbs of saying, for quote attribution. */
export const SPEECH_VERBS = ["said", "says", "told", "added", "wrote", "stated", "declared", "insisted", "argued", "warned", "explained", "asked", "replied", "tweeted", "posted", "noted", "claimed"];

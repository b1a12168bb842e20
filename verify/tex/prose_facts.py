"""What the prose of a file gives besides its math, found in the whole text and handed to the checker in order
(see items.items_of): binomial counts ("$k = 7$ successes in $n = 10$ trials"), independence of named random
variables ("Let $X$ and $Y$ be independent"), a variable's table of values ("$X$ takes the values $0, 1, 2$ with
probabilities $0.5, 0.3, 0.2$"), and data points listed after a tuple of names ("Data $(x_i, y_i)$:
$(1, 2)$, $(2, 3)$")."""
from __future__ import annotations

import dataclasses
import re


@dataclasses.dataclass(frozen=True)
class Counts:
    """"$k = 7$ successes in $n = 10$ trials", "3 heads in 3 tosses": binomial data the prose gives (see
    posterior_laws: with a Beta prior, the posterior it implies)."""
    successes: int
    trials: int


@dataclasses.dataclass(frozen=True)
class Independent:
    r""""Let $X$ and $Y$ be independent", "for independent $U \sim …$ and $V \sim …$": the prose names the random
    variables it says are independent (the pairs then hold in this problem, as `%! assume X, Y independent`)."""
    names: tuple


@dataclasses.dataclass(frozen=True)
class Introduced:
    r""""for a pair of random variables $X$, $Y$": the prose introduces the variables afresh, saying nothing of their
    independence (what an earlier question said of its X and Y no longer holds)."""
    names: tuple


@dataclasses.dataclass(frozen=True)
class DataPoints:
    """"Data $(x_i, y_i)$: $(1, 2)$, $(2, 3)$, $(3, 7)$": a list of points the prose gives for a tuple of indexed
    names (see given_tuples.data_points): the stems (x, y), the points as written, and where the list is."""
    stems: tuple
    points: tuple
    offset: int
    text: str


@dataclasses.dataclass(frozen=True)
class Table:
    """"$X$ takes the values $0, 1, 2$ with probabilities $0.5, 0.3, 0.2$": X's law, values and probabilities as
    written (see named_laws.finite_law: a law only when they make one)."""
    name: str
    values: tuple
    probabilities: tuple


@dataclasses.dataclass(frozen=True)
class DataList:
    """"with data $1.2, 0.8, 1.9$", "Data: $2, 3, 7$": a sample listed in prose, the data of the one letter the
    text around it indexes (`x_i`, `\\bar x`), and whether that text counts them with n (`x_n`, `\\sum_{i=1}^{n}`)."""
    stem: str
    values: tuple
    counted_by_n: bool
    offset: int
    text: str


_COUNT = r"(?:(?:\$|\\\()\s*(?:[A-Za-z](?:_\{?\w+\}?)?\s*=\s*)?(?P<NAME>\d{1,9})\s*(?:\$|\\\))|(?<![\d.,])(?P<NAME2>\d{1,9}))"
# "$k = 7$ successes in $n = 10$ independent Bernoulli trials", "3 heads in 3 tosses", "7 of 20 patients respond"
COUNTS = re.compile(_COUNT.replace("NAME", "k") + r"\s+(?:heads|successes|responders|positives|clicks|conversions|defectives)"
                    r"\s+(?:in|out\s+of|of|among)\s+" + _COUNT.replace("NAME", "n") +
                    r"(?:\s+(?:[A-Za-z-]+\s+){0,2}(?:tosses|trials|flips|throws|draws|attempts|patients|users|visitors|"
                    r"coin\s+tosses|impressions)\b|(?=\s*[,:;)]))")
# "Let $X$ and $Y$ be independent", "$X$ and $Y$ are independent", "for independent $U \sim …$ and $V \sim …$":
# two capitals named right beside the word (a list, a sum, "not independent" are not read)
_RV = r"\$\s*([A-Z](?:_\{?\d\}?)?)\s*(?:\\sim[^$]{0,60})?\$"
NAMED_INDEPENDENT = re.compile(r"(?<!\bif )(?<!\bIf )(?<!\bwhether )(?<!\bWhether )(?<!\bunless )(?:" + _RV + r"\s*(?:and|,)\s*" + _RV + r"\s+(?:be|are)\s+(?:mutually\s+)?"
                               r"independent\b|\bindependent\s+" + _RV + r"\s*(?:and|,)\s*" + _RV + r")")
# "a pair of discrete random variables $X$, $Y$": named afresh (not "independent random variables $X$ and $Y$", nor
# "... $X$ and $Y$ are independent")
INTRODUCED = re.compile(r"(?<!independent )(?<!independent discrete )\brandom\s+variables\s+" + _RV + r"\s*(?:and|,)\s*" +
                        _RV + r"(?!\s*(?:,\s*)?(?:which\s+)?(?:be|are)\s+(?:mutually\s+)?independent)")
# "Four further tosses give one head", "after 5 more flips": more data in a part (sequential updating), counts unread
MORE_DATA = re.compile(r"\b(?:further|more|another|additional|new)\s+(?:[a-z]+\s+)?(?:tosses|flips|trials|draws|"
                       r"observations|data)\b", re.I)
# "$n = 4$ tosses, $k = 3$ heads": the trials first
TRIALS_FIRST = re.compile(_COUNT.replace("NAME", "n") + r"\s+(?:coin\s+)?(?:tosses|trials|flips|times)\s*(?:,|and|with|:|"
                          r"(?:[a-z]+\s+){0,2}(?:see|sees|saw|seen|shows?|showed|gives?|gave|observes?|observed|gets?|"
                          r"got|yields?|yielded))\s*" + _COUNT.replace("NAME", "k") + r"\s+(?:heads|successes)\b")


_LIST = r"-?\d+(?:\.\d+)?(?:\s*,\s*-?\d+(?:\.\d+)?)+"
# "$X$ takes the values $0, 1, 2$ with probabilities $0.5, 0.3, 0.2$" (respectively, or "with respective …")
TABLE = re.compile(r"\$\s*(?P<name>[A-Z](?:_\{?\d\}?)?)\s*\$\s+takes\s+(?:the\s+)?values\s+\$\s*(?P<values>" + _LIST +
                   r")\s*\$\s*,?\s+with\s+(?:respective\s+)?probabilities\s+\$\s*(?P<probabilities>" + _LIST + r")\s*\$")

# "Let $X$ be uniform on $\{1, 2, 6\}$", "\(X\) uniformly distributed over \(\{-1, 0, 1\}\)": each value 1/k
_OPEN, _CLOSE = r"(?:\$|\\\()", r"(?:\$|\\\))"
UNIFORM = re.compile(_OPEN + r"\s*(?P<name>[A-Z](?:_\{?\d\}?)?)\s*" + _CLOSE + r"\s+(?:(?:be|is)\s+)?(?:uniformly\s+"
                     r"distributed|uniform|drawn\s+uniformly|chosen\s+uniformly)(?:\s+at\s+random)?\s+(?:on|over|from)\s+"
                     + _OPEN + r"\s*\\\{\s*(?P<values>" + _LIST + r")\s*\\\}\s*" + _CLOSE)


# "A fair die $D$", "Let $X$ be the score of a fair six-sided die": uniform on 1, …, 6
_DIE = r"(?:an?\s+|one\s+)?fair\s+(?:six-sided\s+|6-sided\s+)?die"
FAIR_DIE = re.compile(_DIE + r"\s+" + _OPEN + r"\s*(?P<name>[A-Z](?:_\{?\d\}?)?)\s*" + _CLOSE + r"|"
                      + _OPEN + r"\s*(?P<name2>[A-Z](?:_\{?\d\}?)?)\s*" + _CLOSE + r"\s+(?:(?:be|is|denotes?)\s+)?"
                      r"(?:the\s+)?(?:score|outcome|roll|result|face|value|number\s+shown)\s+(?:of|on)\s+" + _DIE, re.I)


def _fair_die(m: re.Match) -> Table:
    name = (m["name"] or m["name2"]).replace("{", "").replace("}", "")
    return Table(name, tuple(str(k) for k in range(1, 7)), ("1/6",) * 6)


def _uniform(m: re.Match) -> Table:
    values = tuple(v.strip() for v in m["values"].split(","))
    return Table(m["name"].replace("{", "").replace("}", ""), values, tuple(f"1/{len(values)}" for _ in values))


# "data $1.2, 0.8, 1.9$", "Data: $2, 3, 7$", "observations are $…$" (three numbers or more, the math region nothing else)
DATA_LIST = re.compile(r"\b(?:[Dd]ata|[Oo]bservations|[Ss]ample|[Cc]ounts|[Mm]easurements)(?:\s+(?:are|is|were|given\s+by))?"
                       r"\s*:?\s*(?:\$\s*\\mathcal\s*\{?D\}?\s*=\s*\\\{|\$)"
                       r"\s*(?P<values>-?\d+(?:\.\d+)?(?:\s*,\s*-?\d+(?:\.\d+)?){2,})\s*(?:\\\}\s*)?\$"
                       r"(?!\s*with\s+probabilit)")
DATA_REACH = 1500       # characters around the list searched for the letter it is the data of
_HEADING = re.compile(r"\\(?:part|chapter|section|subsection|subsubsection)\*?\{")
_INDEXED_USE = r"(?:\\bar\s*\{?\s*(?P<b>[a-z])\s*\}?|(?<![A-Za-z\\])(?P<i>[a-z])_\{?(?:i|n|1)\}?(?![A-Za-z]))"


def _data_list(m: re.Match, text: str) -> DataList | None:
    """The list's letter: the one data-looking letter indexed or barred near it (x_i, x_1, x_n, \\bar x); None
    when there is none or more than one."""
    around = text[max(0, m.start() - DATA_REACH):m.end() + DATA_REACH]
    letters = {u["b"] or u["i"] for u in re.finditer(_INDEXED_USE, around)} & set("xytz")
    if len(letters) > 1:
        # "Counts $2, 4, 3, 0, 1$, so … $\sum_i y_i$" in a part of its own, beside parts on x_i: its part's letter
        starts = [h.start() for h in _HEADING.finditer(text)]
        begin = max([0] + [h for h in starts if h <= m.start()])
        end = min([len(text)] + [h for h in starts if h > m.end()])
        part = text[max(begin, m.start() - DATA_REACH):min(end, m.end() + DATA_REACH)]
        letters = {u["b"] or u["i"] for u in re.finditer(_INDEXED_USE, part)} & letters
    if len(letters) != 1:
        return None
    (stem,) = letters
    counted = bool(re.search(rf"(?<![A-Za-z\\]){stem}_\{{?n\}}?(?![A-Za-z])|\\sum_\{{?i\s*=\s*1\}}?\^\{{?n\}}?", around))
    return DataList(stem, tuple(v.strip() for v in m["values"].split(",")), counted, m.start(), m.group(0))


def _table(m: re.Match) -> Table:
    return Table(m["name"].replace("{", "").replace("}", ""),
                 *(tuple(v.strip() for v in m[k].split(",")) for k in ("values", "probabilities")))


POINT = re.compile(r"\(([^()]*)\)")
_NUMBER = r"-?\d+(?:\.\d+)?"
_TUPLE = r"\(\s*" + _NUMBER + r"(?:\s*,\s*" + _NUMBER + r")+\s*\)"
_INDEXED = r"[A-Za-z]_\{?[a-z]\}?"
# "Data $(x_i, y_i)$: $(1, 2)$, $(2, 3)$, $(3, 7)$" or "points $(x_i, y_i)$ are $(1, 2), (2, 3), (3, 7)$" (no two
# runs of blanks side by side: a long gap must not cost quadratic backtracking)
DATA_POINTS = re.compile(
    r"\$\s*\(\s*(?P<names>" + _INDEXED + r"(?:\s*,\s*" + _INDEXED + r")+)\s*\)\s*\$\s*(?:(?::|=|are\b|is\b)\s*)?"
    r"(?P<points>\$\s*" + _TUPLE + r"(?:\s*,\s*" + _TUPLE + r")+\s*\$"
    r"|\$\s*" + _TUPLE + r"\s*\$(?:\s*(?:[,;]\s*)?(?:and\s+)?\$\s*" + _TUPLE + r"\s*\$)+)")


def _data_points(m: re.Match) -> DataPoints:
    stems = tuple(n.strip().partition("_")[0] for n in m["names"].split(","))
    return DataPoints(stems, tuple(tuple(v.strip() for v in p.split(",")) for p in POINT.findall(m["points"])),
                      m.start(), m.group(0))


def facts_of(text: str) -> list:
    """[(offset, fact)] in the order of the text: Counts, Independent, Introduced and DataPoints items."""
    found = [(m.start(), Independent(tuple(n.replace("{", "").replace("}", "") for n in m.groups() if n)))
             for m in NAMED_INDEPENDENT.finditer(text)]
    found += [(m.start(), Introduced(tuple(n.replace("{", "").replace("}", "") for n in m.groups() if n)))
              for m in INTRODUCED.finditer(text)]
    found += [(m.start(), Counts(int(m["k"] or m["k2"]), int(m["n"] or m["n2"])))
              for pattern in (COUNTS, TRIALS_FIRST) for m in pattern.finditer(text)]
    found += [(m.start(), Counts(-1, -1)) for m in MORE_DATA.finditer(text)]    # more data in words: not read
    found += [(m.start(), _data_points(m)) for m in DATA_POINTS.finditer(text)]
    found += [(m.start(), _table(m)) for m in TABLE.finditer(text)]
    found += [(m.start(), _uniform(m)) for m in UNIFORM.finditer(text)]
    found += [(m.start(), _fair_die(m)) for m in FAIR_DIE.finditer(text)]
    found += [(m.start(), d) for m in DATA_LIST.finditer(text) if (d := _data_list(m, text)) is not None]
    # (counts that cannot be, 7 heads in 3 tosses, are a misreading: dropped)
    return sorted(((at, f) for at, f in found if not isinstance(f, Counts) or f.successes <= f.trials),
                  key=lambda pair: pair[0])

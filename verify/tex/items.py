"""The cheap text work of a file, done in the parent: directives, scan errors, what the prose says
(a new part, a definition coming), region starts and chains, in order, as frozen items."""
from __future__ import annotations

import bisect
import dataclasses
import re
import unicodedata

from verify.tex.posterior_laws import POSTERIOR_NAMED, PRIOR_NAMED
from verify.tex.chains import Chain, chains_of
from verify.tex.extract import Directive, LineIndex, ScanError, scan
from verify.tex.macros import defined_macros
from verify.tex import prose_facts, tables, templates
from verify.tex.prose_facts import POINT

NEW_PART = re.compile(r"\\(?:part|chapter|section|subsection|subsubsection)\*?\{|"
                      # a problem in a theorem-like environment (`\newtheorem{prob}{Problem}`, the exam packages)
                      r"\\begin\{(?:prob|problem|exercise|question|task|aufgabe|exercice|ejercicio|esercizio)\*?\}|"
                      r"^\s*\\(?:question|task)\b(?![*{])|"     # the exam class: \question (its \part: EXAM_PART); tasks: \task
                      r"^\s*(?:\\textbf\{|\\paragraph\{|\\subsection\*?\{|\\item\[)?\s*"
                      r"(?:Problem|Exercise|Question|Example|Task|Iteration|Epoch|Round|Part|Step|Case)"
                      r"\s*(?:\d|\(?[a-h]\)|[a-h]\b)|"
                      # \textbf{Q2}, also after spacing (`\medskip\noindent\textbf{Q2. A shared bias.}`)
                      r"^\s*(?:\\(?:medskip|bigskip|smallskip|noindent|par)\s*)*(?:\\textbf\{|\\item\[)"
                      r"(?:Q|Ex|Prob|Aufgabe|Exercice)\.?\s*\d+[a-z]?\b|"
                      r"^\s*\\textbf\{\s*\d+[.)]\s*[A-Z]|"     # `\textbf{3. A linear combination.}`: a numbered problem
                      # "Case $\lambda = 3$:" opens a case whose condition is the math that follows
                      r"^\s*(?:\\item\s*(?:\[[^\]]*\])?\s*)?(?:\\textbf\{|\\emph\{)?(?:Case|Scenario)\}?\s*(?:\$\$?|\\[\[(])?\s*\Z", re.M)
# the exam class's \part, \subpart of a \question: a part of a list, where what the question gave still holds
EXAM_PART = re.compile(r"^\s*\\(?:part|subpart)\b(?![*{])", re.M)
OPENER_AT_END = re.compile(r"(?:\$\$|\$|\\\[|\\\(|\\begin\{[^}]*\})\s*$")
# "Let $x = 2$", "now take $\eta = 0.1$": the prose says a (re)definition follows. ("with", "where"
# introduce a recap as often as a definition: a name that already has a meaning is still claimed about.)
DEFINING = re.compile(r"\b(?:let|suppose|assume|set|take|define|redefine|consider|put)\s*"
                      r"(?:that\s*)?(?:\\\w+\s*)?$", re.I)
# "Wait, that's wrong: … so $\beta' = 5$", "it should read $\hat\lambda = …$": what follows corrects an
# earlier statement, so a name stated again is given its new value, not checked against the old one
# ("instead", "redone", "corrected" as often introduce a new case or attempt, whose values are checked)
CORRECTION = re.compile(r"\b(?:should\s+read|correct(?:ion)?\s*:|wait\b|that'?s\s+wrong|"
                        r"the\s+correct\s+(?:[a-z]+\s+){0,2}(?:is|are|reads|would\s+be))", re.I)
CORRECTION_REACH = 160      # characters of the line before a math region searched for it
# the end of the line before a display: "… should read:", "Corrected:", "Lecturer swaps the two updates:"
# ("correct as printed:" is no correction; "Let me fix the board:" restates numbers, not formulas)
CORRECTION_ENDING = re.compile(r"\b(?:should\s+read|correction|(?:swaps?|swapped|corrects|corrected)\b[^.:$]{0,40})"
                               r"\s*:\s*\}?\s*\Z", re.I)
# "the posterior standard deviation is $\sigma_\theta = …$": a spread named in the prose (see other_readings)
SPREAD_NAMED = re.compile(r"(?:\bstandard\s+deviation\b|\bstd\b\.?(?:\s*dev\b\.?)?|\bs\.\s?d\.|\bsd\b)[^$.;:]{0,30}\Z",
                          re.I)
# "at test time (with the old $\gamma$ and $\beta$)": the steps that follow in the paragraph may use values from
# before the latest updates (see other_readings.with_the_old_values)
OLD_VALUES = re.compile(r"\b(?:old|previous|original|pre-?update|before\s+the\s+(?:update|step))\b", re.I)
# "the MAP estimate minimises $\sum_i (y_i - wx_i)^2 + \lambda w^2$": an objective named (see objectives)
MINIMISES = re.compile(r"\b(?:minimi[sz](?:e|es|ing)|(?:regulari[sz]ed|penali[sz]ed)\s+(?:MSE|loss|objective|least\s+"
                       r"squares|squared\s+error))\b[^$.;:]{0,40}\Z", re.I)
DUAL_NUMBERS = re.compile(r"\bdual\s+(?:numbers?|units?|parts?)\b", re.I)    # the prose names dual numbers: ε² = 0
# `z = 1`: a name and a number, as in "at $z = 0.5$ and $z = 1$"
A_VALUE = re.compile(r"\A\s*\\?[A-Za-z]+(?:_\{?\w+\}?)?\s*=\s*-?\d+(?:\.\d+)?\s*\Z")
# "Now let $a_1 = Wx + b$, $h_1 = g(a_1)$ and $L = \ell(\hat y, y)$": one "let" governs the whole list of
# math regions that only commas and "and" separate
LIST_GAP = re.compile(r"\A\s*(?:\$\$?|\\[\])])?\s*[,;]?\s*(?:and\s+)?(?:\$\$?|\\[\[(])?\s*\Z")
SHOULD_BE = re.compile(r"\b(?:should|must)\s+(?:be|have\s+been)[\s:,]*\Z", re.I)   # "so this should be $\Pi = …$"


def _this_line(text: str, at: int, reach: int) -> str:
    """The text of this line (of this \\item) before `at`, at most `reach` characters."""
    back = _COMMENT.sub("", text[max(0, at - reach):at])
    return back.rsplit("\n", 1)[-1].rsplit("\\item", 1)[-1]


def _leads_into_a_correction(text: str, at: int) -> bool:
    """A display on lines of its own after a line that ends "… should read:" (an erratum's corrected table)."""
    back = OPENER_AT_END.sub("", _COMMENT.sub("", text[max(0, at - CORRECTION_REACH):at]))
    lines = back.rsplit("\n", 2)
    return len(lines) >= 2 and not lines[-1].strip() and bool(CORRECTION_ENDING.search(lines[-2]))


# "while at $x = 3$": a new point to evaluate at (not "the minimum is at $\theta = 0.7$", a claim)
AT_A_POINT = re.compile(r"\bat\s*$", re.I)
AT_A_CLAIMED_POINT = re.compile(r"\b(?:is|are|lies|lie|occurs?|attained|achieved|reached|located|found|maximum|largest|"
                                r"smallest|greatest|highest|lowest|steepest|"
                                r"minimum|max|min|maximi[sz]ed|minimi[sz]ed|peaks?|mode|zero|root|optimum|"
                                r"stationary|vanishes|equals?)\s+at\s*$", re.I)
# "For $u(t) = …$": a function is introduced (a value after "for", `for $\sigma = 1$`, is a local condition)
INTRODUCING_A_FUNCTION = re.compile(r"\b(?:for|let|define|consider)\s*$", re.I)
# "two independent dice", "X and Y are independent", "i.i.d. draws": independence stated in prose
INDEPENDENCE = re.compile(r"\bindependent\b|\bi\.\s?i\.\s?d\b|\biid\b|\bindipendent[ie]\b|"
                          r"\bind[eé]pendant(?:e|s|es)?\b|\bindependientes?\b|\bunabh[aä]ngig(?:e|en)?\b", re.I)
# "$X_1, \dots, X_n$ i.i.d.", "a random sample $x_1, …, x_n$", "$x_i \sim \mathcal N(μ, σ^2)$ i.i.d.": an i.i.d. sample
SAMPLE_WORDS = re.compile(r"\bi\.\s?i\.\s?d\b|\biid\b|\brandom sample\b|\bindependent (?:draws|copies|observations|samples)\b",
                          re.I)
SAMPLE_LIST = re.compile(r"\A\s*(?:\\mathbf\s*)?([A-Za-z])_\{?1\}?\s*,\s*(?:[A-Za-z]_\{?2\}?\s*,\s*)?\\[lc]?dots\s*,\s*"
                         r"\1_\{?[A-Za-z0-9]+\}?\s*(?:\\sim\b|\\mid\b|\\overset|\\stackrel|\Z)")
SAMPLE_PARAMETER = re.compile(r"\b(?:variance|mean|standard deviation|sd)\s*(?:of\s*)?(?:\$\$?|\\[\[(])?\s*\Z", re.I)   # "with variance $…$"
USUAL_PARAMETER = re.compile(r"\s*(?:\\sigma\s*\^\s*\{?\s*2\s*\}?|\\sigma|\\mu)\s*(?:[,.;]|\Z)")
SAMPLE_LAW = re.compile(r"\A\s*([A-Za-z])_\{?i\}?\s*(?:\\mid[^=]*?)?\\sim\b")
# "$J'(\theta) = 0$ gives $(k+a-1)(1-\theta) = …$": the next equation is said to follow from the last one
INFERENCE = re.compile(r"(?:\b(?:gives|giving|yields|implies|hence|thus|so|therefore|i\.\s?e\.|that is|we get|"
                       r"rearranging|solving)|\\(?:Rightarrow|implies|iff|Longrightarrow|Leftrightarrow))[\s,:;~]*\Z")
MAX_INFERENCE_GAP = 40      # characters of prose between the two equations
# what may stand between two math regions with no prose at all: `$$ $$`, `\] \[`, `\end{align*} \begin{align*}`
MATH_DELIMITERS = re.compile(r"\$|\\[\[\]()]|\\(?:begin|end)\{(?:equation|align|gather|multline|eqnarray|displaymath)\*?\}")
SEED = re.compile(r"\bseed(?:s|ing|ed)?\b[\s,:~]*(?:with\s+)?(?:\\dot\s*\{?\s*\\?\w+\}?\s*=\s*)?\Z", re.I)   # "seed $(0, 1)$"
# "Pass 2: seeding $x_2$": the sweep seeds that input (its tangent 1, the other inputs' 0)
SEED_INPUT = re.compile(r"\A\s*(?:\$\$?|\\[\[(])?\s*([A-Za-z])_\{?(\d)\}?\s*(?:\$\$?|\\[\])])?\s*\Z")
SEED_LIST = re.compile(r"\A\s*(?:\$\$?|\\[\[(])?\s*(?:\\left)?\(\s*(-?\d+(?:\s*,\s*-?\d+)+)\s*(?:\\right)?\)\s*"
                       r"(?:\$\$?|\\[\])])?\s*\Z")
_COMMENT = re.compile(r"(?<!\\)%[^\n]*")
MAX_CONTINUATION_GAP = 300   # characters of prose after which `$$= …$$` no longer continues a chain


# h_2, z_{2}, \\delta_2, \\bm{h}_2: a letter with one digit for its index (not w_{12}, not w_{1,2})
_ONE_INDEX = re.compile(r"(\\[A-Za-z]+|(?<![A-Za-z\\])[A-Za-z])\s*\}?\s*_\s*(?:\{\s*(\d)\s*\}|(\d)(?!\d))")


def sizes_of(text: str) -> dict:
    """{h: 2} when the file writes h_1 and h_2 and no h_3: how many entries a vector 𝐡 it never writes out has,
    for its entries to be read as the file names them (graph_inputs.in_entries)."""
    from verify.tex.names import GREEK
    sizes: dict = {}
    text = _COMMENT.sub("", text)
    for m in _ONE_INDEX.finditer(text):
        letter = m.group(1)
        letter = GREEK.get(letter[1:]) if letter.startswith("\\") else letter
        if letter:
            sizes[letter] = max(sizes.get(letter, 0), int(m.group(2) or m.group(3)))
    # "three hidden units": what the prose says a layer has (a count the indices must agree with)
    sizes[templates.UNITS] = frozenset(int(n) if n.isdigit() else _COUNTS.index(n.lower()) + 2 for n in _UNITS.findall(text))
    return sizes


_COUNTS = ("two", "three", "four", "five", "six")
_UNITS = re.compile(r"\b(two|three|four|five|six|[2-6])\s+(?:[\w-]+\s+){0,2}?(?:units|neurons|nodes)\b", re.I)


BITS = re.compile(r"\bbits?\b|\\log_\{?2|\\lg\b")     # `in bits`, \log_2, \lg


@dataclasses.dataclass(frozen=True)
class FileStart:
    """The macros the file defines (\\newcommand, \\def, \\DeclareMathOperator), read from its text;
    whether it speaks of bits anywhere (an entropy may then be in bits: verify.tex.named_laws)."""
    macros: dict
    bits: bool = False
    thousands: bool | None = None   # how the file writes numbers: see number_style
    sizes: dict = dataclasses.field(default_factory=dict)   # letter -> the largest index written on it (see sizes_of)


@dataclasses.dataclass(frozen=True)
class NewPart:
    """A section or problem heading in the prose: names may be defined afresh. `item`: an item of a
    list labelled as parts, (a), (b): the values its problem gave before the list still hold."""
    item: bool = False


@dataclasses.dataclass(frozen=True)
class RegionStart:
    """A math region begins (rows of one display may be an equation being solved)."""
    new_paragraph: bool = False     # a paragraph or more of prose before it: a new chain starts
    defining: bool = False          # the prose before it introduces a definition ("Let $…$")
    function_defining: bool = False  # it introduces a function, whatever its letter ("For $u(t) = …$")
    independence: bool = False      # the prose before it speaks of independent variables
    cell: bool = False              # only `&` and spaces since the last region: the next cell of a table row
    named: bool = False             # the prose names what follows: `sum $= 11.1074$` (no continuation)
    follows: bool = False           # a short inference in prose before it: `$J'(θ) = 0$ gives $…$`
    sweep: bool = False             # "seed" right before it: a forward-mode sweep begins (its tangents are new)
    seed: tuple = ()                # `seed $(0, 1)$`: the seed written as a bare list of numbers
    corrects: bool = False          # "so this should be $…$": a definition given again, corrected
    spread_named: bool = False      # "the standard deviation is $σ_θ = …$": the math that follows names a spread
    dual: bool = False              # the prose before it speaks of dual numbers (ε² = 0 in this part)
    old_values: bool = False        # the prose before it speaks of old values ("with the old γ and β")
    minimises: bool = False         # "the MAP estimate minimises $…$": the region names an objective
    at_a_point: bool = False        # "at $p = 0.5$ it's …": a value for the rest of this paragraph only
    sample: str = ""                # "$x_1, \\dots, x_n$ i.i.d.": the letter of an i.i.d. sample named around it
    # "The corrected table should read:" on the line before the display: a name stated again with a formula is
    # defined again (with numbers only, it is still a claim: the formula it had is checked with the new values)
    corrects_formulas: bool = False
    posterior_named: bool = False   # "so the posterior is $\mathrm{Beta}(9, 5)$" (see posterior_laws)
    prior_named: bool = False       # "Prior $\mathrm{Beta}(2, 2)$" (see posterior_laws)
    adjacent: bool = False          # nothing but spaces and comments since the last region (display after display)


@dataclasses.dataclass(frozen=True)
class ChainItem:
    chain: Chain
    range_after: bool               # `, \\dots` follows it in the text: `for $i = 1, \\dots, n$`
    listed: tuple[str, ...] = ()    # `a, ` before `b > 0` in `$a, b > 0$`: names the condition is on too
    crossed_out: str = ""           # `\sout{$f = 4$}`: the command that strikes it through (not a claim)
    quantified: tuple[str, ...] = ()  # `$σ'(x) > 0.2$ for $|x| < 1$`: claimed for a range of x, not one value
    sign: tuple = ()                # `whenever $c \ge 0$`: ((c, "nonnegative"),), a condition a check can assume
    points_after: tuple = ()        # `(x_i, y_i) = (1, 1), (2, 3), (3, 4)`: the points after the first, as text
    inferred: bool = False          # `… = 0 \Rightarrow \hat\sigma^2 = …`: follows from the chain before it here


@dataclasses.dataclass(frozen=True)
class ScanProblem:
    """An extraction error, with the source text it is about."""
    message: str
    offset: int
    text: str


SECTIONING = re.compile(r"\\(?:part|chapter|section|subsection|subsubsection)\*?\s*\{")


def _heading_macros(macros: dict) -> re.Pattern | None:
    """The file's own commands that typeset a heading (`\\newcommand{\\activity}[2]{\\subsection*{Activity #1: #2}}`):
    each use starts a new part, as the heading it stands for."""
    names = sorted(name for name, (_, body) in macros.items() if SECTIONING.search(body))
    return re.compile(r"\\(?:" + "|".join(map(re.escape, names)) + r")(?![A-Za-z])") if names else None


def _sweep(before: str, region: str, column: bool = False) -> tuple[bool, tuple]:
    """(a forward-mode sweep begins, its seed if the region is just a list of whole numbers). `column`: the region
    starts a table column read as a sweep of its own."""
    if not SEED.search(before):
        return column, ()
    found = SEED_LIST.match(region)
    if found:
        return True, tuple(int(v) for v in found.group(1).split(","))
    named = SEED_INPUT.match(region)
    return True, (named.group(1), int(named.group(2))) if named else ()


def items_of(text: str, where=None):
    """The cheap text work, done in the parent: directives, errors, what the prose says (a new part, a
    definition coming), region starts and chains, in order. `where`: the file's LineIndex."""
    where = where or LineIndex(text)
    icomma = bool(ICOMMA.search(text))
    macros = defined_macros(text)
    own = frozenset(macros)         # the file's own \dv, \num: not the package's
    headings = _heading_macros(macros)
    yield FileStart(macros, bool(BITS.search(text)), number_style(text), sizes_of(text))
    struck = _struck_through(text)
    part_items = _part_items(text)
    facts = prose_facts.facts_of(text)
    prose_from = 0
    listing = False                 # the last math region was defined by "Let", and a list may go on
    pointing = False                # the last math region was a point "at" which something is looked at
    previous_math = ""
    for event in tables.in_reading_order(tables.tangent_columns(text, scan(text))):
        at = getattr(event, "offset", prose_from)
        gap = _COMMENT.sub("", text[prose_from:max(prose_from, at)])    # comments are no prose (nor the %@ labels)
        heading = bool(NEW_PART.search(gap) or headings and headings.search(gap))
        item = bisect.bisect_left(part_items, prose_from) < bisect.bisect_left(part_items, max(prose_from, at)) or \
            bool(EXAM_PART.search(gap))
        new_part = heading or item
        prose_from = max(prose_from, at + len(getattr(event, "text", "")))
        if new_part:
            yield NewPart(item=not heading)
        while facts and facts[0][0] < at:
            yield facts.pop(0)[1]
        if isinstance(event, Directive):
            yield event
        elif isinstance(event, ScanError):
            yield ScanProblem(event.message, event.offset, text[event.offset:event.offset + 40].split("\n", 1)[0])
        else:
            new_paragraph = not new_part and (len(gap) > MAX_CONTINUATION_GAP or "\n\n" in gap.strip())
            before = OPENER_AT_END.sub("", gap[-80:])
            let = bool(DEFINING.search(before)) or listing and not new_part and bool(LIST_GAP.match(gap))
            listing = let
            # "evaluate at $z = 0.5$ and $z = 1$": each point of the list is one looked at in passing
            a_value = bool(A_VALUE.match(getattr(event, "text", "")))
            at_a_point = bool(AT_A_POINT.search(before)) and not AT_A_CLAIMED_POINT.search(before) or \
                pointing and not new_part and bool(LIST_GAP.match(gap)) and a_value
            pointing = at_a_point and a_value
            defining = let or at_a_point or bool(CORRECTION.search(_this_line(text, at, CORRECTION_REACH)))
            yield RegionStart(new_paragraph, defining, defining or bool(INTRODUCING_A_FUNCTION.search(before)),
                              bool(INDEPENDENCE.search(gap)), _next_cell(gap),
                              "\n" not in gap and _inline(text, at) and _names_the_left_side(before),
                              len(gap.strip()) <= MAX_INFERENCE_GAP and bool(INFERENCE.search(before)),
                              *_sweep(before, getattr(event, "text", ""), getattr(event, "sweep", False)),
                              bool(SHOULD_BE.search(before)),
                              bool(SPREAD_NAMED.search(before)), bool(DUAL_NUMBERS.search(gap)),
                              bool(OLD_VALUES.search(gap)), bool(MINIMISES.search(before)),
                              at_a_point,
                              _sample_letter(gap, previous_math, getattr(event, "text", "")),
                              _leads_into_a_correction(text, at), bool(POSTERIOR_NAMED.search(before)),
                              bool(PRIOR_NAMED.search(before)) or
                              bool(PRIOR_AFTER.match(text, at + len(getattr(event, "text", "")))),
                              adjacent=bool(previous_math) and not new_part and not MATH_DELIMITERS.sub("", gap).strip())
            previous_math = getattr(event, "text", "")
            previous_end = None
            for chain in chains_of(event, where, icomma, own):
                if not isinstance(chain, Chain):
                    yield chain
                    continue
                start = chain.segments[0].start
                listed = LISTED.search(text, max(event.offset, start - 80), start) \
                    if text[event.offset:start].rstrip().endswith(",") else None     # (a search per chain is slow)
                yield ChainItem(chain, RANGE_AFTER.match(text, chain.segments[-1].end) is not None or
                                _index_list(chain, text),
                                tuple(n.strip() for n in listed.group(0).split(",") if n.strip()) if listed else (),
                                next((cmd for lo, hi, cmd in struck if lo <= start < hi), ""),
                                _quantified_after(text, chain.segments[-1].end), _sign_after(text, chain.segments[-1].end),
                                _points_after(text, chain.segments[-1].end),
                                previous_end is not None and bool(INFERRED.search(text, previous_end, start)))
                previous_end = chain.segments[-1].end


# between two chains of one math region: the second is inferred from the first
INFERRED = re.compile(r"\\(?:Rightarrow|implies|Longrightarrow|therefore)\b|\\text\{\s*(?:so|hence|thus|therefore|gives)\b")
POINTS_AFTER = re.compile(r"(?:\s*,\s*\(\s*-?\d+(?:\.\d+)?(?:\s*,\s*-?\d+(?:\.\d+)?)+\s*\))+")


def _points_after(text: str, end: int) -> tuple:
    """`, (2, 3), (3, 4)` right after a chain: the further points of a list of data points, each a tuple of the
    numbers as written."""
    found = POINTS_AFTER.match(text, end)
    if not found:
        return ()
    return tuple(tuple(v.strip() for v in p.split(",")) for p in POINT.findall(found.group(0)))


# "a $\mathrm{Beta}(a, b)$ prior": the law named as the prior right after it
PRIOR_AFTER = re.compile(r"(?:\$|\\\))\s*prior\b", re.I)
def _sample_letter(gap: str, before: str, after: str) -> str:
    """The letter of an i.i.d. sample the prose `gap` names, written in the math region before or after it;
    with `?` after it when the prose gives its mean or variance a name other than μ, σ² ("with variance
    $\\tau^2$": the usual names would not be the writer's)."""
    if not SAMPLE_WORDS.search(gap):
        return ""
    for math in (before, after):
        found = SAMPLE_LIST.match(math) or SAMPLE_LAW.match(math)
        if found:
            named = SAMPLE_PARAMETER.search(gap)
            other = named is not None and not USUAL_PARAMETER.match(after)
            return found.group(1) + ("?" if other else "")
    return ""


# words after which `$= …$` goes on with the last chain ("so $= 0.5$"); another word names its own left side
CONNECTIVES = {"and", "so", "thus", "hence", "then", "which", "is", "are", "was", "equals", "gives", "giving", "get",
               "gets", "obtain", "yields", "therefore", "that", "becomes", "finally", "or", "now", "again", "also",
               "simplifies", "reduces", "evaluates", "comes", "out", "to", "as", "be", "have", "has", "we", "ie", "eg"}
_LAST_WORD = re.compile(r"(?<![\\A-Za-z])([A-Za-z]+)[\s~]*\Z")


def _inline(text: str, at: int) -> bool:
    """The region at `at` is in-line math (`$…$`, `\\(…\\)`), not a display."""
    opener = text[max(0, at - 2):at]         # the region's offset is where its content starts
    return opener.endswith("$") and not opener.endswith("$$") or opener == "\\("


def _names_the_left_side(before: str) -> bool:
    """`…, sum $= 11.1074$`, `total $= …$`: a noun right before in-line math on the same line is the relation's
    left side, so the region does not continue the last chain (it was read as `e^0 = 1 = 11.1074`). A display
    after prose (`… where $w$ is a weight` then `$$= 3$$`) still continues it."""
    m = _LAST_WORD.search(before)            # (`before` has the region's opener taken off)
    return bool(m) and len(m.group(1)) > 2 and m.group(1).lower() not in CONNECTIVES


def _next_cell(gap: str) -> bool:
    """Between two regions only a cell separator (the gap holds the math delimiters): `$z$ & $= …$`."""
    return "&" in gap and not re.sub(r"[$&\s]|\\[()\[\]]", "", gap)


def item_steps(item) -> int:
    """Steps an item counts for in the time cap (a directive counts as one)."""
    if isinstance(item, ChainItem):
        return max(1, len(item.chain.rels))
    return 1 if isinstance(item, Directive) else 0


# text struck through in the prose (ulem's \sout, \xout, soul's \st, cancel's \cancel, \bcancel, \xcancel):
# a crossed-out attempt, not a claim
STRUCK = re.compile(r"\\(sout|xout|st|strikeout|cancel|bcancel|xcancel)\s*\{")


def _struck_through(text: str) -> list[tuple[int, int, str]]:
    """(start, end, command) of each struck-through group whose braces hold a math region."""
    spans = []
    for m in STRUCK.finditer(text):
        depth, i = 1, m.end()
        while i < len(text) and depth:
            depth += {"{": 1, "}": -1}.get(text[i], 0) if text[i - 1] != "\\" else 0
            i += 1
        if depth:
            continue            # never closed: nothing is struck (TeX would stop there), the rest is checked
        if "$" in text[m.end():i] or "\\(" in text[m.end():i]:
            spans.append((m.end(), i, m.group(1)))
    return spans


LISTED = re.compile(r"(?:\\?[A-Za-z]+(?:_\{?\w+\}?)?\s*,\s*)+$")   # `a, ` in `a, b > 0` (up to the chain)
RANGE_AFTER = re.compile(r"(?:\s*,\s*[^,$\\]{1,12}){0,3}\s*,\s*(?:\\[lc]?dots|\.\.\.)")
INDEX_LIST_AFTER = re.compile(r"(?:\s*,\s*\d{1,2}){1,8}\s*\$")
INDEX_HEADS = {"i", "j", "k"}


def _index_list(chain, text) -> bool:
    """`for $j = 1, 2$`: the values an index letter runs over (the chain ends at `1`), not j = 1."""
    return chain.segments[0].text.strip() in INDEX_HEADS and len(chain.segments) == 2 and \
        INDEX_LIST_AFTER.match(text, chain.segments[-1].end) is not None


DECIMAL_POINT = re.compile(r"(?<![\d.])\d+\.\d+")                 # 0.7788
DECIMAL_COMMA = re.compile(r"(?<!\d)(?:0\{,\}\d+|\d+\{,\}(?:\d{1,2}|\d{4,})(?!\d))")   # 0{,}250, 1{,}5


# icomma (ziffer, decimalcomma): a comma between digits with no space is a decimal comma (tokens, chains)
ICOMMA = re.compile(r"\\usepackage(?:\[[^\]]*\])?\{[^}]*\b(?:icomma|ziffer|decimalcomma)\b")


def number_style(text: str) -> bool | None:
    """`5{,}050` in a file that writes decimals with a point (0.7788) is five thousand and fifty; in one with
    unambiguous decimal commas (0{,}25, 1{,}5) it is 5.05; with neither (or both) it has two readings."""
    point, comma = bool(DECIMAL_POINT.search(text)), bool(DECIMAL_COMMA.search(text))
    return None if point == comma else point


# `$…$ for $|x| < 1$`, `\] whenever \(x > 0\)`: the math after the word is a condition (an inequality, no =)
QUANTIFIER_AFTER = re.compile(r"\s*(?:\$\$?|\\\)|\\\])?\s*,?\s*(?:for\s+all|for\s+every|for\s+each|for|whenever|when|if)"
                              r"\s*(?:\$|\\\()([^$]{1,80}?)(?:\$|\\\))")
# `$\swish'(x) > 0$ everywhere`: claimed for every value of its variables
EVERYWHERE = "*"
EVERYWHERE_AFTER = re.compile(r"\s*(?:\$\$?|\\\)|\\\])?\s*,?\s*(?:everywhere|for\s+(?:all|every|any)\s+(?:real\s+)?"
                              r"(?:[a-zA-Z]\b|inputs?\b|values?\b|\$)|\$?\\forall\b)", re.I)
CONDITION = re.compile(r"<|>|\\le|\\ge|\\lt|\\gt|\\neq|\\ne\b|\\in\b")


def _quantified_after(text: str, end: int) -> tuple[str, ...]:
    """The letters a `for $<a condition>$` after the chain ending at `end` is on (`x` in `|x| < 1`): the chain
    is claimed over their range; (EVERYWHERE,) after `everywhere`, `for all x`. () when no condition follows."""
    if EVERYWHERE_AFTER.match(text, end):
        return (EVERYWHERE,)
    m = QUANTIFIER_AFTER.match(text, end)
    if not m or not CONDITION.search(m.group(1)) or "=" in m.group(1):
        return ()
    condition = re.sub(r"\\(?:[lr]vert|left|right|[lg]eq?|[lg]t|neq?|in|mathbb|mathrm)\b", " ", m.group(1))
    greek = tuple(_greek(name) for name in re.findall(r"\\([a-zA-Z]+)", condition))
    return tuple(sorted({*re.findall(r"(?<![\\a-zA-Z])[a-zA-Z](?![a-zA-Z])", condition), *filter(None, greek)}))


SIGN_CONDITION = re.compile(r"\s*(?P<names>(?:[a-zA-Z]|\\[a-zA-Z]+)(?:\s*,\s*(?:[a-zA-Z]|\\[a-zA-Z]+))*)\s*"
                            r"(?P<rel>\\geq?|\\leq?|>|<|\\gt|\\lt)\s*0\s*\Z")
SIGNS = {"\\ge": "nonnegative", "\\geq": "nonnegative", ">": "positive", "\\gt": "positive",
         "\\le": "nonpositive", "\\leq": "nonpositive", "<": "negative", "\\lt": "negative"}


def _sign_after(text: str, end: int) -> tuple:
    """`… whenever $c \\ge 0$` (or `$x, y > 0$`) after the chain: ((c, "nonnegative"), …); () otherwise."""
    m = QUANTIFIER_AFTER.match(text, end)
    s = SIGN_CONDITION.match(m.group(1)) if m else None
    if not s:
        return ()
    names = [n.strip() for n in s.group("names").split(",")]
    names = [_greek(n[1:]) if n.startswith("\\") else n for n in names]
    return tuple((n, SIGNS[s.group("rel")]) for n in names) if all(names) else ()


def _greek(name: str) -> str:
    try:
        return unicodedata.lookup(f"GREEK SMALL LETTER {name.upper()}")
    except KeyError:
        return ""


# enumitem / enumerate labels that make each item a part of a problem: (a), a), (i), "Problem 1."; \task
_LIST = re.compile(r"\\(begin|end)\{(enumerate|itemize|description|tasks)\}(\[[^\]\n]*\])?|\\(?:item|task)(?![a-zA-Z])")
PART_LABEL = re.compile(r"\\(?:alph|roman)\*|^\s*\(?[a-hivx]\)|Problem|Question|Exercise|Part")


def _part_items(text: str) -> list[int]:
    """Offsets of the `\\item`s of lists labelled as parts (`label=(\\alph*)`, `[(a)]`, `Problem \\arabic*`):
    each starts a new part, where names may be given afresh ("each part is separate")."""
    out, stack = [], []
    for m in _LIST.finditer(text):
        if m.group(1) == "begin":
            options = (m.group(3) or "")[1:-1]
            label = options.split("label=", 1)[1] if "label=" in options else options
            # the tasks package's \task is a sub-question, labelled a), b), … by default
            stack.append(m.group(2) == "tasks" or (bool(options) and bool(PART_LABEL.search(label))))
        elif m.group(1) == "end":
            if stack:
                stack.pop()
        elif stack and stack[-1]:
            out.append(m.start())
    return out

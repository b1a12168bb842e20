"""The laws a Scope knows: given by `\\sim` or bound to a name, written in place inside KL(· ‖ ·), and the
divergences between them. Mixed into bindings.Scope."""
from __future__ import annotations

import re

import sympy as sp


class ScopeLaws:
    def fixed_by_laws(self, name: str) -> bool:
        """KL(p ‖ q) of two laws the file gave: what the laws make it, which no formula written for it redefines
        ("a student swapped the variances:" is a slip shown, not a correction)."""
        return name.startswith(("KL(", "KL[")) and self.divergence(name) is not None

    def divergence(self, name: str):
        """KL(p ‖ q) for p, q given named laws (named_laws.divergence), or None."""
        from verify.tex.named_laws import KL_NAME, divergence
        m = KL_NAME.match(name)
        if m and m.group("p").strip() == m.group("q").strip():
            return sp.Integer(0)                                # KL(p ‖ p) = 0, whatever p is
        laws = self.named_laws()
        for text in (m.group("p").strip(), m.group("q").strip()) if m else ():
            if text not in laws and (law := self.law_written(text)) is not None:
                laws[text] = law            # KL(𝒩(0, 4) ‖ 𝒩(1, 1)): the laws written in place
        ranges: dict = {}
        value = divergence(name, laws, self.resolve, ranges)
        for letter, (low, high) in ranges.items():
            # KL(𝒩(μ_1, σ_1^2) ‖ 𝒩(μ_2, σ_2^2)) in letters: σ_1 a standard deviation, so positive (a p of Bern(p) in
            # (0, 1)): the formula is decided on those ranges, as a condition in the prose would set them
            bound = self.bounds.setdefault(letter, [None, None, False])
            bound[0] = low if bound[0] is None else max(bound[0], low)
            if high is not None:        # (σ > 0 leaves an upper bound the prose set, `σ < 5`, as it was)
                bound[1] = high if bound[1] is None else min(bound[1], high)
        return value / sp.log(2) if value is not None and self.kl_bits else value

    def law_written(self, text: str):
        """`\\mathcal{N}(0, 4)` as written inside KL(· ‖ ·): its Law, or None."""
        from verify.tex.build import ParseError
        from verify.tex.named_laws import law_of
        from verify.tex.parse import parse
        from verify.tex.tokens import LatexError, tokenize
        shown = re.fullmatch(r"([A-Za-z]+)(\(.*\))", text)      # `Ber(0.5)`, as the name shows it
        try:
            return law_of(parse(tokenize(rf"\mathrm{{{shown[1]}}}{shown[2]}" if shown else text, 0),
                                self.context()).expr, self.section)
        except (LatexError, ParseError, ValueError, TypeError):
            return None

    def named_laws(self) -> dict:
        """name -> Law: given by `\\sim` (`X \\sim \\mathrm{Exp}(2)`) or bound to one (`p = \\mathcal N(0, 1)`)."""
        from verify.tex.named_laws import FAMILIES, law_of
        laws = dict(self.laws)
        # (a law bound under an earlier heading is not this part's: `p = Ber(0.3)` in section 1, `H(p)` of a
        # new p in an exercise; the parts (a), (b) of one problem keep it)
        # (the class name first: this runs for every step, over every binding; `Beta(2, 2)` is of class Beta)
        laws.update({n: law for n, b in self.bindings.items() if type(b.definition).__name__ in FAMILIES
                     and (law := law_of(b.definition, 0)) is not None
                     and (b.section == self.section or self.stem_laws is not None)})
        return laws

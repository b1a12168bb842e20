"""`v_1 = x = 0.5` in a trace table: v_1 is x, and x is 0.5 -- two definitions, not a claim about an unknown x.

A mixin of the checking run (`check._Run`)."""
from __future__ import annotations

from verify.tex.bindings import plain_number
from verify.tex.results import GIVEN


class AliasRules:
    def alias_chain(self, name, segs, rels, parsed) -> bool:
        """A chain `name = other = number` whose middle is a bare name the file has not bound: both are
        defined (name as other, other as the number); True when it was read so."""
        if rels != ["=", "="] or any(isinstance(p, Exception) for p in parsed):
            return False
        other = self.unbound_name(parsed[1])
        if not other or other == name or parsed[2].others or not plain_number(parsed[2].expr):
            return False
        self.add(segs[0], segs[1], "=", GIVEN, f"definition of {name}")
        self.add(segs[1], segs[2], "=", GIVEN, f"definition of {other}")
        self.bind(other, parsed[1:], segs[1:])
        self.bind(name, parsed[:2], segs[:2])
        return True

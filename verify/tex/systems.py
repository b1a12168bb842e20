r"""A system of linear equations being solved: `π_1 = 0.9π_1 + 0.4π_2` (a stationary distribution's balance, a Bellman
equation) makes π_1, π_2, … the unknowns of a system in this part of the file (a mixin of the checking run,
`check._Run`).

A name on both sides of `=` with a number other than 1 as its coefficient on the right is an equation in it, not an
update (`w = w - ηg` keeps the coefficient 1; `w = (1 - ηλ)w` has a symbolic one). Each later equation in the unknowns
is checked against the system: it follows from the equations above (ok), it contradicts them once they fix every
unknown (wrong), or it is new and is not used (unverified). `π_1 + π_2 + π_3 = 1` is the condition of a distribution
and joins the system. Once the system fixes the unknowns their values are bound, so later steps use them.
"""
from __future__ import annotations

import dataclasses

import sympy as sp
from sympy.polys.polyerrors import BasePolynomialError

from verify.prove import _Timeout, time_limit
from verify.tex.bindings import Unresolved, exact
from verify.tex.equation_runs import _Equation
from verify.tex.equations import BUDGET
from verify.tex.results import GIVEN, OK, UNVERIFIED, WRONG


@dataclasses.dataclass
class System:
    section: int
    rows: list          # (lhs - rhs, line): equations in the unknowns, each given or following from the others
    unknowns: set       # the names (of one family: π_1, π_2, …)
    solved: bool = False
    seeded: bool = False    # looked for the chain's transition matrix (see seed_from_a_chain)


def family(name: str) -> str:
    """π_1, π_2 -> π; V^π(s_1) -> V^π: the letter a set of unknowns shares."""
    return name.partition("(")[0].partition("_")[0]


class LinearSystems:
    def system_row(self, head, segs, rels, parsed) -> bool:
        """A one-relation chain that is an equation of a system in this part: checked against it (see the module).
        False: not one, checked as before."""
        if len(rels) != 1 or rels[0] != "=" or any(isinstance(p, Exception) for p in parsed[:2]) or \
                not all(isinstance(p.expr, sp.Expr) and not isinstance(p.expr, sp.MatrixBase) for p in parsed[:2]):
            return False
        lone = head is not None and head[1] is None
        balance = lone and not self.defining and self.balance(head[0], parsed[1].expr)
        system = self.system_of(head[0], parsed) if balance else self.active_system(parsed)
        if balance and not system.seeded:
            self.seed_from_a_chain(system)
        if system is None:
            return self.normalisation(segs, parsed)
        difference = self.in_unknowns(parsed, system)
        if difference is None or not difference.free_symbols or \
                not {s.name for s in difference.free_symbols} <= system.unknowns:
            return False
        line = self.where(segs[1].start)[0]
        lines = sorted({n for _, n in system.rows})
        lines = f"line {lines[0]}" if len(lines) == 1 else f"lines {', '.join(map(str, lines))}"
        # (a balance row adds to the system unless the rows above already settle it: `V(s_1) = 14.4 + 0.18V(s_1)`
        # after the two Bellman equations is worked out from them, and checked)
        verdict, detail = self.against(system, difference)
        if verdict is None and balance:
            verdict, detail = GIVEN, f"an equation in {head[0]} (on both sides), taken as given: " \
                                     f"{', '.join(sorted(system.unknowns))} are the unknowns of a system"
        if verdict is None and sums_to_one(difference, system.unknowns):
            verdict, detail = GIVEN, "a condition: the entries sum to 1"
        if verdict is None:
            prev = self.equation
            linked = prev is not None and prev.region == self.region and prev.line < line
            outcome = self.equivalent(prev.difference, difference) if linked else None
            if outcome is not None and outcome.verdict == WRONG:
                verdict, detail = WRONG, outcome.detail
            else:
                verdict, detail = UNVERIFIED, f"an equation in {', '.join(sorted(system.unknowns))} that does not " \
                                              f"follow from the equations on {lines} (a new condition?)"
        elif verdict == OK:
            detail = f"follows from the equations on {lines}"
        elif verdict == WRONG:
            detail = f"the equations on {lines} give {detail}"
        if verdict in (OK, GIVEN):
            system.rows.append((difference, line))
        index = self.add(segs[0], segs[1], "=", verdict, detail)
        self.after_row(system, index, difference if verdict in (OK, GIVEN) else None)
        return True

    def seed_from_a_chain(self, system):
        """π_1, …, π_n with a written-out n × n stochastic matrix P in this part's reach: the system starts from
        the equations of πP = π (rows summing to 1; Pπ = π when its columns do), so each balance row the writer
        derives from P is checked, not taken as given. No matrix, or one stochastic both ways: nothing is added."""
        system.seeded = True
        key = next(iter(system.unknowns)).partition("_")[0] if system.unknowns else ""
        indices = [n.partition("_")[2] for n in system.unknowns]
        if not key or not all(i.isdigit() for i in indices):
            return
        n = max(int(i) for i in indices)
        found = []
        for name, m in self.scope.matrices.items():
            exact_m = m.applyfunc(exact) if isinstance(m, sp.MatrixBase) else None      # (0.9 as written: a literal)
            if exact_m is None or exact_m.shape != (n, n) or n < 2 or not all(e.is_number for e in exact_m):
                continue
            rows = all(sp.nsimplify(sum(exact_m.row(i))) == 1 for i in range(n))
            cols = all(sp.nsimplify(sum(exact_m.col(j))) == 1 for j in range(n))
            if rows != cols and all(e >= 0 for e in exact_m):
                found.append((self.scope.matrix_lines.get(name, 0), name, exact_m, rows))
        if not found:
            return
        line, name, m, rows = max(found, key=lambda f: f[0])
        unknowns = [sp.Symbol(f"{key}_{k + 1}", real=True) for k in range(n)]
        pi = sp.Matrix([unknowns])
        balance = pi * m - pi if rows else (m * pi.T - pi.T).T
        system.unknowns |= {u.name for u in unknowns}
        system.rows.extend((sp.expand(b), line) for b in balance)

    def normalisation(self, segs, parsed) -> bool:
        """`π_1 + π_2 = 1` before the balance equations (names with no meaning in this part): kept for the system."""
        sides = (parsed[0].expr, parsed[1].expr)
        if not any(e == 1 for e in sides) or not any(isinstance(e, sp.Add) and len(e.args) > 1 and
                                                     all(isinstance(a, sp.Symbol) for a in e.args) for e in sides):
            return False        # (cheap first: most one-relation chains are no such condition)
        try:
            difference = sp.expand(exact(parsed[0].expr - parsed[1].expr))
        except (TypeError, ValueError, AttributeError):
            return False
        names = {s.name for s in difference.free_symbols if isinstance(s, sp.Symbol)}
        if len({family(n) for n in names}) != 1 or any(self.scope.has_meaning(n) for n in names) or \
                not sums_to_one(difference, names):
            return False
        line = self.where(segs[1].start)[0]
        self.scope.normalisations[family(next(iter(names)))] = (self.scope.section, difference, names, line)
        self.add(segs[0], segs[1], "=", GIVEN, "a condition: the entries sum to 1")
        return True

    def fixed_by_a_system(self, name) -> bool:
        """Is name an unknown a system of this part has fixed (a restatement of it is a claim, never a new case)?"""
        system = self.scope.systems.get(family(name))
        return system is not None and system.solved and system.section == self.scope.section and \
            name in system.unknowns

    def balance(self, name, right) -> bool:
        """`x = c x + …` with c a number other than 1, x with no meaning in this part."""
        if self.scope.has_meaning(name):
            return False
        x = next((s for s in right.free_symbols if isinstance(s, sp.Symbol) and s.name == name), None)
        if x is None:
            return False
        try:
            poly = sp.Poly(exact(right), x)     # (0.9 as written is a literal)
        except (BasePolynomialError, TypeError, ValueError):
            return False
        c = poly.coeff_monomial(x)
        return poly.degree() == 1 and c.is_number and c != 1

    def system_of(self, name, parsed) -> System:
        """The system of name's family in this part (a new one in a new part: the values an earlier part gave the
        family are forgotten)."""
        key = family(name)
        system = self.scope.systems.get(key)
        if system is None or system.section != self.scope.section:
            system = self.scope.systems[key] = System(self.scope.section, [], set())
            pending = self.scope.normalisations.pop(key, None)
        else:
            pending = None
        names = {s.name for p in parsed[:2] for s in p.expr.free_symbols if isinstance(s, sp.Symbol) and
                 family(s.name) == key}
        for n in names - system.unknowns:
            b = self.scope.bindings.get(n)
            if b is not None and b.section < self.scope.section:
                self.scope.bindings.pop(n, None)
        system.unknowns |= names
        if pending is not None and pending[0] == self.scope.section:
            system.unknowns |= pending[2]
            system.rows.append((pending[1], pending[3]))
        return system

    def active_system(self, parsed):
        """The unsolved system of this part whose unknowns the chain uses, else None."""
        names = {s.name for p in parsed[:2] for s in p.expr.free_symbols if isinstance(s, sp.Symbol)}
        for key, system in self.scope.systems.items():
            if system.section == self.scope.section and not system.solved and names & system.unknowns:
                return system
        return None

    def in_unknowns(self, parsed, system):
        """lhs - rhs with every other name put in, exact; None when it cannot be."""
        try:
            kept = {n: self.scope.bindings.pop(n) for n in system.unknowns if n in self.scope.bindings}
            try:
                difference = exact(self.scope.resolve(parsed[0].expr - parsed[1].expr))
            finally:
                self.scope.bindings.update(kept)
        except (Unresolved, TypeError, ValueError, AttributeError):
            return None
        if not isinstance(difference, sp.Expr):
            return None
        return sp.expand(difference)

    def against(self, system, difference):
        """(OK, "") when the equation follows from the system's rows; (WRONG, what they give) when the rows fix
        every unknown and it does not hold then; (None, "") otherwise."""
        rows = [r for r, _ in system.rows]
        if not rows:
            return None, ""
        unknowns = sorted({s for r in rows + [difference] for s in r.free_symbols}, key=lambda s: s.name)
        try:
            with time_limit(BUDGET):
                before, after = _augmented(rows, unknowns), _augmented(rows + [difference], unknowns)
                if before.rank() == after.rank():
                    return OK, ""
                if before[:, :-1].rank() == before.rank() == len(unknowns):
                    solution = sp.solve(rows, unknowns, dict=True)
                    if len(solution) == 1:
                        return WRONG, ", ".join(f"{s.name} = {solution[0][s]}" for s in unknowns
                                                if s in difference.free_symbols and s in solution[0])
        except (_Timeout, BasePolynomialError, sp.NonlinearError, ValueError, TypeError, NotImplementedError):
            pass
        return None, ""

    def after_row(self, system, index, difference):
        """The row is the equation the next line may follow from; once the system fixes every unknown, bind them."""
        line = self.results[index].line
        self.equation = _Equation(index, difference, self.region, line, False) if difference is not None else None
        rows = [r for r, _ in system.rows]
        unknowns = sorted({s for r in rows for s in r.free_symbols}, key=lambda s: s.name)
        if {s.name for s in unknowns} != system.unknowns:
            return
        try:
            with time_limit(BUDGET):
                if _augmented(rows, unknowns)[:, :-1].rank() != len(unknowns):
                    return
                solution = sp.solve(rows, unknowns, dict=True)
        except (_Timeout, BasePolynomialError, sp.NonlinearError, NotImplementedError, TypeError, ValueError):
            return
        if len(solution) != 1 or not all(solution[0].get(s, sp.nan).is_number for s in unknowns):
            return
        system.solved = True
        for s in unknowns:
            value = solution[0][s]
            self.scope.bind(s.name, value, value, line, str(value))


def _augmented(rows, unknowns):
    """[A | b] of the linear equations rows = 0 in the unknowns."""
    a, b = sp.linear_eq_to_matrix(rows, unknowns)
    return a.row_join(b)


def sums_to_one(difference, names) -> bool:
    """π_1 + π_2 + π_3 - 1 (or its negative) with exactly these names: a distribution's entries sum to 1."""
    symbols = {s.name: s for s in difference.free_symbols}
    if set(symbols) != set(names) or len(names) < 2:
        return False
    total = sum(symbols.values())
    return sp.expand(difference - (total - 1)) == 0 or sp.expand(difference + (total - 1)) == 0

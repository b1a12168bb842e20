"""Break a derivation on purpose: change one step's display or one gradient formula."""
import dataclasses

from derivations.model import Claim


def break_step(d, number, transform):
    """Apply `transform` to the displayed right-hand side of step `number` (what is shown is what is proved)."""
    step = d[number]
    expr = step.expr.func(step.expr.lhs, transform(step.expr.rhs), evaluate=False)
    d.steps[number - 1] = dataclasses.replace(step, expr=expr)
    return d


def break_gradient(d, index, transform):
    """Wrap gradient check `index`'s derived formula: grads -> transform(grads)."""
    check = d.gradient_checks[index]
    original = check.sympy_grad
    d.gradient_checks[index] = dataclasses.replace(check, sympy_grad=lambda **kw: transform(original(**kw)))
    return d





def tex_steps(text):
    """The steps the hand checker reports for a LaTeX text."""
    from verify.tex import check_text
    return check_text(text).steps


def tex_step(text, lhs=None, rhs=None):
    """The first step of the text with that left (or right) side, as written."""
    return next(s for s in tex_steps(text)
                if (lhs is None or s.lhs.strip() == lhs) and (rhs is None or s.rhs.strip() == rhs))


def tex_at(out, text):
    """The first of these steps that reads `lhs rel rhs` starting with `text` (spaces ignored)."""
    return next(s for s in out if f"{s.lhs} {s.rel} {s.rhs}".replace(" ", "").startswith(text.replace(" ", "")))


def tex_confirmed(text, *wheres, because):
    """Each step at `wheres` is ok, and says `because` (the reading that confirmed it)."""
    out = tex_steps(text)
    for where in wheres:
        step = tex_at(out, where)
        assert step.verdict.value == "ok" and because in step.detail, (where, step.detail)


def tex_broken(text, old, new, where):
    """The verdict at `where` once `old` is replaced by `new` in the text (the case that must stay caught)."""
    assert old in text
    return tex_at(tex_steps(text.replace(old, new)), where).verdict


__all__ = ["break_step", "break_gradient", "Claim", "tex_steps", "tex_step", "tex_at", "tex_broken", "tex_confirmed"]

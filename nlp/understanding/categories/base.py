"""What a behaviour category is: a name, a Dutch label, a default severity and a lexicon.

Terms are regular-expression fragments matched on the folded text (lowercase, no
accents) at the start of a word; write ``\\w*`` where a compound or inflection may
follow ("vernield", "vernielingen"). Keep each category's knowledge in its own module
in this package; the registry picks up every module that defines ``CATEGORY``.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Category:
    """One behaviour category and the words that signal it."""

    name: str
    label_nl: str
    # 1 = nuisance, 2 = serious, 3 = violence or danger to life; the signal's severity
    # is the highest of its categories.
    severity: int
    # A hit on any of these is enough (unless negated: "geen alcohol gezien").
    terms: tuple[str, ...]
    # Count only when no ordinary term of any category matched: words that describe
    # the situation ("hangen", "leerplicht") rather than the behaviour.
    weak_terms: tuple[str, ...] = ()
    # (term, condition): the term counts only when the condition pattern occurs
    # anywhere in the message ("rijden" is traffic only with a vehicle in the message).
    conditional_terms: tuple[tuple[str, str], ...] = ()
    description: str = ""

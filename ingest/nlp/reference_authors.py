"""The author list that opens a reference written in Latin letters, in the forms the common styles use:

- `Surname, A. B.` / `Surname, A.-B.` (ACS, APA, Nature), separated by `;` or `,` (`, &` before the last);
- `A. B. Surname` (IEEE: `A. Surname, B. Surname, and C. Surname`);
- `Surname AB` / `SURNAME A B` / `Surname A. B.` (AMA/Vancouver, GB/T 7714);
- `Given Surname` / `Given A. Surname` (full names: `Hong Liu`), `SURNAME Given` (`LIU Hong`);
- `A Surname` / `AB Surname` (initials with no stop, as Google Scholar lists them);
- `Surname, Given` (full given names, as citation databases export them: `Shu, Lele; Li, Xiaodong`).

One reference writes all its authors in one form, so a list is read in one form, the one that reads the most
names; a list that mixes forms (a CV's, written by hand) is read name by name only where that reads more.
`et al.` (or `etc`) may close it. Each name may carry marks: `*`, `†`, `(通讯作者)` (corresponding), `#` (co-first).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_UP = "A-ZÀ-ÖØ-Þ"
_LETTER = "A-Za-zÀ-ÖØ-öø-ÿ'’"
_PARTICLE = r"(?:(?:van|von|de|der|den|da|del|della|di|du|le|la|dos|das|ten|ter)\s+){0,2}"
_SURNAME = rf"{_PARTICLE}[{_UP}][{_LETTER}]+(?:[-‐][{_UP}]?[{_LETTER}]+)?"
_CAPS_SURNAME = rf"[{_UP}]{{2,}}(?:[-‐][{_UP}]{{2,}})?"
_INITIAL = rf"[{_UP}][a-z]?\."
_INITIALS = rf"{_INITIAL}(?:\s?[-‐]?\s?{_INITIAL}){{0,3}}"
_BARE_INITIALS = rf"(?:[{_UP}](?:[\s-][{_UP}]){{1,2}}|[{_UP}]{{1,3}})(?![{_LETTER}])"
_GIVEN = rf"[{_UP}][a-zà-ÿ]+(?:[-‐][{_UP}]?[a-zà-ÿ]+)?"
_FORMS = (
    rf"{_SURNAME}\s*,\s*{_INITIALS}",  # Surname, A. B.
    rf"{_INITIALS}\s*{_SURNAME}",  # A. B. Surname
    rf"{_SURNAME}\s+{_BARE_INITIALS}",  # Surname AB
    rf"{_SURNAME}\s+{_INITIALS}",  # Surname A. B. (Vancouver with its stops)
    rf"{_CAPS_SURNAME}\s+{_GIVEN}(?![{_LETTER}])",  # SURNAME Given
    rf"{_GIVEN}(?:\s+(?:{_GIVEN}|{_INITIAL}))?\s+{_SURNAME}(?![{_LETTER}])",  # Given Surname
    rf"[{_UP}]{{1,2}}\s+{_SURNAME}(?![{_LETTER}])",  # A Surname, AB Surname (as Google Scholar lists them)
    rf"{_SURNAME}\s*,\s*{_GIVEN}(?:\s+(?:{_GIVEN}|{_INITIAL}))?(?![{_LETTER}])",  # Surname, Given (as citation databases export them)
)
_MARK = (r"(?:\s*(?:\*|#|†|‡|§|\((?:共同)?(?:通讯作者|第一作者)\)|\((?:[Cc]o-)?[Cc]orresponding [Aa]uthors?\)"
         r"|\((?:学生|博后|博士后|研究生|博士生|硕士生|student|postdoc)\)))")  # a note of who the author is
_SEPARATOR = r"(?:\s*[,;]\s*(?:and\s+|&\s*)?|\s+(?:and|&)\s+|\s*&\s*)"
_ET_AL = r"(?:\s*,?\s*(?:et\s*al\.?|etc\.?|等))"
# a title follows: after a stop, comma or colon, a quote, or a semicolon (`A, B; Title; Journal; 2010, 44: 5376`)
_END = r"(?=\s*[.,:]?\s*[\"“”'‘(]|\s*[.,:;]\s*\S|(?<=[.*†‡#)])\s+\S)"
# the forms one by one, then any of them name by name: a CV's list that mixes them (`Li, H., Y. Wang and Z. Xu`)
_ANY = "|".join(_FORMS)
_LISTS = tuple(re.compile(rf"(?P<names>(?:{form}){_MARK}*(?:{_SEPARATOR}(?:{form}){_MARK}*){{0,99}})"
                          rf"(?P<et_al>{_ET_AL})?{_END}") for form in (*_FORMS, _ANY))
_NAMES = tuple(re.compile(rf"(?P<name>{form})(?P<marks>{_MARK}*)") for form in (*_FORMS, _ANY))
_CORRESPONDING = re.compile(r"\*|†|‡|通讯|corresponding", re.I)


@dataclass(frozen=True, slots=True)
class Author:
    name: str  # as written, without its marks
    order: int | None  # 1-based; None where the text does not say (a co-author of a CV's own paper)
    corresponding: bool
    start: int  # where the name stands in the text it was read from
    end: int


@dataclass(frozen=True, slots=True)
class AuthorList:
    authors: tuple[Author, ...]
    end: int  # where the list (and its `et al.`) ends


def author_list(text: str, start: int = 0) -> AuthorList | None:
    """The authors written at `start` of `text`, in the one form that reads the most of them; None when no
    list of names followed by a title stands there."""
    best: tuple[int, int] | None = None  # (count, form)
    found: dict[int, re.Match[str]] = {}
    for k, pattern in enumerate(_LISTS):
        m = pattern.match(text, start)
        if not m:
            continue
        found[k] = m
        count = sum(1 for _ in _NAMES[k].finditer(m.group("names")))
        if best is None or count > best[0]:  # the mixed reading only where it reads more than every single form
            best = (count, k)
    if best is None:
        return None
    m = found[best[1]]
    authors = []
    for order, name in enumerate(_NAMES[best[1]].finditer(text, m.start("names"), m.end("names")), start=1):
        authors.append(Author(name=" ".join(name.group("name").split()), order=order,
                              corresponding=bool(_CORRESPONDING.search(name.group("marks"))),
                              start=name.start("name"), end=name.end("name")))
    return AuthorList(tuple(authors), m.end())

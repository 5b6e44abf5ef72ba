"""Params of eligibility rules: numbers, kinds and dates read from a matched cue sentence.

Params are strings (the `Rule.params` contract) but always machine-readable: integers,
decimals, ISO dates, and comma-separated kgx/1 organization kinds or role names.
"""

from __future__ import annotations

import re
from collections.abc import Callable

Params = dict[str, str]

_CN_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
# Words for kinds of applying units -> kgx/1 organization kinds.
_KIND_WORDS: tuple[tuple[str, str], ...] = (
    ("医疗卫生机构", "hospital"), ("医疗机构", "hospital"), ("医院", "hospital"),
    ("高校院所", "university,research_institute"), ("高等院校", "university"), ("高校", "university"),
    ("大学", "university"), ("科研院所", "research_institute"), ("研究所", "research_institute"),
    ("研究院", "research_institute"), ("院所", "research_institute"), ("企业", "company"),
    ("研发机构", "other"), ("事业单位", "other"), ("社会组织", "society"),
)


def number(raw: str) -> int:
    if raw.isdigit():
        return int(raw)
    return _CN_DIGITS.get(raw, 0)


def kinds_in(text: str) -> list[str]:
    found: list[str] = []
    rest = text
    for word, kinds in _KIND_WORDS:
        if word in rest:
            rest = rest.replace(word, "")
            found.extend(k for k in kinds.split(",") if k not in found)
    return found


def leader_limit_params(m: re.Match[str], sentence: str) -> Params:
    out = {"limit": str(number(m.group("n")))}
    if re.search(r"牵头|主持", m.group()):
        out["role"] = "leader"
    return out


def overdue_params(m: re.Match[str], sentence: str) -> Params:
    """How long overdue a project must be to bar its leader, and whom else the bar reaches."""
    out: Params = {}
    if m.group("n"):
        out["overdue_months" if m.group("unit") == "月" else "overdue_years"] = str(number(m.group("n")))
    barred = m.group().rpartition("不得")[0]
    roles = ["leader"]
    if re.search(r"(?:科室|部门|团队|课题组|项目组)[^。；;]{0,6}成员|成员", barred):
        roles.append("department" if re.search(r"(?:科室|部门)[^。；;]{0,6}成员", barred) else "member")
    out["roles"] = ",".join(roles)
    return out


def ongoing_limit_params(m: re.Match[str], sentence: str) -> Params:
    """`已承担两项在研项目的负责人不得申报`: at most one ongoing project (`超过两项`: at most two)."""
    n = number(m.group("n"))
    return {"limit": str(n if m.group("more") else n - 1)}


def exception_params(m: re.Match[str], sentence: str) -> Params:
    exc = re.search(r"[（(]([^（）()]*?)除外[）)]", sentence)
    return {"except": exc.group(1)} if exc else {}


def roles_params(m: re.Match[str], sentence: str) -> Params:
    """Who a rule binds: leaders (牵头, 负责人), members (参与, 成员) and units (单位)."""
    head, barred, tail = m.group().partition("不得")
    # `X 不得牵头或参与…` binds by the verbs after 不得; `X 和 Y 均须…` by the subjects before 须.
    words = tail if barred else sentence[: m.start()] + head
    roles = []
    if re.search(r"牵头|负责人|主持", words):
        roles.append("leader")
    if re.search(r"参与|成员|骨干", words):
        roles.append("member")
    if not barred and "单位" in words:
        roles.append("unit")
    if barred and not roles and "申报" in tail:
        roles.append("leader")
    return {"roles": ",".join(roles)} if roles else {}


def quota_params(m: re.Match[str], sentence: str) -> Params:
    who = m.group("who") or m.group("unit") or "单位"
    out = {"limit": m.group("n"), "unit_scope": who}
    kinds = kinds_in(who)
    if re.fullmatch(r"(?:其他|其余)(?:单位|机构)?|单位", who):
        out["unit_kind"] = "any"
        earlier = kinds_in(sentence[: m.start()]) if who.startswith(("其他", "其余")) else []
        if earlier:
            out["excluding_kinds"] = ",".join(earlier)
    elif kinds:
        out["unit_kind"] = ",".join(kinds)
    if who.startswith(("其他", "其余")):
        out["tier"] = "rest"
    elif re.search(r"纳入|入选|列入|重点", who):
        out["tier"] = "qualified"
    return out


def partner_params(m: re.Match[str], sentence: str) -> Params:
    lead, partner = m.group("lead"), m.group("partner")
    out = {"lead_kinds": ",".join(kinds_in(lead)), "partner_kinds": ",".join(kinds_in(partner))}
    if lead.startswith("非") and (grade := _grade(lead)):
        out["lead_not_grade"] = grade
    if (pg := _grade(partner)):
        out["partner_grade"] = pg
    region = re.match(r"(.{2,10}?)(?:地区|区域|省内|市内)", partner)
    if region:
        out["partner_region"] = region.group(0)
    if re.search(r"协议", sentence[m.end():]):
        out["agreement_required"] = "true"
    return out


def _grade(text: str) -> str:
    m = re.search(r"[一二三]级[甲乙丙]等", text)
    return m.group() if m else ""


def kinds_params(group: str, key: str) -> Callable[[re.Match[str], str], Params]:
    def extract(m: re.Match[str], sentence: str) -> Params:
        kinds = kinds_in(m.group(group))
        return {key: ",".join(kinds)} if kinds else {}
    return extract


def youth_params(m: re.Match[str], sentence: str) -> Params:
    out = {"min_share": f"{float(m.group('pct')) / 100:g}"}
    age = re.search(r"(\d+)周?岁以下", sentence)
    if age:
        out["max_age"] = age.group(1)
    born = re.search(r"(\d{4})年(\d{1,2})月(\d{1,2})日(?:[（(]含[）)])?(?:以后|之后|及以后)出生", sentence)
    if born:
        out["born_on_or_after"] = f"{born.group(1)}-{int(born.group(2)):02d}-{int(born.group(3)):02d}"
    if re.search(r"负责人", sentence) and re.search(r"骨干|成员", sentence):
        out["roles"] = "leader,member"
    return out


def duration_params(m: re.Match[str], sentence: str) -> Params:
    return {"max_years": str(number(m.group("n")))}


def deadline_params(m: re.Match[str], sentence: str) -> Params:
    date = re.match(r"(\d{4})年(\d{1,2})月(\d{1,2})日", m.group("date"))
    assert date is not None
    iso = f"{date.group(1)}-{int(date.group(2)):02d}-{int(date.group(3)):02d}"
    if m.group("time"):
        hh, mm = re.split(r"[:：]", m.group("time"))
        iso += f"T{int(hh):02d}:{mm}"
    what = m.group("what") + (m.groupdict().get("verb") or "")
    return {"deadline": iso, "stage": deadline_stage(what)}


def deadline_stage(what: str) -> str:
    """Which step a deadline closes: paper materials, the recommendation, or the submission."""
    if "纸质" in what:
        return "paper_materials"
    if re.search(r"推荐|审核", what):
        return "recommendation"
    return "submission"


# the grounds on which a guide has a reviewer step aside, by its words (machine names the conflict check knows)
_RECUSAL_GROUNDS = (("advisor", r"师生|导师|学生"), ("collaboration", r"合作|合著|共同(?:发表|完成|承担)"),
                    ("same_unit", r"同一(?:法人)?单位|同单位|同一机构"), ("kin", r"亲属|夫妻|直系|旁系|姻亲"),
                    ("interest", r"利益|经济往来"))


def recusal_params(m: re.Match[str], sentence: str) -> Params:
    """Why a reviewer recuses (`grounds`: advisor, collaboration, same_unit, kin, interest) and over how many
    years a collaboration counts (`years`, 近五年)."""
    grounds = [name for name, words in _RECUSAL_GROUNDS if re.search(words, m.group())]
    years = re.search(r"(?:近|最近|过去)(?P<n>[一二两三四五六七八九十\d]+)年", m.group())
    params = {"grounds": ",".join(grounds)} if grounds else {}
    if years:
        params["years"] = str(number(years.group("n")))
    return params

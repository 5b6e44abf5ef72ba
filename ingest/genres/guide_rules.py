"""Eligibility rules a funding guide states, as structured `Rule` records an eligibility checker can run.

Each rule kind is a cue pattern (不得 / 不超过N项 / 只能 / 须 / 必须 …) over one sentence of
the re-joined text, a stable machine name (`constraint`), whom it binds (`applies_to`)
and numeric params. The catalogue of constraint names and params is `CONSTRAINTS`.
A sentence with a strong cue that no pattern explains becomes `stated_requirement`, so
nothing the guide demands is lost.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ingest.genres.guide_rule_params import (
    Params,
    deadline_params,
    duration_params,
    exception_params,
    kinds_params,
    leader_limit_params,
    ongoing_limit_params,
    overdue_params,
    partner_params,
    quota_params,
    recusal_params,
    roles_params,
    youth_params,
)
from ingest.genres.guide_text import Flow, flow_of, squeeze
from ingest.model import Rule, Span

Context = Callable[[int], str | None]  # flow offset -> project class last named before it
_TOPIC_BLOCK = 800  # how far below its code line a topic's own conditions may be stated


@dataclass(frozen=True, slots=True)
class RuleKind:
    constraint: str
    applies_to: str
    pattern: re.Pattern[str]
    params: Callable[[re.Match[str], str], Params] = lambda m, s: {}
    supersedes: tuple[str, ...] = ()  # kinds a match of this one stands for in the same sentence
    scoped: bool = False  # the rule binds the project class named just before it
    each: bool = False  # one rule per match (quota tiers, deadlines), not one per sentence
    cue: str = ""  # a word every match contains: a sentence without it is not searched (the slow patterns)


def _p(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


_ANY = r"[^。]*?"
CONSTRAINTS: tuple[RuleKind, ...] = (
    RuleKind("max_applications_per_leader_per_year", "leader",
             _p(rf"(?:同一|每个?|每位|每名)?(?:项目)?(?:负责人|申请人){_ANY}(?:同一|每|当|本)(?:年度|年){_ANY}"
                rf"(?:只能|仅能|限报|限|不超过|最多)(?:申报|牵头申报|申请|承担|主持)?(?P<n>[一二两三四五\d]+)项"),
             leader_limit_params),
    RuleKind("max_applications_per_leader", "leader",
             _p(r"(?:同一|每个?|每位|每名)(?:项目)?(?:负责人|申请人)[^。年]*?(?:只能|仅能|限报|限|不超过|最多|不得超过)"
                r"(?:申报|牵头申报|申请|承担|主持)?(?P<n>[一二两三四五\d]+)项"), leader_limit_params),
    RuleKind("overdue_project_leader_excluded", "leader",
             _p(r"(?:超期|逾期|延期)(?P<n>[一二两三\d]+)?个?(?P<unit>年|月)?(?:以上)?(?:未完成|未结题|未结项|未验收|未通过验收)"
                r"[^。；;]*?不得(?:申报|申请)"), overdue_params, cue="期"),
    RuleKind("max_ongoing_projects_per_leader", "leader",
             _p(r"(?:承担|主持|负责)有?(?P<more>超过|多于)?(?P<n>[一二两三四五\d]+)项(?:及以上|以上)?[^。；;]{0,30}?在研"
                r"(?:项目|课题)[^。；;]*?不得(?:申报|申请)"), ongoing_limit_params,
             supersedes=("no_ongoing_project_leader",), cue="在研"),
    RuleKind("no_ongoing_project_leader", "leader",
             _p(rf"在研{_ANY}(?:负责人|主持人){_ANY}不得{_ANY}(?:申报|申请)|(?:负责人|主持人){_ANY}在研{_ANY}不得"),
             exception_params),
    RuleKind("guide_compilers_excluded", "expert",
             _p(rf"(?:参与|参加){_ANY}指南{_ANY}(?:编制|制定|起草){_ANY}(?:专家|人员){_ANY}不得(?P<what>{_ANY})(?:申报|申请)"),
             roles_params),
    RuleKind("reviewer_recusal", "expert",
             _p(rf"(?:(?:评审专家|评审人员?|评审委员|评议专家|专家|评委){_ANY}(?:与|和|同)(?:申请人|申报人|项目负责人|被评审人?|申请单位)"
                rf"|(?:与|和|同)(?:申请人|申报人|项目负责人|被评审人?|申请单位){_ANY}(?:评审专家|评审人员?|评议专家|专家|评委))"
                rf"{_ANY}回避"), recusal_params, cue="回避"),
    RuleKind("unit_quota", "unit",
             _p(r"(?P<who>[^，。；、]{0,30}?)每(?:家|个单位|单位|所)?(?P<unit>单位)?(?:限报|申报|推荐|限)?"
                r"(?P<what>[^，。；、\d]{0,12}?)(?:不超过|不得超过|最多|限|原则上不超过)(?P<n>\d+)项"),
             quota_params, scoped=True, each=True, cue="每"),
    RuleKind("hospital_partner_required", "unit",
             _p(r"(?P<lead>[^。；，]*?(?:高校|高等院校|大学|院所|研究所|研究院)[^。；，]*?)申报[^。；]*?"
                r"(?:必须|须|应)(?:有|与|联合)?(?:医院|医疗机构)(?:联合|合作)?"), kinds_params("lead", "lead_kinds"),
             cue="申报"),
    RuleKind("partner_required", "unit",
             _p(r"(?P<lead>[^。；，]{2,24}?)牵头(?:申报)?的?[，,]?[^。；]*?(?:须|必须|应)联合(?P<partner>[^。；，]*?)"
                r"(?=共同|联合|[，。；,]|$)"), partner_params, cue="牵头"),
    RuleKind("joint_agreement_required", "unit",
             _p(rf"(?:多个|多家)?(?:单位)?联合申报{_ANY}(?:应|须|必须)签订{_ANY}协议"), cue="联合申报"),
    RuleKind("company_agreement_required", "unit",
             _p(rf"企业参与{_ANY}(?:须|必须|应)有?{_ANY}协议")),
    RuleKind("leader_employed_by_applicant", "leader",
             _p(rf"(?:负责人|申请人){_ANY}(?:须|必须|应)(?:为|是){_ANY}(?:申报|依托|承担)单位{_ANY}(?:在职|正式|全职|在编)")),
    RuleKind("leader_max_age", "leader",
             _p(rf"(?:负责人|申请人){_ANY}年龄{_ANY}(?:不超过|不得超过|在)(?P<n>\d+)周?岁"),
             lambda m, s: {"max_age": m.group("n")}),
    RuleKind("youth_share_min", "application",
             _p(rf"青年{_ANY}比例(?:不低于|不少于|应达到|达到)(?P<pct>\d+(?:\.\d+)?)%"), youth_params),
    RuleKind("government_body_excluded", "unit",
             _p(rf"(?:政府机关|行政机关|党政机关){_ANY}不得{_ANY}(?:申报|申请)"), scoped=True),
    RuleKind("duplicate_submission_forbidden", "unit",
             _p(rf"不得{_ANY}(?:重复|同时|多头){_ANY}(?:申报|申请)")),
    RuleKind("applicant_legal_entity_required", "unit",
             _p(rf"(?:申报|申请|依托)单位{_ANY}(?:为|是){_ANY}注册的?{_ANY}独立法人(?:资格)?的?(?P<kinds>[^。；]*)"),
             kinds_params("kinds", "allowed_kinds")),
    RuleKind("applicant_kind_required", "unit",
             _p(r"申报单位(?:须|必须|应)(?:是|为)(?P<desc>(?:(?!注册)[^。])*?)的(?P<kinds>医院|高校|高等院校|企业|科研院所)(?=。|$)"),
             kinds_params("kinds", "allowed_kinds"), scoped=True),
    RuleKind("applicant_ip_required", "unit",
             _p(rf"(?:申报|申请)单位{_ANY}(?:须|必须|应)有{_ANY}(?:专利|知识产权)")),
    RuleKind("max_budget_wan", "application",
             _p(rf"(?:支持强度|资助强度|资助额度|资助金额|支持经费|资助经费){_ANY}(?:不超过|不高于|最高|上限为?)(?P<n>\d+(?:\.\d+)?)万元"
                r"|(?:资助|支持|补助|资助经费)(?:不超过|不高于|最高|上限为?)(?P<n2>\d+(?:\.\d+)?)万元"),
             lambda m, s: {"limit_wan": m.group("n") or m.group("n2")}, scoped=True, each=True),
    RuleKind("max_duration_years", "application",
             _p(rf"(?:实施|执行|研究)(?:周期|期限){_ANY}(?:不超过|不得超过|不多于)(?P<n>[一二两三四五六\d]+)年"),
             duration_params),
    RuleKind("one_guide_code_per_application", "application",
             _p(rf"一个项目{_ANY}(?:一种|一个|1个){_ANY}指南代码|(?:只能|仅能)(?:选择|填写)一个指南代码")),
    RuleKind("excluded_project_kinds", "application",
             _p(r"不(?:予)?受理(?P<what>[^。，；]*?项目)|(?P<what2>[^。]*?项目)均不予受理"),
             lambda m, s: {"kinds": squeeze(m.group("what") or m.group("what2") or "")}, cue="受理"),
    RuleKind("recommendation_required", "application",
             _p(rf"(?:须|必须|应)经{_ANY}推荐")),
    RuleKind("integrity_pledge_required", "leader",
             _p(rf"(?:须|必须|应)签署{_ANY}(?:诚信承诺|承诺书)"), roles_params),
    RuleKind("no_misconduct_record", "leader",
             _p(rf"无{_ANY}(?:失信|不良){_ANY}记录")),
    RuleKind("ethics_review_required", "application",
             _p(rf"(?:应|须|必须){_ANY}伦理审查")),
    RuleKind("lobbying_forbidden", "application",
             _p(rf"(?:请托|打招呼|走关系){_ANY}(?:撤销|取消)")),
    RuleKind("submission_deadline", "application",
             _p(r"(?P<what>[^。，；]*?)截止(?:时间|日期)?(?:为|是|：|:)?"
                r"(?P<date>\d{4}年\d{1,2}月\d{1,2}日)(?P<time>\d{1,2}[:：]\d{2})?"), deadline_params, each=True,
             cue="截止"),
    RuleKind("submission_deadline", "application",
             _p(r"(?P<what>[^。，；,]*?)(?:于|在)(?P<date>\d{4}年\d{1,2}月\d{1,2}日)(?P<time>\d{1,2}[:：]\d{2})?(?:之前|以前|前)"
                r"(?P<verb>(?:将|把)?[^。，；,]{0,12}?(?:报送|提交|送交|上报|报|交|上传|推荐|申报))"), deadline_params, each=True,
             cue="前"),
)
# Strong cues: a sentence carrying one states a requirement even if no rule kind above explains it.
_STRONG_CUE = re.compile(r"不得|必须|只能|严禁|禁止|不予受理|不超过|不低于|(?<![无需])须(?!知)")
_ITEM_NUMBER = re.compile(r"(?:\d+\s*[.．、]|[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、)\s*")
_WEAK_ONLY = re.compile(r"^(?:鼓励|优先|支持)")


def find_rules(text: str, class_titles: list[str], topic_starts: list[tuple[str, int]] | None = None,
               stop: int | None = None) -> list[Rule]:
    """Rules stated in `text`.

    `class_titles` and `topic_starts` ((code, offset) of each topic line) let a rule that binds
    one class or topic say which; `stop` ends the search for unexplained requirements.
    """
    flow = flow_of(text)
    stop_flow = _flow_index(flow, stop) if stop is not None else len(flow.text)
    context = _class_context(flow.text, class_titles)
    rules: dict[tuple[str, tuple[tuple[str, str], ...]], Rule] = {}
    for start, end in flow.sentences():
        if (item := _ITEM_NUMBER.match(flow.text, start, end)) and item.end() < end:
            start = item.end()
        sentence = squeeze(flow.text[start:end])
        span = flow.span(start, end)
        explained = False
        superseded: set[str] = set()
        for kind in CONSTRAINTS:
            if kind.constraint in superseded or kind.cue not in sentence or not (first := kind.pattern.search(sentence)):
                continue
            explained = True
            superseded.update(kind.supersedes)
            for m in kind.pattern.finditer(sentence) if kind.each else (first,):
                params = dict(kind.params(m, sentence))
                if kind.scoped:
                    params.update(_scope(sentence[: m.end()], class_titles, topic_starts or [], span,
                                         context, start))
                _add(rules, kind.constraint, kind.applies_to, sentence, params, span)
            if kind.constraint == "max_applications_per_leader_per_year":
                break  # the per-year form also matches the general one
        if not explained and start < stop_flow and _STRONG_CUE.search(sentence) and not _WEAK_ONLY.match(sentence):
            _add(rules, "stated_requirement", _subject(sentence), sentence, {}, span)
    return _numbered(list(rules.values()))


def _scope(prefix: str, class_titles: list[str], topic_starts: list[tuple[str, int]], span: Span,
           before: Context, flow_start: int) -> Params:
    """The class (or topic) a scoped rule binds: named earlier in its sentence, its topic block, or before."""
    named = [(prefix.rfind(t), t) for t in class_titles if t in prefix]
    if named:
        return {"class": max(named)[1]}
    topic = [code for code, at in topic_starts if at <= span.start < at + _TOPIC_BLOCK]
    if topic:
        return {"topic": topic[-1]}
    cls = before(flow_start)
    return {"class": cls} if cls else {}


def _add(rules: dict[tuple[str, tuple[tuple[str, str], ...]], Rule], constraint: str, applies_to: str,
         sentence: str, params: Params, span: Span) -> None:
    frozen = tuple(sorted((k, str(v)) for k, v in params.items()))
    key = (constraint, frozen if constraint != "stated_requirement" else (("text", sentence),))
    old = rules.get(key)
    if old is not None:
        rules[key] = Rule(old.id, old.text, old.applies_to, old.constraint, old.params,
                          tuple(sorted({*old.spans, span}, key=lambda s: s.start)))
        return
    rules[key] = Rule("", sentence, applies_to, constraint, frozen, (span,))


def _numbered(rules: list[Rule]) -> list[Rule]:
    counts: dict[str, int] = {}
    out = []
    for r in sorted(rules, key=lambda r: r.spans[0].start):
        counts[r.constraint] = counts.get(r.constraint, 0) + 1
        rid = f"{r.constraint}#{counts[r.constraint]}"
        out.append(Rule(rid, r.text, r.applies_to, r.constraint, r.params, r.spans))
    return out


def _subject(sentence: str) -> str:
    if re.search(r"专家|评审人员", sentence):
        return "expert"
    if re.search(r"负责人|申请人", sentence):
        return "leader"
    if re.search(r"成员|骨干|参与人", sentence):
        return "member"
    if re.search(r"单位|机构|部门", sentence):
        return "unit"
    return "application"


def _class_context(flow_text: str, class_titles: list[str]) -> Context:
    def last_class(pos: int) -> str | None:
        floor = max(0, pos - 400)
        best: tuple[int, str] | None = None
        for title in class_titles:
            at = flow_text.rfind(title, floor, pos)
            if at >= 0 and (best is None or at > best[0]):
                best = (at, title)
        return best[1] if best else None
    return last_class


def _flow_index(flow: Flow, source_offset: int) -> int:
    for i, o in enumerate(flow.origin):
        if o >= source_offset:
            return i
    return len(flow.text)

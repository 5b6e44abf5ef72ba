"""News articles: bylines, 【镜头】 scenes, quotes with nested roles (university post, hospital post,
lab post), units in short forms, the odd line broken mid-sentence."""

from __future__ import annotations

import random

from bench.synth.orgs import Org
from bench.synth.truth import Mentions
from bench.synth.world import Person, Team, World

VERBS = ("表示", "介绍道", "说", "介绍")
QUOTES = (
    "我们的目标是让更多患者在家门口就能享受到高水平的诊疗服务。",
    "这项技术从根本上解决了传统方法灵敏度不足、耗时长的问题。",
    "下一步，团队将继续深化产学研合作，推动成果尽快走向临床。",
    "数据平台建成后，多中心研究的效率提高了一倍以上。",
    "人才是第一资源，我们会持续引进和培养青年科研骨干。",
)
FILLER = (
    "近日，{p}科技创新工作再传捷报，一批关键核心技术取得突破。",
    "据悉，该项目累计投入研发经费{n}亿元，带动上下游企业{k}家。",
    "{y}年，全省研发经费投入增长{r}%，科技型中小企业数量再创新高。",
    "这些成果的取得，离不开长期以来对基础研究的持续投入。",
)


def _unit_phrase(world: World, unit: Org, province: str, rng: random.Random) -> str:
    """A unit as a newspaper of ``province`` writes it; a hospital or institute sometimes after its
    university, unless its own spelling already names the university (安岭医大一院, not 安岭大学安岭医大一院)."""
    reg = world.registry
    if unit.parent and reg[unit.parent].kind == "university" and rng.random() < 0.4:
        parent = reg[unit.parent]
        before, spelled = parent.spelled(rng, 0.6, province), unit.spelled(rng, 0.9, province)
        return spelled if spelled.startswith(parent.name[:2]) else before + spelled
    return unit.spelled(rng, 0.6, province)


def _speaker(world: World, person: Person, province: str, rng: random.Random) -> str:
    """Who is speaking, with nested roles: 大学党委常委、副校长，医院院长张三 / 医院副院长、实验室主任张三."""
    reg = world.registry
    unit = reg[person.unit]
    position = person.position if person.position != "无" else ""
    labs = [reg[c] for c in unit.children if reg[c].kind == "lab"]
    if position in ("院长", "副院长") and unit.parent and rng.random() < 0.5:
        return f"{reg[unit.parent].name}党委常委、副校长，{unit.spelled(rng, 0.8, province)}{position}{person.name}"
    if labs and position and rng.random() < 0.5:
        lab = rng.choice(labs)
        return f"{_unit_phrase(world, unit, province, rng)}{position}、{lab.name}主任{person.name}"
    if position:
        return f"{_unit_phrase(world, unit, province, rng)}{position}{person.name}"
    title = person.title.split(",")[0]
    if title in ("教授", "研究员") and rng.random() < 0.5:
        return f"{_unit_phrase(world, unit, province, rng)}{person.name}{title}"
    return f"{_unit_phrase(world, unit, province, rng)}{title}{person.name}"


def _break_line(paragraph: str, names: list[str], rng: random.Random) -> str:
    """A PDF line break at a random point of the paragraph, never inside a name or the title before it."""
    if len(paragraph) < 20 or rng.random() > 0.25:
        return paragraph
    at = rng.randint(5, len(paragraph) - 5)
    for name in names:
        start = paragraph.find(name)
        while start != -1:
            if start - 3 < at < start + len(name):
                return paragraph
            start = paragraph.find(name, start + 1)
    return paragraph[:at] + "\n\n" + paragraph[at:]


def render_news(world: World, teams: list[Team], rng: random.Random, mentions: Mentions) -> str:
    reg = world.registry
    anchor = reg[teams[0].anchor]
    province = anchor.province
    media = reg.media[province]
    byline = [world.from_pool(f"journalist:{province}", 6, media, "记者", "无") for _ in range(2)]
    byline = [p for i, p in enumerate(byline) if mentions.free(world, p.id) and p not in byline[:i]]
    for p in byline:
        mentions.add(world, p.id, "journalist")
    style = rng.random()
    masthead = ""
    if style < 0.4:
        head = f"{reg[media].spelled(rng, 0.7)}记者 " + " 通讯员 ".join(p.name for p in byline)
    elif style < 0.7:  # 本报: the paper whose page this is, named in the page's header (its masthead line)
        masthead = f"{reg[media].short[0]} {rng.randint(2024, 2031)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日 " \
                   f"第{rng.randint(1, 12)}版"
        head = f"本报讯（记者 {'，'.join(p.name for p in byline)}）"
    else:  # as the page was copied out: names only, no paper (like the real seed article)
        head = " ".join(p.name for p in byline)
    team = teams[0]
    title = f"{team.disease}诊疗迎来新突破 {province.removesuffix('省')}科技创新赋能高质量发展"
    paragraphs: list[str] = [_fill(rng.choice(FILLER), rng, province)]
    speakers = [pid for t in teams for pid in t.core[: rng.randint(2, 5)]]
    for n, pid in enumerate(speakers):
        person = world.people[pid]
        if not mentions.free(world, pid):
            continue
        mentions.add(world, pid, "speaker")
        paragraphs.append("【镜头】" if rng.random() < 0.3 else "")
        if n == 0:
            partner = reg[rng.choice(reg.research_units)].spelled(rng, 0.3, province)
            paragraphs.append(f"这项成果由{_unit_phrase(world, reg[team.anchor], province, rng)}牵头，联合{partner}等单位协同攻关，"
                              f"是{team.disease}{team.method}领域的重要进展。")
        elif rng.random() < 0.5:
            paragraphs.append(_fill(rng.choice(FILLER), rng, province))
        paragraphs.append(f"“{rng.choice(QUOTES)}”{_speaker(world, person, province, rng)}{rng.choice(VERBS)}。")
    if rng.random() < 0.5:
        gov = reg[reg.governments[province][0]]
        official = world.from_pool(f"official:{gov.id}", 3, gov.id, "无", "厅长")
        if mentions.free(world, official.id):
            mentions.add(world, official.id, "official")
            paragraphs.append(f"【画外音】{gov.name}厅长{official.name}在会上表示，要持续加大投入，"
                              "推动更多科技成果转化为现实生产力。")
    paragraphs.append(_fill(rng.choice(FILLER), rng, province))
    names = list(mentions.by_name)
    body = "\n\n".join(_break_line(p, names, rng) for p in paragraphs if p)
    return f"{masthead}\n\n{title}\n\n{head}\n\n{body}\n"


def _fill(template: str, rng: random.Random, province: str) -> str:
    return template.format(p=province, n=round(rng.uniform(1, 9), 1), k=rng.randint(5, 60),
                           y=rng.randint(2024, 2031), r=round(rng.uniform(3, 12), 2))

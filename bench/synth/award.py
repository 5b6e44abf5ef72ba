"""Award nominations (公示): header, 项目简介, 代表性论文 and 知识产权 tables, 完成人情况表 and
完成单位情况表, in the broken layout of PDF text."""

from __future__ import annotations

import random

from bench.synth import text
from bench.synth.layout import join_lines, prose, split_names, table_row, wrap, wrap_words
from bench.synth.truth import Mentions
from bench.synth.world import Paper, Patent, Team, World

AWARDS = ("医学科学技术奖（非基础医学类）", "科学技术进步奖", "医学科学技术奖（基础医学类）", "技术发明奖")
COMPLETER_HEADER = "姓名 排名 完成单位 工作单位 职称 行政职务"
PATENT_HEADER = " 序\n\n号\n类别 国别 授权号\n\n授权\n\n时间\n知识产权具体名称 全部发明人\n\n"


def _paper_row(world: World, no: int, paper: Paper, rng: random.Random) -> str:
    names = [world.people[p].name for p in paper.authors]
    corresponding = [world.people[p].name for p in paper.corresponding]
    cells = [
        [str(no)],
        wrap_words(paper.title, 13),
        wrap_words(paper.journal, 9),
        [f"{paper.year}年", f"{paper.volume}卷", f"{paper.issue}期", f"{paper.pages}", "页"],
        [f"{paper.impact_factor}"],
        split_names(names, 6, rng),
        split_names(corresponding, 6, rng),
        ["SCI-", "EXPA", "NDED", "、SS", "CI、", "JCR"],
        [f"{paper.citations} 否"],
    ]
    return table_row(cells, rng, page_break=rng.random() < 0.3)


def _patent_row(world: World, no: int, patent: Patent, rng: random.Random) -> str:
    inventors = [world.people[p].name for p in patent.inventors]
    kind = wrap(patent.kind, 7)
    lines = [str(no), *kind, f"中国 {patent.number} {patent.date}", "", *wrap(patent.title, 10), "",
             *split_names(inventors, 8, rng)]
    return "\n".join(lines) + "\n\n"


def _completer_row(world: World, rank: int, pid: str, completing_unit: str, rng: random.Random) -> str:
    person = world.people[pid]
    reg = world.registry
    completing = reg[completing_unit].name
    working = reg[person.unit].name + ("（在读博士）" if person.title == "其他" else "")
    title, position = person.title, person.position
    if len(completing) + len(working) <= 22 and rng.random() < 0.7:
        return f"{COMPLETER_HEADER}\n\n{person.name} {rank} {completing} {working} {title} {position}\n\n"
    if rng.random() < 0.5:
        work_lines = join_lines(wrap(working, 11), rng)
        pos_lines = join_lines(wrap(position, 6), rng)
        return f"{COMPLETER_HEADER}\n\n{person.name} {rank} {completing}\n{work_lines}{title}\n\n{pos_lines}"
    return (f"{COMPLETER_HEADER}\n\n{person.name} {rank}\n{join_lines(wrap(completing, 13), rng)}"
            f"{join_lines(wrap(working, 11), rng)}{title} {position}\n\n")


def _contribution(world: World, pid: str, team: Team, papers: list[Paper], rng: random.Random,
                  first: bool) -> str:
    parts = []
    for role, test in (("通讯作者", lambda p: pid in p.corresponding), ("第一作者", lambda p: p.authors[0] == pid)):
        numbers = [str(i + 1) for i, p in enumerate(papers) if test(p)]
        if numbers:
            parts.append(f"代表性论文 {'、'.join(numbers)}的{role}")
    body = "，".join(parts + [text.contribution(rng, team.disease, team.method, first)])
    if not first and rng.random() < 0.3:
        leader = world.people[team.core[0]].name
        body += f"；与本项目主要完成人{leader}教授共同讨论制定了主要研究思路和方案"
    return "对本项目的\n\n贡献\n\n" + join_lines(wrap(body + "。", 48), rng)


def render_award(world: World, team: Team, first_use: bool, rng: random.Random, mentions: Mentions) -> str:
    reg = world.registry
    anchor = reg[team.anchor]
    year = rng.randint(2024, 2031)
    if first_use:
        completers = list(team.core)
        papers, patents = list(team.papers), list(team.patents)
    else:
        completers = [team.core[0]] + rng.sample(team.core[1:], rng.randint(4, len(team.core) - 1))
        papers = rng.sample(team.papers, rng.randint(3, len(team.papers)))
        patents = rng.sample(team.patents, rng.randint(0, len(team.patents)))
    completers += rng.sample(team.students, rng.randint(0, 2))
    nominator_pool = reg.societies[anchor.province] + ([anchor.parent] if anchor.parent else [team.anchor])
    nominator = reg[rng.choice(nominator_pool)].name
    project = f"{team.disease}{team.method}关键技术及临床应用" if rng.random() < 0.6 else \
        f"{team.disease}的发病机制研究与防治体系建设"
    out = [
        f"拟推荐 {year}年{anchor.province}科学技术奖候选项目/候选人\n\n公示内容\n\n",
        f"推荐奖种 {rng.choice(AWARDS)}\n\n项目名称 {project}\n\n推荐单位\n\n/科学家\n{nominator}\n\n项目简介\n\n",
        prose(text.intro(rng, team.disease, team.method), rng),
    ]
    if rng.random() < 0.5:
        out.append("代表性论文目录\n\n")
    for i, paper in enumerate(papers, 1):
        out.append(_paper_row(world, i, paper, rng))
        mentions.add_all(world, paper.authors, "author")
    if patents:
        out.append(PATENT_HEADER)
        for i, patent in enumerate(patents, 1):
            out.append(_patent_row(world, i, patent, rng))
            mentions.add_all(world, patent.inventors, "inventor")
    completing = {pid: world.people[pid].unit if rng.random() < 0.5 else team.anchor for pid in completers}
    out.append("完成人情况表\n\n")
    for rank, pid in enumerate(completers, 1):
        out.append(_completer_row(world, rank, pid, completing[pid], rng))
        out.append(_contribution(world, pid, team, papers, rng, first=rank == 1))
        mentions.add(world, pid, "completer")
    out.append("完成单位情况表\n\n")
    units = list(dict.fromkeys([team.anchor, *completing.values()]))
    for rank, unit in enumerate(units, 1):
        out.append(f"单位名称 {reg[unit].name} 排名 {rank}\n\n对本项目的\n\n贡献\n\n")
        out.append(join_lines(wrap(reg[unit].spelled(rng, 0.5, anchor.province) + text.unit_contribution(rng), 48), rng))
    return "".join(out)

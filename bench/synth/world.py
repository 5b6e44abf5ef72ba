"""The invented world a corpus describes: people at units, research teams with papers and patents,
and the planted name collisions (different people, one name, different units)."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from bench.synth.names import common_name, random_name
from bench.synth.orgs import Registry, build_registry

SENIOR_TITLES = ("教授,主任医师", "主任医师,教授", "研究员", "教授", "主任医师", "教授级高级工程师")
TITLES = ("副主任医师", "副教授", "副研究员", "主治医师", "助理研究员", "讲师", "高级工程师", "主任医师")
LEADER_POSITIONS = {
    "hospital": ("院长", "副院长", "科主任", "主任", "无"),
    "university": ("副校长", "院长", "系主任", "主任", "无"),
    "research_institute": ("所长", "副所长", "主任", "无"),
    "company": ("总经理", "副总工程师", "首席科学家", "无"),
}
POSITIONS = ("无", "无", "无", "无", "副主任", "科主任", "护士长", "主任")
DISEASES = (
    "心力衰竭", "肝细胞癌", "糖尿病肾病", "帕金森病", "骨质疏松症", "慢性阻塞性肺疾病", "结直肠癌", "脓毒症",
    "儿童哮喘", "缺血性脑卒中", "原发性高血压", "乳腺癌", "胃癌", "类风湿关节炎", "急性白血病", "抑郁障碍",
    "精神分裂症", "青光眼", "慢性肾病", "冠心病", "肺结节", "甲状腺癌", "系统性红斑狼疮", "阿尔茨海默病",
)
METHODS = (
    "磁共振成像", "单细胞测序", "深度学习", "靶向治疗", "微创手术", "基因编辑", "纳米递药", "可穿戴监测",
    "免疫治疗", "多组学分析", "神经调控", "液体活检", "干细胞治疗", "数字疗法", "精准放疗",
)
JOURNALS = (
    "Journal of Clinical Imaging", "Frontiers in Translational Medicine", "Annals of Precision Oncology",
    "Journal of Affective Research", "Clinical Neurotherapeutics", "BMC Digital Health",
    "European Journal of Cardiometabolism", "Translational Psychiatry Reports", "Chinese Medical Letters",
    "Journal of Biomedical Materials", "Hepatology Communications Review", "Respiratory Science",
)
_TITLE_A = ("Longitudinal", "Multicenter", "Randomized", "Prospective", "Integrative", "Deep-learning",
            "Single-cell", "Population-based", "Quantitative", "Dynamic")
_TITLE_B = ("analysis", "assessment", "profiling", "prediction", "characterization", "mapping", "modeling")
_TITLE_C = ("patients with", "a cohort of", "adolescents with", "elderly adults with", "mouse models of")
_DISEASES_EN = ("heart failure", "hepatocellular carcinoma", "depression", "stroke", "sepsis", "asthma",
                "osteoporosis", "colorectal cancer", "diabetic kidney disease", "glaucoma", "schizophrenia")


@dataclass(slots=True)
class Person:
    id: str
    name: str
    unit: str  # Org.id of the work unit
    title: str
    position: str


@dataclass(frozen=True, slots=True)
class Paper:
    title: str
    journal: str
    year: int
    volume: int
    issue: int
    pages: str
    impact_factor: float
    citations: int
    authors: tuple[str, ...]  # Person.id, in order
    corresponding: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Patent:
    title: str
    number: str
    kind: str  # 发明专利 / 计算机软件著作权 / 实用新型
    date: str
    inventors: tuple[str, ...]


@dataclass(slots=True)
class Team:
    id: str
    anchor: str  # Org.id: the completing unit
    core: list[str]  # Person.id; core[0] leads
    students: list[str]
    disease: str
    method: str
    papers: list[Paper] = field(default_factory=list)
    patents: list[Patent] = field(default_factory=list)


@dataclass(slots=True)
class World:
    rng: random.Random
    registry: Registry
    people: dict[str, Person] = field(default_factory=dict)
    teams: list[Team] = field(default_factory=list)
    planted: dict[str, list[str]] = field(default_factory=dict)  # name -> person ids
    pools: dict[str, list[str]] = field(default_factory=dict)  # journalists, officials, contacts by key
    _unit_names: dict[str, set[str]] = field(default_factory=dict)
    _serial: dict[str, int] = field(default_factory=dict)

    def new_person(self, unit: str, title: str, position: str, taken: set[str]) -> Person:
        """A person with a name unique within ``taken`` (a team, a document) and within the unit."""
        used = self._unit_names.setdefault(unit, set())
        name = random_name(self.rng)
        while name in used or name in taken:
            name = random_name(self.rng)
        used.add(name)
        taken.add(name)
        person = Person(f"p{len(self.people):06d}", name, unit, title, position)
        self.people[person.id] = person
        return person

    def from_pool(self, key: str, size: int, unit: str, title: str, position: str) -> Person:
        """One of a small recurring cast (a paper's journalists, an office's contacts), grown lazily."""
        pool = self.pools.setdefault(key, [])
        if len(pool) < size and (not pool or self.rng.random() < 0.5):
            pool.append(self.new_person(unit, title, position, set()).id)
            return self.people[pool[-1]]
        return self.people[self.rng.choice(pool)]

    def next_number(self, prefix: str) -> int:
        self._serial[prefix] = self._serial.get(prefix, 0) + 1
        return self._serial[prefix]


def _paper(world: World, team: Team, pool: list[str]) -> Paper:
    rng = world.rng
    k = min(len(pool), rng.randint(4, 12))
    authors = rng.sample(pool, k)
    leader = team.core[0]
    if leader not in authors:
        authors[-1] = leader
    corresponding = (leader,) if rng.random() < 0.6 else (leader, authors[0])
    first = rng.randint(100, 9000)
    serial = world.next_number("paper")
    title = (f"{rng.choice(_TITLE_A)} {rng.choice(_TITLE_B)} of {rng.choice(_DISEASES_EN)} "
             f"in {rng.choice(_TITLE_C)} {rng.choice(_DISEASES_EN)}: study {serial}")
    return Paper(title, rng.choice(JOURNALS), rng.randint(2012, 2024), rng.randint(10, 300), rng.randint(1, 12),
                 f"{first}-{first + rng.randint(5, 15)}", round(rng.uniform(1.5, 25.0), 1), rng.randint(0, 400),
                 tuple(authors), corresponding)


def _patent(world: World, team: Team, pool: list[str]) -> Patent:
    rng = world.rng
    year = rng.randint(2015, 2024)
    serial = world.next_number("patent")
    inventors = tuple(rng.sample(pool, min(len(pool), rng.randint(3, 8))))
    date = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    if rng.random() < 0.5:
        number = f"ZL{year - 2}1{serial:07d}.{serial % 10}"
        title = f"一种基于{team.method}的{team.disease}评估方法及装置"
        return Patent(title, number, "发明专利", date, inventors)
    number = f"{year}SR{serial:07d}"
    title = f"{team.disease}{team.method}智能分析系统 V{rng.randint(1, 3)}.0"
    return Patent(title, number, "中国计算机软件著作权", date, inventors)


def _team(world: World, index: int) -> Team:
    rng, reg = world.rng, world.registry
    anchor = rng.choice(reg.research_units)
    partners = rng.sample(reg.research_units, 2)
    taken: set[str] = set()
    core: list[str] = []
    for rank in range(rng.randint(10, 16)):
        unit = anchor if rank == 0 or rng.random() < 0.8 else rng.choice(partners)
        title = rng.choice(SENIOR_TITLES) if rank < 2 else rng.choice(TITLES)
        kind = world.registry[unit].kind
        position = rng.choice(LEADER_POSITIONS.get(kind, ("主任", "无"))) if rank < 2 else rng.choice(POSITIONS)
        core.append(world.new_person(unit, title, position, taken).id)
    if world.teams and rng.random() < 0.3:  # a collaborator who is also on an earlier team
        other = rng.choice(world.teams[-50:])
        for pid in rng.sample(other.core[1:], rng.randint(1, 2)):
            if world.people[pid].name not in taken and pid not in core:
                taken.add(world.people[pid].name)
                core.insert(rng.randint(1, len(core)), pid)
    students = [world.new_person(anchor, "其他", "无", taken).id for _ in range(rng.randint(5, 9))]
    team = Team(f"t{index:05d}", anchor, core, students, rng.choice(DISEASES), rng.choice(METHODS))
    pool = core + students
    team.papers = [_paper(world, team, pool) for _ in range(rng.randint(5, 10))]
    team.patents = [_patent(world, team, pool) for _ in range(rng.randint(0, 5))]
    return team


def _plant_collisions(world: World, n_names: int) -> None:
    """Give one common name to 2-4 people of different teams at different units, early teams first."""
    rng = world.rng
    window = world.teams[: max(40, 6 * n_names)]
    used_teams: set[str] = set()
    seen: set[str] = set()
    fixed: set[str] = set()  # people on several teams (renaming them could clash) or renamed already
    for team in world.teams:
        for pid in team.core:
            (fixed if pid in seen else seen).add(pid)
    for _ in range(n_names):
        name = common_name(rng)
        while name in world.planted:
            name = common_name(rng)
        holders: list[str] = []
        units: set[str] = set()
        wanted = rng.randint(2, 4)
        for team in rng.sample(window, len(window)):
            if len(holders) >= wanted or team.id in used_teams:
                continue
            team_names = {world.people[p].name for p in team.core + team.students}
            if name in team_names:
                continue
            candidates = [p for p in team.core[1:] if p not in fixed and world.people[p].unit not in units
                          and name not in world._unit_names.get(world.people[p].unit, set())]
            if not candidates:
                continue
            person = world.people[rng.choice(candidates)]
            world._unit_names[person.unit].discard(person.name)
            person.name = name
            world._unit_names[person.unit].add(name)
            units.add(person.unit)
            fixed.add(person.id)
            holders.append(person.id)
            used_teams.add(team.id)
        if len(holders) >= 2:
            world.planted[name] = holders


def build_world(seed: int, n_teams: int) -> World:
    rng = random.Random(seed)
    registry = build_registry(rng, max(20, n_teams // 3))
    world = World(rng, registry)
    for i in range(n_teams):
        world.teams.append(_team(world, i))
    _plant_collisions(world, max(4, n_teams // 25))
    return world

"""Organization names: what kind a name is, by its suffix. Generic knowledge only.

The kinds are those of kgx/1 (../shared/gold/SCHEMA.md). A name is classified by the
last suffix it ends with, so `中南大学湘雅二医院` is a hospital and `某某大学` a university.
"""

from __future__ import annotations

# (suffix, kind), longest suffixes first when matched; order here only groups them.
_SUFFIX_KINDS: tuple[tuple[str, str], ...] = (
    ("附属医院", "hospital"), ("医院", "hospital"), ("卫生院", "hospital"), ("妇幼保健院", "hospital"),
    ("精神卫生中心", "hospital"), ("肿瘤中心", "hospital"),
    ("国家实验室", "lab"), ("重点实验室", "lab"), ("工程实验室", "lab"), ("实验室", "lab"),
    ("大学", "university"), ("学院", "university"), ("医学院", "university"),
    ("研究所", "research_institute"), ("研究院", "research_institute"), ("科学院", "research_institute"),
    ("工程院", "research_institute"), ("设计院", "research_institute"),
    ("医学中心", "center"), ("研究中心", "center"), ("中心", "center"), ("资源库", "center"),
    ("孵化器", "center"), ("平台", "center"), ("基地", "center"),
    ("有限公司", "company"), ("股份公司", "company"), ("公司", "company"), ("集团", "company"),
    ("银行", "company"), ("企业", "company"), ("厂", "company"),
    ("人民政府", "government"), ("政府", "government"), ("委员会", "government"), ("卫健委", "government"),
    ("卫生健康委", "government"), ("发展改革委", "government"), ("发改委", "government"),
    ("科技厅", "government"), ("厅", "government"), ("局", "government"), ("处", "government"),
    ("办公室", "government"), ("部", "government"),
    ("学会", "society"), ("协会", "society"), ("联盟", "society"), ("促进会", "society"), ("联合会", "society"),
)
_ORDERED = sorted(_SUFFIX_KINDS, key=lambda sk: -len(sk[0]))
ORG_SUFFIXES: tuple[str, ...] = tuple(s for s, _ in _ORDERED)


def org_kind(name: str) -> str:
    """The kgx/1 kind of an organization name, `other` when no suffix says."""
    stripped = name.rstrip("）)").strip()
    for suffix, kind in _ORDERED:
        if stripped.endswith(suffix):
            return kind
    return "other"

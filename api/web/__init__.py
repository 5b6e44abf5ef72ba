"""The exploration page, served by the same app at `/` from the built bundle in `dist/`."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles

WEB_DIR = Path(__file__).parent
DIST = WEB_DIR / "dist"

_NOT_BUILT = """<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>知识图谱</title>
<body><h1>页面尚未构建</h1><p>请先运行安装命令（见 README）构建前端；API 文档见 <a href="/docs">/docs</a>。</p></body></html>"""


def mount_web(app: FastAPI) -> None:
    if (DIST / "index.html").exists():
        app.mount("/", StaticFiles(directory=DIST, html=True), name="web")
        return

    @app.get("/", include_in_schema=False, response_class=HTMLResponse)
    def not_built() -> str:
        return _NOT_BUILT

"""The exploration page, served by the same app at `/` from the built bundle in `dist/`, and the API's
documentation at `/docs`: Swagger UI from the same bundle (`dist/swagger/`, from the npm lockfile), so that
both work without internet."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles

WEB_DIR = Path(__file__).parent
DIST = WEB_DIR / "dist"
SWAGGER = DIST / "swagger"

_NOT_BUILT = """<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>知识图谱</title>
<body><h1>页面尚未构建</h1><p>请先运行安装命令（见 README）构建前端；API 文档见 <a href="/docs">/docs</a>。</p></body></html>"""


_DOCS_NOT_BUILT = """<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>API 文档</title>
<body><h1>API 文档页面尚未构建</h1><p>请先运行 <code>make setup</code> 构建前端（含 Swagger UI）；
接口定义见 <a href="/openapi.json">/openapi.json</a>。</p></body></html>"""


def mount_docs(app: FastAPI) -> None:
    """`/docs`: Swagger UI from our own files (create the app with ``docs_url=None``)."""

    @app.get("/docs", include_in_schema=False, response_class=HTMLResponse)
    def docs() -> HTMLResponse:
        if not (SWAGGER / "swagger-ui-bundle.js").exists():
            return HTMLResponse(_DOCS_NOT_BUILT)
        return get_swagger_ui_html(openapi_url=app.openapi_url or "/openapi.json", title=f"{app.title} — API 文档",
                                   swagger_js_url="/swagger/swagger-ui-bundle.js",
                                   swagger_css_url="/swagger/swagger-ui.css",
                                   swagger_favicon_url="/swagger/favicon-32x32.png")


def mount_web(app: FastAPI) -> None:
    if (DIST / "index.html").exists():
        app.mount("/", StaticFiles(directory=DIST, html=True), name="web")
        return

    @app.get("/", include_in_schema=False, response_class=HTMLResponse)
    def not_built() -> str:
        return _NOT_BUILT

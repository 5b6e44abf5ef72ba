FROM node:20-bookworm-slim AS web
WORKDIR /src/api/web
COPY api/web/package.json api/web/package-lock.json ./
RUN npm ci
COPY api/web/ ./
RUN npm run build

FROM python:3.11-slim-bookworm
WORKDIR /app
COPY pyproject.toml README.md settings.py ./
COPY names names
COPY graph graph
COPY ingest ingest
COPY queries queries
COPY api api
COPY cli cli
COPY examples examples
COPY --from=web /src/api/web/dist api/web/dist
RUN pip install --no-cache-dir .
ENV KG_STORE=neo4j
EXPOSE 8000
CMD ["kg", "serve", "--host", "0.0.0.0", "--port", "8000"]

// Bundles src/ into dist/ (one JS file, one CSS file, index.html) and copies Swagger UI's files from
// the lockfile's swagger-ui-dist into dist/swagger/ for the API's /docs; no CDN, works offline.
import { build, context } from "esbuild";
import { copyFile, mkdir, rm } from "node:fs/promises";

const SWAGGER_FILES = ["swagger-ui-bundle.js", "swagger-ui.css", "favicon-32x32.png"];

const watch = process.argv.includes("--watch");
const options = {
  entryPoints: ["src/main.js", "src/styles.css"],
  bundle: true,
  minify: !watch,
  sourcemap: watch,
  format: "iife",
  target: ["chrome100", "firefox100", "safari15"],
  outdir: "dist",
  logLevel: "info",
};

await rm("dist", { recursive: true, force: true });
await mkdir("dist", { recursive: true });
await copyFile("index.html", "dist/index.html");
await mkdir("dist/swagger", { recursive: true });
for (const file of SWAGGER_FILES) await copyFile(`node_modules/swagger-ui-dist/${file}`, `dist/swagger/${file}`);
if (watch) {
  await (await context(options)).watch();
} else {
  await build(options);
}

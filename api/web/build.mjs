// Bundles src/ into dist/ (one JS file, one CSS file, index.html); no CDN, works offline.
import { build, context } from "esbuild";
import { copyFile, mkdir, rm } from "node:fs/promises";

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
if (watch) {
  await (await context(options)).watch();
} else {
  await build(options);
}

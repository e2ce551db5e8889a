#!/usr/bin/env node
/**
 * `node scripts/check-html.js <scorecard.html> [screenshot.png]`: opens an HTML scorecard in headless
 * Chromium and fails when the page logs a console error, throws, or asks for anything over the network
 * (the page must be self-contained); saves a full-page screenshot for a human look. Not part of
 * `npm test`: it needs a browser the project does not depend on — Debian's chromium and puppeteer-core,
 * when present. Without either it says which is missing and exits 0 ("skipped"), so it can sit in a CI
 * step that has them and run harmlessly elsewhere.
 *
 * Exit codes: 0 clean or skipped, 1 errors found, 2 bad usage.
 */
const { accessSync, constants, existsSync } = require("node:fs");
const { delimiter, join, resolve } = require("node:path");
const { pathToFileURL } = require("node:url");

/** Debian's chromium, or a `chromium` on PATH. */
function findChromium() {
  const candidates = [
    "/usr/bin/chromium",
    ...(process.env.PATH ?? "").split(delimiter).map((d) => join(d, "chromium")),
  ];
  return candidates.find((path) => {
    try {
      accessSync(path, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

/** puppeteer-core if it is installed: a dev dependency (of a version whose engines accept Node 20), absent from a production install. */
function findPuppeteer() {
  try {
    return require.resolve("puppeteer-core");
  } catch {
    return undefined;
  }
}

async function check(htmlPath, pngPath, chromium, puppeteerPath) {
  const puppeteer = require(puppeteerPath);
  const url = pathToFileURL(htmlPath).href;
  // Chromium refuses its sandbox as root (containers, CI); it is only opening a local file here.
  const args = process.getuid?.() === 0 ? ["--no-sandbox"] : [];
  const browser = await puppeteer.launch({ executablePath: chromium, headless: true, args });
  const errors = [];
  try {
    const page = await browser.newPage();
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(`console error: ${message.text()}`);
    });
    page.on("pageerror", (error) => errors.push(`page error: ${error.message ?? String(error)}`));
    page.on("request", (request) => {
      const target = request.url();
      if (target !== url && !target.startsWith("data:")) errors.push(`request outside the page: ${target}`);
    });
    page.on("requestfailed", (request) => errors.push(`failed request: ${request.url()}`));
    await page.goto(url, { waitUntil: "load" });
    await page.screenshot({ path: pngPath, fullPage: true });
  } finally {
    await browser.close();
  }
  return errors;
}

async function main(argv) {
  const [html, png = "scorecard.png"] = argv;
  if (!html || html === "--help" || html === "-h") {
    console.error("usage: node scripts/check-html.js <scorecard.html> [screenshot.png]");
    return 2;
  }
  const htmlPath = resolve(html);
  if (!existsSync(htmlPath)) {
    console.error(`${html}: no such file; pass the scorecard.html a run wrote (reports/scorecard.html)`);
    return 2;
  }
  const chromium = findChromium();
  const puppeteerPath = findPuppeteer();
  const missing = [
    ...(chromium ? [] : ["chromium (neither /usr/bin/chromium nor chromium on PATH; apt-get install chromium)"]),
    ...(puppeteerPath ? [] : ["puppeteer-core (not in node_modules; this script does not install it)"]),
  ];
  if (missing.length > 0) {
    console.log(`skipped: missing ${missing.join(" and ")}`);
    return 0;
  }
  const errors = await check(htmlPath, resolve(png), chromium, puppeteerPath);
  console.log(`screenshot: ${resolve(png)}`);
  if (errors.length === 0) {
    console.log("0 console errors");
    return 0;
  }
  console.log(`${errors.length} error${errors.length === 1 ? "" : "s"}:`);
  for (const e of errors) console.log(`  ${e}`);
  return 1;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    console.error(`check-html: ${error instanceof Error ? error.stack : String(error)}`);
    process.exit(1);
  },
);

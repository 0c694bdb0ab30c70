// Headless Chromium and an HTTPS mock: trusting exactly the mock certificate's key
// (--ignore-certificate-errors-spki-list), it loads the call-log page and lists the calls Newman
// made; without that flag it refuses the page. Screenshot: $OUT/https-call-log.png.
// Environment: BASE_URL (https://...), SPKI (base64 SHA-256 of the key), NODE_DIR, OUT, CHROMIUM.
"use strict";
const path = require("path");
const { chromium } = require(path.join(process.env.NODE_DIR, "node_modules", "playwright-core"));

const BASE = process.env.BASE_URL;
const STEP_MS = 15000;
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
              "--disable-component-update", "--disable-sync", "--no-first-run"];

function check(condition, message) {
  if (!condition) { throw new Error("FAILED: " + message); }
  console.log("ok - " + message);
}

function launch(extra) {
  return chromium.launch({ executablePath: process.env.CHROMIUM, timeout: 60000, args: ARGS.concat(extra) });
}

async function trusted() {
  const browser = await launch(["--ignore-certificate-errors-spki-list=" + process.env.SPKI]);
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    const response = await page.goto(BASE + "/__mock/", { timeout: STEP_MS });
    check(response.status() === 200 && page.url().startsWith("https://"), "Chromium loads the call-log page over HTTPS");
    await page.waitForSelector("#rows tr", { timeout: STEP_MS });
    const rows = await page.locator("#rows tr").count();
    check(rows >= 3, "the page lists the calls Newman made over HTTPS (" + rows + " rows)");
    await page.screenshot({ path: path.join(process.env.OUT, "https-call-log.png") });
  } finally {
    await browser.close();
  }
}

async function untrusted() {
  const browser = await launch([]);
  try {
    const page = await browser.newPage();
    let error = "";
    try {
      await page.goto(BASE + "/__mock/", { timeout: STEP_MS });
    } catch (e) {
      error = String(e.message || e);
    }
    check(error.includes("ERR_CERT"), "Chromium without the certificate refuses the page (" + error.split("\n")[0] + ")");
  } finally {
    await browser.close();
  }
}

(async () => {
  await trusted();
  await untrusted();
})().catch((e) => { console.error(e.stack || String(e)); process.exit(1); });

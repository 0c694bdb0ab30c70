// Drives the system Chromium with playwright-core against a running standalone mock:
// 1. a page from another origin calls the mock with fetch (JSON POST + custom header: preflight);
// 2. the call-log page lists the calls, filters them with the search field, shows a call's
//    details and the near-miss report of an unmatched call; screenshots go to $OUT.
// Environment: BASE_URL, NODE_DIR (holds node_modules/playwright-core), OUT, CHROMIUM.
"use strict";
const fs = require("fs");
const http = require("http");
const path = require("path");
const { chromium } = require(path.join(process.env.NODE_DIR, "node_modules", "playwright-core"));

const BASE = process.env.BASE_URL;
const OUT = process.env.OUT;
const STEP_MS = 15000;

function check(condition, message) {
  if (!condition) { throw new Error("FAILED: " + message); }
  console.log("ok - " + message);
}

function staticServer() {
  const page = fs.readFileSync(path.join(__dirname, "cross-origin.html"));
  const server = http.createServer((req, res) => {
    res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
    res.end(page);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

async function callLog(query) {
  const r = await fetch(BASE + "/__mock/calls?" + (query || ""));
  return (await r.json())["call-logs"];
}

async function crossOrigin(browser, origin) {
  const page = await browser.newPage();
  await page.goto(origin + "/?mock=" + encodeURIComponent(BASE), { timeout: STEP_MS });
  const outcome = await page.evaluate(() => window.outcome);
  console.log("fetch from " + origin + ": " + JSON.stringify(outcome));
  const calls = await callLog("requestPath=/pets");
  const preflight = calls.find((c) => c.request.method === "OPTIONS");
  check(preflight !== undefined, "the browser sent a CORS preflight (OPTIONS /pets) to the mock");
  check(preflight.response.statusCode === 204, "the mock answered the preflight (204)");
  check(outcome.ok && outcome.status === 201, "the cross-origin POST got 201 through CORS");
  check(outcome.body.name === "Kit", "the browser read the example body (name Kit)");
  const post = calls.find((c) => c.request.method === "POST");
  check(post && post.responseName === "Created", "the call log shows the POST answered by \"Created\"");
  await page.close();
}

async function callLogPage(browser) {
  // A request whose header holds markup: the page must show it as text, never as HTML.
  await fetch(BASE + "/pets/999?probe=1", { headers: { "X-Probe": "<b id=\"pwn\">markup</b>" } });
  await fetch(BASE + "/no/such/route", { method: "DELETE" });
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  await page.goto(BASE + "/__mock/", { timeout: STEP_MS });
  await page.waitForSelector("#rows tr", { timeout: STEP_MS });
  const all = await page.locator("#rows tr").count();
  const favicon = (await callLog("requestPath=/favicon.ico")).length;
  check(favicon === 0, "opening the page adds no call of its own (no favicon request)");
  check(all >= 3, "the call-log page lists the calls (" + all + " rows)");
  await page.screenshot({ path: path.join(OUT, "call-log.png") });

  await page.fill("#search", "probe");
  await page.waitForFunction(() => document.querySelectorAll("#rows tr").length === 1, null, { timeout: STEP_MS });
  check(true, "searching for 'probe' leaves one call");
  await page.click("#rows tr");
  await page.waitForSelector("#details h2", { timeout: STEP_MS });
  const details = await page.textContent("#details");
  check(details.includes("<b id=\"pwn\">markup</b>"), "the details show the header markup as text");
  check(await page.locator("#pwn").count() === 0, "no call data became HTML");
  await page.screenshot({ path: path.join(OUT, "call-details.png") });

  await page.fill("#search", "route");
  // The search runs on the server after a short pause in typing: wait for the new single row.
  await page.waitForFunction(() => {
    const rows = document.querySelectorAll("#rows tr");
    return rows.length === 1 && rows[0].textContent.includes("/no/such/route");
  }, null, { timeout: STEP_MS });
  await page.click("#rows tr");
  await page.waitForSelector("#details pre.report", { timeout: STEP_MS });
  const report = await page.textContent("#details pre.report");
  check(report.includes("DELETE /no/such/route"), "an unmatched call shows its near-miss report");
  await page.screenshot({ path: path.join(OUT, "call-unmatched.png") });

  await page.fill("#search", "");
  await fetch(BASE + "/health");
  await page.waitForFunction((n) => document.querySelectorAll("#rows tr").length > n, all, { timeout: STEP_MS });
  check(true, "the page refreshes by itself and shows a new call");
  // The overview for docs/standalone.md: every call, with a matched POST opened.
  await page.locator("#rows tr", { hasText: "Created" }).first().click();
  await page.waitForSelector("#details h2", { timeout: STEP_MS });
  await page.screenshot({ path: path.join(OUT, "overview.png") });
  await page.close();
}

(async () => {
  const server = await staticServer();
  const origin = "http://127.0.0.1:" + server.address().port;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    timeout: 60000,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
           "--disable-component-update", "--disable-sync", "--no-first-run"]
  });
  try {
    await crossOrigin(browser, origin);
    await callLogPage(browser);
  } finally {
    await browser.close();
    server.close();
  }
})().catch((e) => { console.error(e.stack || String(e)); process.exit(1); });

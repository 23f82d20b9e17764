// Compares the add-on's end-to-end results with labels.tsv expectations and the engine's scan --json.
// Usage: node compare.js RESULTS.jsonl SCAN.jsonl   (exit 1 on any mismatch)
import { readFileSync } from "node:fs";

const lines = (f) => readFileSync(f, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l));
const results = lines(process.argv[2]);
const engine = new Map(lines(process.argv[3]).map((o) => [o.messageId, o]));
let failures = 0;
const fail = (msg) => { failures++; console.log(`FAIL ${msg}`); };

for (const r of results.filter((x) => x.type !== "check")) console.log(`${r.type}: ${JSON.stringify(r)}`);
if (results.some((r) => r.type === "fatal")) fail("the test script failed");
const checks = results.filter((r) => r.type === "check");
if (!results.some((r) => r.type === "done")) fail("the test script did not finish");
if (checks.length === 0) fail("no message was checked");
for (const c of checks) {
  const e = engine.get(c.messageId);
  const engineVerdict = e ? e.verdict : "consistent (not judged by scan)";
  const line = `${c.kind.padEnd(12)} ${(c.scenario || "").padEnd(22)} add-on=${c.verdict || "ERROR " + c.error} `
    + `(${c.score ?? "-"}, ${c.contextCount ?? "-"} context, ${c.elapsedMs ?? "-"} ms) engine=${engineVerdict}`;
  if (c.error) { fail(line); continue; }
  if (c.kind === "attack" && c.verdict === "consistent") { fail(`${line}: attack not flagged`); continue; }
  if (c.kind === "genuine-hard" && c.verdict !== "consistent") { fail(`${line}: genuine hard case flagged`); continue; }
  if (e && e.verdict !== c.verdict) { fail(`${line}: differs from the engine's mailbox-wide verdict`); continue; }
  console.log(`ok   ${line}`);
}
console.log(failures ? `e2e: ${failures} failure(s)` : `e2e: all ${checks.length} checks passed`);
process.exit(failures ? 1 : 0);

// Host speed without Thunderbird: starts the real host (as Thunderbird would, through the launcher),
// sends hello, then analyses a demo attack with its thread context (as the add-on collects it), and
// reports the time to hello, to the first verdict, and of warm verdicts.
// Usage: node test/bench-host.js [LAUNCHER...]   default: java -jar ../inspector-app/target/threadguard.jar native-host
import { spawn } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { analyseRequests, toBinaryString } from "../src/lib/protocol.js";
import { referencedIds } from "../src/lib/rfc5322.js";

const repo = fileURLToPath(new URL("../..", import.meta.url));
const cmd = process.argv.length > 2 ? process.argv.slice(2)
  : ["java", "-jar", join(repo, "inspector-app/target/threadguard.jar"), "native-host"];
const box = join(repo, "inspector-app/src/main/resources/org/threadguard/app/demo/mailbox");
const mails = [];
for (const folder of readdirSync(box)) {
  for (const f of readdirSync(join(box, folder))) {
    const raw = toBinaryString(readFileSync(join(box, folder, f)));
    const id = (/^Message-ID:\s*<([^>]+)>/im.exec(raw) || [])[1];
    const from = ((/^From:.*?<?([^<>\s]+@[^<>\s]+)>?\s*$/im.exec(raw) || [])[1] || "").toLowerCase();
    const date = new Date((/^Date:\s*(.+)$/im.exec(raw) || [])[1]);
    mails.push({ raw, id, from, date, folder });
  }
}
const target = mails.find((m) => m.id === "003a01dc32ac$a64b7900$928927ff$@nordhafen-spedition.example");
const ctx = new Map();
for (const r of referencedIds(target.raw)) for (const m of mails) if (m.id === r) ctx.set(m.id, m);
mails.filter((m) => m.from === target.from && m.date < target.date).sort((a, b) => b.date - a.date).slice(0, 20)
  .forEach((m) => ctx.set(m.id, m));
const messages = [{ role: "target", folder: target.folder, raw: target.raw }, ...[...ctx.values()].map((m) => ({ role: "context", folder: m.folder, raw: m.raw }))];

function frame(o) {
  const b = Buffer.from(JSON.stringify(o));
  const h = Buffer.alloc(4);
  h.writeUInt32LE(b.length);
  return Buffer.concat([h, b]);
}

async function once(warmRuns) {
  const t0 = performance.now();
  const p = spawn(cmd[0], cmd.slice(1), { stdio: ["pipe", "pipe", "ignore"] });
  let buf = Buffer.alloc(0);
  const waiters = [];
  p.stdout.on("data", (d) => {
    buf = Buffer.concat([buf, d]);
    while (buf.length >= 4 && buf.length >= 4 + buf.readUInt32LE(0)) {
      const n = buf.readUInt32LE(0);
      const msg = JSON.parse(buf.subarray(4, 4 + n).toString());
      buf = buf.subarray(4 + n);
      waiters.shift()(msg);
    }
  });
  const next = () => new Promise((r) => waiters.push(r));
  p.stdin.write(frame({ type: "hello", protocolVersion: 1, addonVersion: "bench" }));
  await next();
  const hello = performance.now() - t0;
  const times = [];
  let verdict;
  for (let i = 0; i <= warmRuns; i++) {
    const s = performance.now();
    for (const r of analyseRequests(`b${i}`, messages)) p.stdin.write(frame(r));
    verdict = await next();
    times.push(performance.now() - s);
  }
  p.stdin.end();
  await new Promise((r) => p.on("exit", r));
  return { hello, first: hello + times[0], warm: times.slice(1), verdict: verdict.verdict, contextCount: messages.length - 1 };
}

const runs = [];
for (let i = 0; i < (process.env.RUNS|0 || 5); i++) runs.push(await once(5));
const med = (a) => a.slice().sort((x, y) => x - y)[Math.floor(a.length / 2)];
console.log(`launcher: ${cmd.join(" ")}`);
console.log(`thread: ${messages.length} messages (target + ${messages.length - 1} context), verdict ${runs[0].verdict}`);
console.log(`host start to hello:       median ${med(runs.map((r) => r.hello)).toFixed(0)} ms  (${runs.map((r) => r.hello.toFixed(0)).join(", ")})`);
console.log(`host start to 1st verdict: median ${med(runs.map((r) => r.first)).toFixed(0)} ms  (${runs.map((r) => r.first.toFixed(0)).join(", ")})`);
console.log(`warm verdicts:             median ${med(runs.flatMap((r) => r.warm)).toFixed(0)} ms`);

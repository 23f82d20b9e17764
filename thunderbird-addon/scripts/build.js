// Builds target/threadguard-<version>.xpi from src/ without dependencies (node >= 20).
// The Maven module does the same for the release build; this is for `npm run build` during development.
// Usage: node scripts/build.js [version] [--test]   (--test adds the end-to-end test script; never ship it)
import { readFileSync, writeFileSync, readdirSync, statSync, mkdirSync } from "node:fs";
import { join, relative } from "node:path";
import { deflateRawSync } from "node:zlib";

const root = new URL("..", import.meta.url).pathname;
const args = process.argv.slice(2);
const test = args.includes("--test");
const pomVersion = /<version>([^<]+)<\/version>/.exec(readFileSync(join(root, "pom.xml"), "utf8").split("</parent>")[0])[1];
const version = (args.find((a) => !a.startsWith("--")) || pomVersion).replace(/-SNAPSHOT$/, "");

const files = [];
const walk = (dir) => {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p);
    else files.push(p);
  }
};
walk(join(root, "src"));
const entries = files.map((p) => [relative(join(root, "src"), p), readFileSync(p)]);
const manifest = JSON.parse(readFileSync(join(root, "src/manifest.json"), "utf8"));
manifest.version = version;
if (test) {
  // Test build only: the end-to-end script, the demo mailbox and its labels, and the permissions to import it.
  manifest.background.scripts.push("e2e/test-background.js");
  manifest.permissions.push("messagesImport", "accountsFolders");
  entries.push(["e2e/test-background.js", readFileSync(join(root, "test/e2e/test-background.js"))]);
  const demo = join(root, "../inspector-app/src/main/resources/org/threadguard/app/demo");
  const mailFiles = [];
  for (const folder of readdirSync(join(demo, "mailbox")).sort()) {
    if (!statSync(join(demo, "mailbox", folder)).isDirectory()) continue;
    for (const f of readdirSync(join(demo, "mailbox", folder)).sort()) {
      if (!f.endsWith(".eml")) continue;
      const path = `e2e/mailbox/${folder}/${f}`;
      entries.push([path, readFileSync(join(demo, "mailbox", folder, f))]);
      mailFiles.push({ path, folder });
    }
  }
  const [head, ...rows] = readFileSync(join(demo, "labels.tsv"), "utf8").trim().split("\n");
  const cols = head.split("\t");
  const labels = rows.map((r) => Object.fromEntries(r.split("\t").map((v, i) => [cols[i], v])));
  entries.push(["e2e/index.json", Buffer.from(JSON.stringify({ files: mailFiles, labels }))]);
}
entries.find((e) => e[0] === "manifest.json")[1] = Buffer.from(JSON.stringify(manifest, null, 2) + "\n");

// A plain zip writer (deflate, no extra fields).
const crcTable = new Uint32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const locals = [];
const centrals = [];
let offset = 0;
for (const [name, data] of entries) {
  const n = Buffer.from(name.split("\\").join("/"));
  const comp = deflateRawSync(data);
  const crc = crc32(data);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0); local.writeUInt16LE(20, 4); local.writeUInt16LE(0x0800, 6); local.writeUInt16LE(8, 8);
  local.writeUInt32LE(0, 10); local.writeUInt32LE(crc, 14); local.writeUInt32LE(comp.length, 18); local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(n.length, 26); local.writeUInt16LE(0, 28);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0); central.writeUInt16LE(20, 4); central.writeUInt16LE(20, 6); central.writeUInt16LE(0x0800, 8);
  central.writeUInt16LE(8, 10); central.writeUInt32LE(0, 12); central.writeUInt32LE(crc, 16); central.writeUInt32LE(comp.length, 20);
  central.writeUInt32LE(data.length, 24); central.writeUInt16LE(n.length, 28); central.writeUInt32LE(offset, 42);
  locals.push(local, n, comp);
  centrals.push(central, n);
  offset += 30 + n.length + comp.length;
}
const cd = Buffer.concat(centrals);
const end = Buffer.alloc(22);
end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(entries.length, 8); end.writeUInt16LE(entries.length, 10);
end.writeUInt32LE(cd.length, 12); end.writeUInt32LE(offset, 16);
mkdirSync(join(root, "target"), { recursive: true });
const out = join(root, "target", `threadguard-${version}${test ? "-e2e" : ""}.xpi`);
writeFileSync(out, Buffer.concat([...locals, cd, end]));
console.log(out);

import { test } from "node:test";
import assert from "node:assert/strict";
import { referencedIds, headerValues } from "../src/lib/rfc5322.js";
import { engineFolder } from "../src/lib/folders.js";
import { collectContext, authorEmail, ownAddresses } from "../src/lib/context.js";
import { analyseRequests, toBinaryString, helloRequest, HOST_NAME } from "../src/lib/protocol.js";
import { badgeFor, showBadge } from "../src/lib/badge.js";
import { renderPopup, esc } from "../src/lib/render.js";
import { HostConnection } from "../src/lib/host.js";
import { Checker } from "../src/lib/checker.js";
import { makeMessage, fakeMessenger, fakeRuntime, fakeHost } from "./fake-messenger.js";

const raw = (headers, body = "Hello") => `${headers.join("\r\n")}\r\n\r\n${body}\r\n`;
const ALICE = "Alice Example <alice@example.org>";
const BOB = "Bob <bob@example.net>";

function mailbox() {
  return [
    makeMessage(1, { headerMessageId: "a1@example.org", author: ALICE, date: "2025-01-01T10:00:00Z",
      raw: raw(["Message-ID: <a1@example.org>", "From: " + ALICE, "Subject: Order"]) }),
    makeMessage(2, { headerMessageId: "b1@example.net", author: BOB, date: "2025-01-02T10:00:00Z",
      folder: { type: "sent", specialUse: ["sent"], name: "Gesendet" },
      raw: raw(["Message-ID: <b1@example.net>", "From: " + BOB, "In-Reply-To: <a1@example.org>", "References: <a1@example.org>"]) }),
    makeMessage(3, { headerMessageId: "a2@example.org", author: ALICE, date: "2025-01-03T10:00:00Z",
      raw: raw(["Message-ID: <a2@example.org>", "From: " + ALICE, "Subject: Other thread"]) }),
    makeMessage(4, { headerMessageId: "a3@example.org", author: ALICE, date: "2025-01-04T10:00:00Z",
      raw: raw(["Message-ID: <a3@example.org>", "From: " + ALICE, "In-Reply-To: <b1@example.net>",
        "References: <a1@example.org>\r\n <b1@example.net> <missing@example.org>", "Subject: Re: Order"], "Please see the attached document") }),
    makeMessage(5, { headerMessageId: "a4@example.org", author: ALICE, date: "2025-01-05T10:00:00Z",
      raw: raw(["Message-ID: <a4@example.org>", "From: " + ALICE]) }),
  ];
}

test("reads folded In-Reply-To/References newest first, unique, bounded", () => {
  const r = mailbox()[3].raw;
  assert.deepEqual(referencedIds(r), ["b1@example.net", "missing@example.org", "a1@example.org"]);
  assert.deepEqual(referencedIds(r, 1), ["b1@example.net"]);
  assert.deepEqual(headerValues(r + "X-Body: no", "X-Body"), []);
});

test("folder types map to names the engine understands", () => {
  assert.equal(engineFolder({ type: "sent", name: "Gesendet" }), "Sent");
  assert.equal(engineFolder({ specialUse: ["sent"], name: "Enviados" }), "Sent");
  assert.equal(engineFolder({ specialUse: ["inbox"], name: "Posteingang" }), "INBOX");
  assert.equal(engineFolder({ name: "Projects" }), "Projects");
  assert.equal(engineFolder(undefined), "");
});

test("author addresses are extracted", () => {
  assert.equal(authorEmail(ALICE), "alice@example.org");
  assert.equal(authorEmail("plain@Example.org"), "plain@example.org");
  assert.equal(authorEmail(""), "");
});

test("context: target first, referenced messages from any folder (Sent too), earlier sender mail only, no duplicates", async () => {
  const box = mailbox();
  const m = fakeMessenger(box, { pageSize: 1 });
  const ctx = await collectContext(m, m.header(box[3]));
  assert.equal(ctx[0].role, "target");
  assert.equal(ctx[0].raw, box[3].raw);
  assert.deepEqual(ctx.slice(1).map((c) => c.headerMessageId), ["b1@example.net", "a1@example.org", "a2@example.org"]);
  assert.equal(ctx[1].folder, "Sent");
  assert.equal(ctx[2].folder, "INBOX");
  assert.ok(ctx.slice(1).every((c) => c.role === "context"));
  assert.ok(!ctx.some((c) => c.headerMessageId === "a4@example.org"), "later mail is not collected");
  assert.equal(new Set(m.calls.getRaw).size, m.calls.getRaw.length, "each message fetched once");
});

test("context: the sender sample is bounded and takes the most recent earlier mail", async () => {
  const box = [];
  for (let i = 0; i < 30; i++) {
    box.push(makeMessage(i + 1, { headerMessageId: `m${i}@x`, author: ALICE, date: new Date(Date.UTC(2025, 0, 1 + i)).toISOString(),
      raw: raw([`Message-ID: <m${i}@x>`, "From: " + ALICE]) }));
  }
  const m = fakeMessenger(box, { pageSize: 7 });
  const ctx = await collectContext(m, m.header(box[29]), { senderSample: 5 });
  assert.deepEqual(ctx.slice(1).map((c) => c.headerMessageId), ["m28@x", "m27@x", "m26@x", "m25@x", "m24@x"]);
});

test("own addresses come from the identities", async () => {
  const m = fakeMessenger([], { identities: ["Me@Example.org", "me@example.org", "other@example.org"] });
  assert.deepEqual(await ownAddresses(m), ["me@example.org", "other@example.org"]);
});

test("requests: begin, chunked parts that reassemble byte-exactly, end", () => {
  const bytes = new Uint8Array(1000).map((_, i) => (i * 7) % 256);
  const bin = toBinaryString(bytes);
  const reqs = analyseRequests("r1", [{ role: "target", folder: "INBOX", raw: bin }, { role: "context", folder: "Sent", raw: "x" }],
    { chunkBytes: 300, ownAddresses: ["me@x"] });
  assert.deepEqual(reqs[0], { type: "analyse-begin", requestId: "r1", count: 2, ownAddresses: ["me@x"] });
  assert.equal(reqs.at(-1).type, "analyse-end");
  const target = reqs.filter((r) => r.type === "analyse-part" && r.index === 0);
  assert.equal(target.length, 4);
  assert.ok(target.every((p) => p.chunkCount === 4 && p.role === "target" && p.folder === "INBOX"));
  const back = Buffer.concat(target.map((p) => Buffer.from(p.chunk, "base64")));
  assert.deepEqual(new Uint8Array(back), bytes);
  const ctx = reqs.filter((r) => r.type === "analyse-part" && r.index === 1);
  assert.equal(ctx.length, 1);
  assert.equal(Buffer.from(ctx[0].chunk, "base64").toString("latin1"), "x");
});

test("requests: the UI language goes with analyse-begin so the host words its verdict in it", () => {
  const reqs = analyseRequests("r2", [{ role: "target", folder: "INBOX", raw: "x" }], { locale: "de" });
  assert.deepEqual(reqs[0], { type: "analyse-begin", requestId: "r2", count: 1, ownAddresses: [], locale: "de" });
});

test("requests: an empty message is still one part; every frame stays far below 1 MiB", () => {
  const reqs = analyseRequests("e", [{ role: "target", folder: "", raw: "" }, { role: "context", folder: "", raw: "y".repeat(3_000_000) }]);
  assert.equal(reqs.filter((r) => r.index === 0).length, 1);
  assert.ok(reqs.every((r) => JSON.stringify(r).length < 1024 * 1024));
  assert.deepEqual(helloRequest("1.2.3"), { type: "hello", protocolVersion: 1, addonVersion: "1.2.3" });
});

test("badge mapping", () => {
  assert.equal(badgeFor({ verdict: "likely-hijack" }).text, "!");
  assert.equal(badgeFor({ verdict: "suspicious" }).text, "?");
  assert.equal(badgeFor({ verdict: "consistent" }).text, "");
  assert.equal(badgeFor({ error: { code: "X" } }).titleKey, "badgeError");
  assert.equal(badgeFor({ checking: true }).titleKey, "badgeChecking");
});

test("showBadge sets text, colour and title for the tab", async () => {
  const m = fakeMessenger([]);
  await showBadge(m, 7, { verdict: "likely-hijack" }, (k) => k);
  assert.deepEqual(m.calls.badge, [["text", { tabId: 7, text: "!" }], ["color", { tabId: 7, color: "#c62828" }],
    ["title", { tabId: 7, title: "badgeLikelyHijack" }]]);
});

const VERDICT = {
  messageId: "<a3@example.org>", verdict: "likely-hijack", score: 95, reply: true,
  summary: "This reply <b>differs</b> from the thread.",
  findings: [
    { code: "LURE_TEXT", severity: "high", explanation: "Generic lure", earlier: "", suspicious: "",
      evidence: [{ field: "Text", earlier: "Order 4711 details", suspicious: "Please see the <script>alert(1)</script> document" }] },
    { code: "NEW_LINK_DOMAIN", severity: "medium", explanation: "New link", earlier: "example.org", suspicious: "evil[.]test", evidence: [] },
    { code: "C3", severity: "low", explanation: "3", evidence: [] },
    { code: "C4", severity: "low", explanation: "4", evidence: [] },
  ],
};

test("popup: summary, top findings with side-by-side evidence, buttons; everything escaped", () => {
  const html = renderPopup({ verdict: VERDICT }, (k, s) => (s ? `${k}(${s})` : k));
  assert.match(html, /levelLikelyHijack/);
  assert.match(html, /popupScore\(95\)/);
  assert.match(html, /This reply &lt;b&gt;differs&lt;\/b&gt;/);
  assert.ok(!html.includes("<script"));
  assert.match(html, /<td>Order 4711 details<\/td><td>Please see the &lt;script&gt;/);
  assert.match(html, /<td>example.org<\/td><td>evil\[.\]test<\/td>/);
  assert.ok(html.includes("C3") && !html.includes("C4"), "top three findings only");
  assert.match(html, /id="open"/);
  assert.match(html, /id="report"/);
});

test("popup: checking, error and not-a-reply states", () => {
  const t = (k) => k;
  assert.match(renderPopup({ checking: true }, t), /popupChecking/);
  const err = renderPopup({ error: { code: "DISCONNECTED", message: "No such native application" } }, t);
  assert.match(err, /No such native application/);
  assert.match(err, /popupHostMissing/);
  assert.match(renderPopup({ verdict: { verdict: "consistent", score: 0, reply: false, findings: [] } }, t), /popupNotAReply/);
  assert.equal(esc(`<"'&>`), "&lt;&quot;&#39;&amp;&gt;");
});

test("host connection: one native port, hello first, verdict matched by requestId", async () => {
  const rt = fakeRuntime(fakeHost((a) => ({ verdict: a.count > 1 ? "likely-hijack" : "consistent", score: 1, findings: [] })));
  const host = new HostConnection(rt, "0.1.0");
  const [v1, v2] = await Promise.all([
    host.analyse([{ role: "target", folder: "INBOX", raw: "a" }, { role: "context", folder: "INBOX", raw: "b" }]),
    host.analyse([{ role: "target", folder: "INBOX", raw: "a" }]),
  ]);
  assert.equal(rt.name, HOST_NAME);
  assert.equal(rt.connects, 1);
  assert.equal(rt.posted[0].type, "hello");
  assert.equal(v1.verdict, "likely-hijack");
  assert.equal(v2.verdict, "consistent");
});

test("host connection: errors, incompatible host, disconnects and timeouts reject", async () => {
  const bad = new HostConnection(fakeRuntime((m, reply) => reply(m.type === "hello"
    ? { type: "hello", compatible: false, protocolVersion: 2, hostVersion: "9" } : {})), "0.1.0");
  await assert.rejects(bad.analyse([{ role: "target", raw: "x" }]), { code: "INCOMPATIBLE" });

  const rt = fakeRuntime((m, reply) => (m.type === "hello" ? reply({ type: "hello", compatible: true })
    : m.type === "analyse-end" ? reply({ type: "error", requestId: m.requestId, code: "BAD_REQUEST", message: "no" }) : undefined));
  await assert.rejects(new HostConnection(rt, "0.1.0").analyse([{ role: "target", raw: "x" }]), { code: "BAD_REQUEST" });

  const rt2 = fakeRuntime((m, reply) => (m.type === "hello" ? reply({ type: "hello", compatible: true }) : undefined));
  const h2 = new HostConnection(rt2, "0.1.0");
  await h2.connect();
  const p = h2.analyse([{ role: "target", raw: "x" }]);
  setTimeout(() => rt2.port.kill({ message: "No such native application org.threadguard.host" }), 5);
  await assert.rejects(p, { code: "DISCONNECTED" });

  const h3 = new HostConnection(fakeRuntime(() => {}), "0.1.0", { timeoutMs: 20 });
  await assert.rejects(h3.connect(), { code: "TIMEOUT" });
});

test("checker: a displayed message gets checked, badged and its popup actions reach the host", async () => {
  const box = mailbox();
  const m = fakeMessenger(box);
  const rt = fakeRuntime(fakeHost((a) => ({ messageId: "<a3@example.org>", verdict: a.count === 4 ? "likely-hijack" : "consistent",
    score: 90, reply: true, findings: [] })));
  const checker = new Checker(m, new HostConnection(rt, "0.1.0"), (k) => k);
  const state = await checker.onDisplayed({ id: 3 }, m.header(box[3]));
  assert.equal(state.verdict.verdict, "likely-hijack");
  assert.deepEqual(m.calls.badge.filter((b) => b[0] === "text").map((b) => b[1].text), ["", "!"]);
  assert.equal((await checker.handlePopup({ type: "state", tabId: 3 })).verdict.score, 90);
  const rep = await checker.handlePopup({ type: "report", tabId: 3 });
  assert.equal(rep.ok, true);
  assert.equal(rt.posted.find((r) => r.type === "report").analysisId, state.analysisId);
  assert.equal((await checker.handlePopup({ type: "open", tabId: 3 })).ok, true);
  assert.equal(rt.posted.find((r) => r.type === "open").messageId, "<a3@example.org>");
  // Displayed again: no second analysis.
  const ends = rt.posted.filter((r) => r.type === "analyse-end").length;
  await checker.onDisplayed({ id: 4 }, m.header(box[3]));
  assert.equal(rt.posted.filter((r) => r.type === "analyse-end").length, ends);
});

test("checker: a host failure shows as an error state, not a crash", async () => {
  const box = mailbox();
  const m = fakeMessenger(box);
  const rt = fakeRuntime((msg, reply) => reply({ type: "error", code: "INTERNAL", message: "boom" }));
  const checker = new Checker(m, new HostConnection(rt, "0.1.0", { timeoutMs: 200 }), (k) => k);
  const state = await checker.onDisplayed({ id: 1 }, m.header(box[0]));
  assert.equal(state.error.code, "INTERNAL");
  assert.equal(m.calls.badge.at(-1)[1].title, "badgeError");
});

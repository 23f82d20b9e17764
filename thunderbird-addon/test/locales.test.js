import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";

const dir = new URL("../src/", import.meta.url);
const read = (p) => readFileSync(new URL(p, dir), "utf8");
const en = JSON.parse(read("_locales/en/messages.json"));

test("es and de have every English string, and nothing else", () => {
  for (const lang of ["es", "de"]) {
    const m = JSON.parse(read(`_locales/${lang}/messages.json`));
    assert.deepEqual(Object.keys(m).sort(), Object.keys(en).sort(), lang);
    for (const [k, v] of Object.entries(m)) assert.ok(v.message.length > 0, `${lang}.${k}`);
  }
});

test("every string key used in the code exists in the English locale", () => {
  const used = new Set();
  const files = ["background.js", "popup/popup.js", ...readdirSync(new URL("lib/", dir)).map((f) => `lib/${f}`)];
  for (const f of files) {
    for (const m of read(f).matchAll(/\b(?:t|i18n|this\.i18n)\(\s*"([A-Za-z]+)"/g)) used.add(m[1]);
    for (const m of read(f).matchAll(/(?:titleKey|Key):\s*"([A-Za-z]+)"/g)) used.add(m[1]);
    for (const m of read(f).matchAll(/"(level[A-Za-z]+|popup[A-Za-z]+|status[A-Za-z]+|button[A-Za-z]+)"/g)) used.add(m[1]);
  }
  for (const m of read("manifest.json").matchAll(/__MSG_([A-Za-z]+)__/g)) used.add(m[1]);
  assert.ok(used.size > 15);
  for (const k of used) assert.ok(en[k], `missing en string ${k}`);
});

test("the shipped manifest: minimal permissions, no remote code, Thunderbird 128+", () => {
  const m = JSON.parse(read("manifest.json"));
  assert.deepEqual(m.permissions.sort(), ["accountsRead", "messagesRead", "nativeMessaging"]);
  assert.equal(m.browser_specific_settings.gecko.strict_min_version, "128.0");
  assert.equal(m.browser_specific_settings.gecko.id, "threadguard@threadguard.org");
  const html = read("popup/popup.html");
  assert.ok(!/<script>|<script [^>]*>[^<]/.test(html), "no inline scripts");
  for (const f of ["background.js", "popup/popup.js", ...readdirSync(new URL("lib/", dir)).map((x) => `lib/${x}`)]) {
    assert.ok(!/https?:\/\//.test(read(f)), `${f} must not reference remote URLs`);
    assert.ok(!/\beval\(|new Function\(|innerHTML/.test(read(f)), `${f} must not eval or use innerHTML`);
  }
});

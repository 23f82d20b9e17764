// Collects what the host needs to judge one message: its raw source, the raw sources of the
// messages it refers to (found in any folder, Sent included), and a bounded sample of the
// sender's earlier mail. Only earlier mail matters to the engine; later mail is harmless.
import { referencedIds } from "./rfc5322.js";
import { engineFolder } from "./folders.js";

export const DEFAULTS = Object.freeze({ maxReferences: 30, senderSample: 20, maxScan: 200 });

/** The e-mail address in an author string such as `"Jane Doe" <jane@example.org>`. */
export function authorEmail(author) {
  if (!author) return "";
  const m = /<([^<>]+)>\s*$/.exec(author);
  return (m ? m[1] : author).trim().toLowerCase();
}

/** Walks a paged MessageList, stopping after `max` messages. */
export async function listAll(messenger, list, max) {
  const out = [];
  let page = await list;
  while (page) {
    out.push(...page.messages);
    if (out.length >= max || !page.id) break;
    page = await messenger.messages.continueList(page.id);
  }
  if (page && page.id && messenger.messages.abortList) {
    try { await messenger.messages.abortList(page.id); } catch (e) { /* already finished */ }
  }
  return out.slice(0, max);
}

async function raw(messenger, id) {
  return messenger.messages.getRaw(id);
}

/**
 * Returns [{role: "target"|"context", folder, raw}] with the target first.
 * `raw` is a binary string (one char per byte), as messages.getRaw returns it in Manifest V2.
 */
export async function collectContext(messenger, header, options = {}) {
  const opt = { ...DEFAULTS, ...options };
  const targetRaw = await raw(messenger, header.id);
  const target = { role: "target", folder: engineFolder(header.folder), raw: targetRaw, headerMessageId: header.headerMessageId };
  const picked = [];
  const seen = new Set([header.id]);
  const seenIds = new Set([header.headerMessageId].filter(Boolean));
  const add = (h) => {
    if (seen.has(h.id) || (h.headerMessageId && seenIds.has(h.headerMessageId))) return;
    seen.add(h.id);
    if (h.headerMessageId) seenIds.add(h.headerMessageId);
    picked.push(h);
  };

  const refs = referencedIds(targetRaw, opt.maxReferences);
  const email = authorEmail(header.author);
  const wantSample = email && opt.senderSample > 0 && header.date;
  // All look-ups at once: the referenced messages (any folder) and the sender's earlier mail.
  const [found, before] = await Promise.all([
    Promise.all(refs.map((id) => listAll(messenger, messenger.messages.query({ headerMessageId: id }), 5).catch(() => []))),
    wantSample
      ? listAll(messenger, messenger.messages.query({ author: email, toDate: new Date(header.date) }), opt.maxScan).catch(() => [])
      : Promise.resolve([]),
  ]);
  for (const list of found) for (const h of list) add(h);
  before
    .filter((h) => authorEmail(h.author) === email && new Date(h.date) < new Date(header.date))
    .sort((a, b) => new Date(b.date) - new Date(a.date))
    .slice(0, opt.senderSample)
    .forEach(add);
  const raws = await Promise.all(picked.map((h) => raw(messenger, h.id)));
  return [target, ...picked.map((h, i) => ({ role: "context", folder: engineFolder(h.folder), raw: raws[i], headerMessageId: h.headerMessageId }))];
}

/** The user's own addresses (identities of all accounts), so their mail is never judged. */
export async function ownAddresses(messenger) {
  try {
    const accounts = await messenger.accounts.list(false);
    return [...new Set(accounts.flatMap((a) => (a.identities || []).map((i) => (i.email || "").toLowerCase())).filter(Boolean))];
  } catch (e) {
    return [];
  }
}

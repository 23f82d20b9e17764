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
  const out = [{ role: "target", folder: engineFolder(header.folder), raw: targetRaw, headerMessageId: header.headerMessageId }];
  const seen = new Set([header.id]);
  const seenIds = new Set([header.headerMessageId].filter(Boolean));
  const add = async (h) => {
    if (seen.has(h.id) || (h.headerMessageId && seenIds.has(h.headerMessageId))) return;
    seen.add(h.id);
    if (h.headerMessageId) seenIds.add(h.headerMessageId);
    out.push({ role: "context", folder: engineFolder(h.folder), raw: await raw(messenger, h.id), headerMessageId: h.headerMessageId });
  };

  const refs = referencedIds(targetRaw, opt.maxReferences);
  const found = await Promise.all(refs.map((id) =>
    listAll(messenger, messenger.messages.query({ headerMessageId: id }), 5).catch(() => [])));
  for (const list of found) for (const h of list) await add(h);

  const email = authorEmail(header.author);
  if (email && opt.senderSample > 0 && header.date) {
    const before = await listAll(messenger,
      messenger.messages.query({ author: email, toDate: new Date(header.date) }), opt.maxScan).catch(() => []);
    const earlier = before
      .filter((h) => authorEmail(h.author) === email && new Date(h.date) < new Date(header.date))
      .sort((a, b) => new Date(b.date) - new Date(a.date))
      .slice(0, opt.senderSample);
    for (const h of earlier) await add(h);
  }
  return out;
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

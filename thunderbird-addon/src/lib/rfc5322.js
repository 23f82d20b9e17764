// Minimal header reading from a raw message held as a "binary string" (one char per byte).

/** The unfolded header block (everything before the first empty line). */
export function headerBlock(raw) {
  const m = /\r?\n\r?\n/.exec(raw);
  const head = m ? raw.slice(0, m.index) : raw;
  return head.replace(/\r?\n[ \t]+/g, " ");
}

/** All values of one header field (case-insensitive). */
export function headerValues(raw, name) {
  const lower = name.toLowerCase() + ":";
  const out = [];
  for (const line of headerBlock(raw).split(/\r?\n/)) {
    if (line.toLowerCase().startsWith(lower)) out.push(line.slice(lower.length).trim());
  }
  return out;
}

/** Message-IDs (without angle brackets) in a header value, in order. */
export function messageIds(value) {
  const ids = [];
  const re = /<([^<>\s]+)>/g;
  let m;
  while ((m = re.exec(value)) !== null) ids.push(m[1]);
  return ids;
}

/**
 * The Message-IDs this message refers to: In-Reply-To first, then References from the newest
 * backwards; unique, at most `max`.
 */
export function referencedIds(raw, max = 30) {
  const ids = [];
  for (const v of headerValues(raw, "In-Reply-To")) ids.push(...messageIds(v));
  const refs = [];
  for (const v of headerValues(raw, "References")) refs.push(...messageIds(v));
  ids.push(...refs.reverse());
  return [...new Set(ids)].slice(0, max);
}

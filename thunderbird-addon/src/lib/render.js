// Renders the popup as an HTML string (escaped; the popup inserts it with a DOMParser, no scripts).

export function esc(v) {
  return String(v ?? "").replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]));
}

function short(v, max) {
  const s = String(v ?? "");
  return s.length > max ? s.slice(0, max - 1) + "…" : s;
}

const LEVEL_KEYS = { "likely-hijack": "levelLikelyHijack", suspicious: "levelSuspicious", consistent: "levelConsistent" };

/**
 * @param state {verdict?: object, error?: {code, message}, checking?: boolean}
 * @param t i18n function (key, substitutions?) => string
 * @param maxFindings how many findings to show
 */
export function renderPopup(state, t, { maxFindings = 3, maxEvidenceRows = 3 } = {}) {
  if (!state || state.checking) {
    return `<section class="state checking"><p>${esc(t("popupChecking"))}</p></section>`;
  }
  if (state.error) {
    const hint = state.error.code === "DISCONNECTED" || state.error.code === "NO_HOST" ? t("popupHostMissing") : "";
    return `<section class="state error"><h1>${esc(t("popupErrorTitle"))}</h1><p>${esc(state.error.message)}</p>`
      + (hint ? `<p class="hint">${esc(hint)}</p>` : "") + `</section>`;
  }
  const v = state.verdict;
  const level = v.verdict || "consistent";
  const parts = [];
  parts.push(`<section class="verdict level-${esc(level)}">`);
  parts.push(`<h1>${esc(t(LEVEL_KEYS[level] || "levelConsistent"))}</h1>`);
  if (!v.reply) parts.push(`<p class="note">${esc(t("popupNotAReply"))}</p>`);
  parts.push(`<p class="score">${esc(t("popupScore", [String(v.score ?? 0)]))}</p>`);
  if (v.summary) parts.push(`<p class="summary">${esc(v.summary)}</p>`);
  parts.push(`</section>`);
  const findings = (v.findings || []).slice(0, maxFindings);
  if (findings.length) {
    parts.push(`<section class="findings"><h2>${esc(t("popupFindings"))}</h2>`);
    for (const f of findings) {
      parts.push(`<article class="finding severity-${esc(f.severity)}"><h3>${esc(f.code)}</h3><p>${esc(f.explanation)}</p>`);
      const rows = (f.evidence || []).slice(0, maxEvidenceRows);
      const pairs = rows.length ? rows : (f.earlier || f.suspicious ? [{ field: "", earlier: f.earlier, suspicious: f.suspicious }] : []);
      if (pairs.length) {
        parts.push(`<table class="evidence"><thead><tr><th></th><th>${esc(t("popupEarlier"))}</th><th>${esc(t("popupThisMessage"))}</th></tr></thead><tbody>`);
        for (const r of pairs) {
          parts.push(`<tr><th>${esc(short(r.field, 40))}</th><td>${esc(short(r.earlier, 160))}</td><td>${esc(short(r.suspicious, 160))}</td></tr>`);
        }
        parts.push(`</tbody></table>`);
      }
      parts.push(`</article>`);
    }
    parts.push(`</section>`);
  }
  if (v.truncated) parts.push(`<p class="note">${esc(t("popupTruncated"))}</p>`);
  parts.push(`<footer><button id="open" type="button">${esc(t("buttonOpen"))}</button>`
    + `<button id="report" type="button">${esc(t("buttonReport"))}</button></footer>`
    + `<p id="status" class="status" role="status"></p>`);
  return parts.join("");
}

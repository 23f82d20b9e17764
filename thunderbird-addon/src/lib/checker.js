// The check of one displayed message: collect context, ask the host, show the badge, remember the state.
import { collectContext, ownAddresses } from "./context.js";
import { showBadge } from "./badge.js";

const KEEP = 50;

export class Checker {
  constructor(messenger, host, i18n, { now = () => Date.now(), contextOptions = {} } = {}) {
    this.messenger = messenger;
    this.host = host;
    this.i18n = i18n;
    this.now = now;
    this.contextOptions = contextOptions;
    this.byTab = new Map();
    this.byMessage = new Map();
    this.own = null;
  }

  /** Analyses one message (a MessageHeader). Resolves to {verdict, analysisId, elapsedMs, contextCount}. */
  async check(header) {
    const start = this.now();
    // Start (or reuse) the host while the context is being collected: the JVM start overlaps with it.
    const ready = this.host.connect();
    ready.catch(() => {}); // reported by analyse() below
    if (this.own === null) this.own = await ownAddresses(this.messenger);
    const messages = await collectContext(this.messenger, header, this.contextOptions);
    const collectedMs = this.now() - start;
    const verdict = await this.host.analyse(messages, this.own, uiLanguage(this.messenger));
    return { verdict, analysisId: verdict.requestId, elapsedMs: this.now() - start, collectedMs, contextCount: messages.length - 1 };
  }

  /** messageDisplay.onMessageDisplayed: check (or reuse the result) and show the badge in that tab. */
  async onDisplayed(tab, header) {
    if (!tab || !header) return null;
    const tabId = tab.id;
    const cached = this.byMessage.get(header.id);
    if (cached && cached.verdict) {
      this.byTab.set(tabId, cached);
      await showBadge(this.messenger, tabId, cached, this.i18n);
      return cached;
    }
    const checking = { checking: true, header };
    this.byTab.set(tabId, checking);
    await showBadge(this.messenger, tabId, checking, this.i18n);
    let state;
    try {
      const r = await this.check(header);
      state = { header, verdict: r.verdict, analysisId: r.analysisId, elapsedMs: r.elapsedMs };
      this.remember(header.id, state);
    } catch (e) {
      state = { header, error: { code: e.code || "INTERNAL", message: String((e && e.message) || e) } };
    }
    if (this.byTab.get(tabId) === checking) {
      this.byTab.set(tabId, state);
      await showBadge(this.messenger, tabId, state, this.i18n);
    }
    return state;
  }

  remember(id, state) {
    this.byMessage.delete(id);
    this.byMessage.set(id, state);
    while (this.byMessage.size > KEEP) this.byMessage.delete(this.byMessage.keys().next().value);
  }

  /** Requests from the popup: {type: "state"|"open"|"report", tabId}. */
  async handlePopup(msg) {
    const state = this.byTab.get(msg.tabId);
    if (msg.type === "state") return state ? publicState(state) : { checking: true };
    if (!state || !state.header) return { ok: false, message: this.i18n("popupNothing") };
    try {
      if (msg.type === "open") {
        await this.host.open(state.verdict ? state.verdict.messageId : `<${state.header.headerMessageId}>`);
        return { ok: true, message: this.i18n("statusOpened") };
      }
      if (msg.type === "report") {
        let r;
        try {
          r = await this.host.report(state.analysisId);
        } catch (e) {
          if (e.code !== "BAD_REQUEST" && e.code !== "DISCONNECTED") throw e;
          // The host restarted and forgot the analysis: analyse again, then report.
          const again = await this.check(state.header);
          state.analysisId = again.analysisId;
          r = await this.host.report(state.analysisId);
        }
        return { ok: true, message: r.message, files: r.files || [] };
      }
    } catch (e) {
      return { ok: false, message: String((e && e.message) || e) };
    }
    return { ok: false, message: "unknown request" };
  }
}

function publicState(s) {
  return { checking: !!s.checking, verdict: s.verdict, error: s.error, elapsedMs: s.elapsedMs };
}

/** Thunderbird's UI language ("de", "es-ES"), in which the host words its findings; "" when unknown. */
function uiLanguage(messenger) {
  try {
    return (messenger.i18n && messenger.i18n.getUILanguage && messenger.i18n.getUILanguage()) || "";
  } catch (e) {
    return "";
  }
}

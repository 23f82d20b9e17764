// A fake of the parts of Thunderbird's `messenger` API the add-on uses, over an in-memory mailbox.

export function makeMessage(id, { headerMessageId, author, date, folder = { type: "inbox", name: "Inbox" }, raw }) {
  return { id, headerMessageId, author, date: new Date(date), folder, raw };
}

export function fakeMessenger(messages, { pageSize = 3, identities = [] } = {}) {
  const byId = new Map(messages.map((m) => [m.id, m]));
  const lists = new Map();
  let listSeq = 0;
  const calls = { getRaw: [], query: [], badge: [], posted: [] };
  const header = (m) => ({ id: m.id, headerMessageId: m.headerMessageId, author: m.author, date: m.date, folder: m.folder });
  const page = (items) => {
    const first = items.slice(0, pageSize);
    const rest = items.slice(pageSize);
    if (!rest.length) return { id: null, messages: first };
    const id = `list${++listSeq}`;
    lists.set(id, rest);
    return { id, messages: first };
  };
  return {
    calls,
    messages: {
      async getRaw(id) { calls.getRaw.push(id); return byId.get(id).raw; },
      async query(q) {
        calls.query.push(q);
        let r = messages;
        if (q.headerMessageId) r = r.filter((m) => m.headerMessageId === q.headerMessageId);
        if (q.author) r = r.filter((m) => m.author.toLowerCase().includes(q.author.toLowerCase()));
        if (q.toDate) r = r.filter((m) => m.date <= q.toDate);
        return page(r.map(header));
      },
      async continueList(id) {
        const rest = lists.get(id);
        lists.delete(id);
        return page(rest);
      },
      async abortList(id) { lists.delete(id); },
    },
    accounts: {
      async list() { return [{ id: "a1", identities: identities.map((email) => ({ email })) }]; },
    },
    messageDisplayAction: {
      async setBadgeText(d) { calls.badge.push(["text", d]); },
      async setBadgeBackgroundColor(d) { calls.badge.push(["color", d]); },
      async setTitle(d) { calls.badge.push(["title", d]); },
    },
    i18n: { getMessage: (k, subs) => (subs ? `${k}:${[].concat(subs).join(",")}` : k), getUILanguage: () => "en-US" },
    header,
  };
}

/** A fake runtime whose native port answers like the host, using `answer(request, post)`. */
export function fakeRuntime(answer) {
  const runtime = { connects: 0, posted: [], port: null };
  runtime.connectNative = (name) => {
    runtime.connects += 1;
    runtime.name = name;
    const listeners = { msg: [], disc: [] };
    const port = {
      onMessage: { addListener: (f) => listeners.msg.push(f) },
      onDisconnect: { addListener: (f) => listeners.disc.push(f) },
      postMessage(m) {
        runtime.posted.push(m);
        const reply = (r) => setTimeout(() => listeners.msg.forEach((f) => f(r)), 0);
        answer(m, reply);
      },
      disconnect() {},
      kill(error) { listeners.disc.forEach((f) => f({ error })); },
    };
    runtime.port = port;
    return port;
  };
  return runtime;
}

/** A host answer function that reassembles analyse requests and returns a canned verdict. */
export function fakeHost(verdictFor) {
  const open = new Map();
  return (m, reply) => {
    switch (m.type) {
      case "hello": return reply({ type: "hello", hostVersion: "0.1.0", protocolVersion: 1, compatible: m.protocolVersion === 1 });
      case "analyse-begin": open.set(m.requestId, { count: m.count, parts: [] }); return undefined;
      case "analyse-part": open.get(m.requestId).parts.push(m); return undefined;
      case "analyse-end": {
        const a = open.get(m.requestId);
        return reply({ type: "verdict", requestId: m.requestId, ...verdictFor(a) });
      }
      case "report": return reply({ type: "report-result", requestId: m.requestId, sent: false, message: "saved", files: ["/x.eml"] });
      case "open": return reply({ type: "open-result", requestId: m.requestId, launched: true });
      default: return reply({ type: "error", requestId: m.requestId, code: "UNKNOWN_TYPE", message: "?" });
    }
  };
}

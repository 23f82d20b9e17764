// A long-lived connection to the native host (runtime.connectNative): one JVM start per session.
import { HOST_NAME, helloRequest, analyseRequests } from "./protocol.js";

export class HostError extends Error {
  constructor(code, message) {
    super(message);
    this.code = code;
  }
}

export class HostConnection {
  /**
   * @param runtime an object with connectNative(name) (messenger.runtime)
   * @param addonVersion sent in the hello
   */
  constructor(runtime, addonVersion, { timeoutMs = 30000 } = {}) {
    this.runtime = runtime;
    this.addonVersion = addonVersion;
    this.timeoutMs = timeoutMs;
    this.port = null;
    this.pending = new Map();
    this.hello = null;
    this.seq = 0;
  }

  nextId(prefix = "r") {
    this.seq += 1;
    return `${prefix}${Date.now().toString(36)}-${this.seq}`;
  }

  connect() {
    if (this.port) return this.helloPromise;
    const port = this.runtime.connectNative(HOST_NAME);
    this.port = port;
    port.onMessage.addListener((msg) => this.onMessage(msg));
    port.onDisconnect.addListener((p) => {
      const why = (p && p.error && p.error.message) || "The Threadguard host stopped.";
      if (this.port === port) this.port = null;
      for (const [, w] of this.pending) w.reject(new HostError("DISCONNECTED", why));
      this.pending.clear();
    });
    this.helloPromise = this.request("hello", helloRequest(this.addonVersion), ["hello"]).then((h) => {
      this.hello = h;
      if (!h.compatible) {
        throw new HostError("INCOMPATIBLE", `Threadguard ${h.hostVersion} speaks protocol ${h.protocolVersion}; update the add-on or the app.`);
      }
      return h;
    });
    this.helloPromise.catch(() => { this.disconnect(); });
    return this.helloPromise;
  }

  disconnect() {
    if (this.port) {
      try { this.port.disconnect(); } catch (e) { /* gone */ }
    }
    this.port = null;
  }

  onMessage(msg) {
    const key = msg && (msg.type === "hello" ? "hello" : msg.requestId);
    const w = this.pending.get(key);
    if (!w) {
      if (msg && msg.type === "error" && !msg.requestId) {
        // An error without a request id (e.g. a frame the host could not read): fail everything waiting.
        for (const [, p] of this.pending) p.reject(new HostError(msg.code, msg.message));
        this.pending.clear();
      }
      return;
    }
    if (msg.type === "error") {
      this.pending.delete(key);
      w.reject(new HostError(msg.code, msg.message));
    } else if (w.types.includes(msg.type)) {
      this.pending.delete(key);
      w.resolve(msg);
    }
  }

  /** Posts the requests and waits for the response to `key` of one of `types`. */
  request(key, requests, types) {
    const list = Array.isArray(requests) ? requests : [requests];
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(key);
        reject(new HostError("TIMEOUT", "The Threadguard host did not answer in time."));
      }, this.timeoutMs);
      this.pending.set(key, {
        types,
        resolve: (m) => { clearTimeout(timer); resolve(m); },
        reject: (e) => { clearTimeout(timer); reject(e); },
      });
      try {
        for (const r of list) this.port.postMessage(r);
      } catch (e) {
        this.pending.delete(key);
        clearTimeout(timer);
        reject(new HostError("DISCONNECTED", String((e && e.message) || e)));
      }
    });
  }

  /** locale: the UI language (e.g. "de"), in which the host words the summary and the findings. */
  async analyse(messages, ownAddresses = [], locale = "") {
    await this.connect();
    const requestId = this.nextId("a");
    return this.request(requestId, analyseRequests(requestId, messages, { ownAddresses, locale }), ["verdict"]);
  }

  async report(analysisId) {
    await this.connect();
    const requestId = this.nextId("rep");
    return this.request(requestId, { type: "report", requestId, analysisId }, ["report-result"]);
  }

  async open(messageId) {
    await this.connect();
    const requestId = this.nextId("o");
    return this.request(requestId, { type: "open", requestId, messageId }, ["open-result"]);
  }

  async testResult(result) {
    await this.connect();
    const requestId = this.nextId("t");
    return this.request(requestId, { type: "test-result", requestId, result }, ["ack"]);
  }
}

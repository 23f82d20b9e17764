// Builds the native-messaging requests (docs/native-messaging.md, protocol version 1).
export const PROTOCOL_VERSION = 1;
export const HOST_NAME = "org.threadguard.host";
/** Raw bytes per chunk: 256 KiB of bytes is ~342 KiB of base64, far below every limit. */
export const CHUNK_BYTES = 256 * 1024;

/** base64 of a binary string (one char per byte). */
export function base64(binary) {
  return btoa(binary);
}

/** Converts a Uint8Array/ArrayBuffer to a binary string; strings are returned unchanged. */
export function toBinaryString(data) {
  if (typeof data === "string") return data;
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  let s = "";
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return s;
}

export function helloRequest(addonVersion) {
  return { type: "hello", protocolVersion: PROTOCOL_VERSION, addonVersion };
}

/** analyse-begin, one analyse-part per chunk of each message, analyse-end. */
export function analyseRequests(requestId, messages, { chunkBytes = CHUNK_BYTES, ownAddresses = [], locale = "" } = {}) {
  const begin = { type: "analyse-begin", requestId, count: messages.length, ownAddresses };
  if (locale) begin.locale = locale;
  const reqs = [begin];
  messages.forEach((m, index) => {
    const raw = toBinaryString(m.raw);
    const chunkCount = Math.max(1, Math.ceil(raw.length / chunkBytes));
    for (let c = 0; c < chunkCount; c++) {
      reqs.push({
        type: "analyse-part", requestId, index, role: m.role, folder: m.folder || "",
        chunk: base64(raw.slice(c * chunkBytes, (c + 1) * chunkBytes)), chunkIndex: c, chunkCount,
      });
    }
  });
  reqs.push({ type: "analyse-end", requestId });
  return reqs;
}

// The folder name the engine understands: it recognises sent mail by the folder name.

/** "Sent" for sent folders, "INBOX" for inboxes, otherwise the folder's name. */
export function engineFolder(folder) {
  if (!folder) return "";
  const uses = new Set([...(folder.specialUse || []), folder.type].filter(Boolean));
  if (uses.has("sent")) return "Sent";
  if (uses.has("inbox")) return "INBOX";
  return folder.name || folder.path || "";
}

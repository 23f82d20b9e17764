// How a verdict shows on the message-display button.

/**
 * {text, color, titleKey} for a check state: {verdict} (the host's verdict object or just its
 * level string), {error}, or {checking}.
 */
export function badgeFor(state) {
  const v = state && state.verdict;
  switch (v && typeof v === "object" ? v.verdict : v) {
    case "likely-hijack": return { text: "!", color: "#c62828", titleKey: "badgeLikelyHijack" };
    case "suspicious": return { text: "?", color: "#ef6c00", titleKey: "badgeSuspicious" };
    case "consistent": return { text: "", color: "#2e7d32", titleKey: "badgeConsistent" };
    default:
      if (state && state.error) return { text: "", color: "#757575", titleKey: "badgeError" };
      return { text: "", color: "#757575", titleKey: "badgeChecking" };
  }
}

/** Applies a badge to the button in one tab. */
export async function showBadge(messenger, tabId, state, i18n) {
  const b = badgeFor(state);
  const action = messenger.messageDisplayAction;
  await Promise.all([
    action.setBadgeText({ tabId, text: b.text }),
    action.setBadgeBackgroundColor({ tabId, color: b.color }),
    action.setTitle({ tabId, title: i18n(b.titleKey) }),
  ]);
  return b;
}

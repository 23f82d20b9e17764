// Threadguard background script: checks every displayed message with the Threadguard app.
import { HostConnection } from "./lib/host.js";
import { Checker } from "./lib/checker.js";
import { makeI18n } from "./lib/i18n.js";

const version = messenger.runtime.getManifest().version;
const host = new HostConnection(messenger.runtime, version);
const checker = new Checker(messenger, host, makeI18n(messenger));
// Shared with the end-to-end test script of the test build (not part of the shipped add-on).
globalThis.threadguardChecker = checker;

// Start the host now, not when the first message is displayed: the JVM starts and warms up while
// the user is still looking at the folder list. (If it is not installed, the popup says so later.)
host.connect().catch((e) => console.warn("Threadguard: host not available:", e.message));

messenger.messageDisplay.onMessageDisplayed.addListener((tab, message) => {
  checker.onDisplayed(tab, message).catch((e) => console.error("Threadguard:", e));
});

messenger.runtime.onMessage.addListener((msg) => checker.handlePopup(msg));

// Messages already on screen when the add-on starts.
(async () => {
  const tabs = await messenger.tabs.query({});
  for (const tab of tabs) {
    if (tab.type !== "mail" && tab.type !== "messageDisplay") continue;
    try {
      const m = await messenger.messageDisplay.getDisplayedMessage(tab.id);
      if (m) checker.onDisplayed(tab, m).catch((e) => console.error("Threadguard:", e));
    } catch (e) {
      /* no message in this tab */
    }
  }
})();

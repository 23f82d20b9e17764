import { renderPopup } from "../lib/render.js";
import { makeI18n } from "../lib/i18n.js";

const t = makeI18n(messenger);

function show(html) {
  const doc = new DOMParser().parseFromString(`<main>${html}</main>`, "text/html");
  const main = document.getElementById("content");
  main.replaceChildren(...doc.body.firstChild.childNodes);
}

async function main() {
  document.documentElement.lang = messenger.i18n.getUILanguage();
  const [tab] = await messenger.tabs.query({ active: true, currentWindow: true });
  const tabId = tab ? tab.id : -1;
  let state = await messenger.runtime.sendMessage({ type: "state", tabId });
  show(renderPopup(state, t));
  for (let i = 0; state && state.checking && i < 60; i++) {
    await new Promise((r) => setTimeout(r, 250));
    state = await messenger.runtime.sendMessage({ type: "state", tabId });
    if (!state.checking) show(renderPopup(state, t));
  }
  for (const [id, type] of [["open", "open"], ["report", "report"]]) {
    const button = document.getElementById(id);
    if (!button) continue;
    button.addEventListener("click", async () => {
      const status = document.getElementById("status");
      status.textContent = t(type === "open" ? "statusOpening" : "statusReporting");
      button.disabled = true;
      const r = await messenger.runtime.sendMessage({ type, tabId });
      status.textContent = r.message;
      button.disabled = false;
    });
  }
}

main();

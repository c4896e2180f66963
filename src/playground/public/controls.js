// The controls around the workspace: the member switcher, the clock, the language, the App Home
// tabs, the thread's close button, the demo button and the two composers.

import { api } from "./api.js";
import { setupComposer } from "./composer.js";
import { formatDateTime, locale, setLocale, t } from "./i18n.js";

const $ = (id) => document.getElementById(id);

export function setupControls(app) {
  const { page, refresh, render, busy, announce, selectView, nameOf, tickClock, currentChannelId } = app;
  $("member-select").addEventListener("change", (event) => {
    page.me = event.target.value;
    localStorage.setItem("nabuur-playground-member", page.me);
    page.thread = null;
    // Nothing of what the previous person saw stays in the page.
    app.forget();
    if (page.view.kind === "app") page.view = { kind: "channel", id: null };
    void refresh().then(() => announce(t().nowViewing(nameOf(page.me) ?? page.me)));
  });
  for (const button of $("clock-buttons").querySelectorAll("button")) {
    button.addEventListener("click", () =>
      busy(button, async () => {
        const result = await api.clock(button.dataset.step);
        await refresh();
        announce(
          t().clockMoved(t().clockStepNames[button.dataset.step], formatDateTime(new Date(result.now))),
        );
      }),
    );
  }
  for (const button of document.querySelectorAll(".lang")) {
    button.addEventListener("click", () => {
      setLocale(button.dataset.locale);
      localStorage.setItem("nabuur-playground-locale", locale());
      app.forget();
      render();
      tickClock();
    });
  }
  for (const tab of $("app-tabs").querySelectorAll("[role=tab]")) {
    tab.addEventListener("click", () => selectView({ kind: "app", tab: tab.dataset.tab }));
  }
  $("thread-close").addEventListener("click", () => {
    page.thread = null;
    render();
    $("messages").focus();
  });
  $("seed-button").addEventListener("click", () =>
    busy($("seed-button"), async () => {
      await api.seed();
      announce(t().seeded);
      await refresh();
    }),
  );
  setupComposer($("composer"), $("composer-input"), {
    page,
    channel: currentChannelId,
    threadTs: () => null,
    hints: $("command-hints"),
  });
  setupComposer($("thread-composer"), $("thread-input"), {
    page,
    channel: currentChannelId,
    threadTs: () => page.thread,
    hints: null,
  });
}

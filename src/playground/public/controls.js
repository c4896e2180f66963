// The controls around the workspace: the member switcher, the clock, the language, the menu (on
// a phone), the App Home tabs, the thread's close button, the demo button and the two composers.

import { api } from "./api.js";
import { setupComposer } from "./composer.js";
import { formatDateTime, locale, setLocale, t } from "./i18n.js";

const $ = (id) => document.getElementById(id);

export function setupControls(app) {
  const { page, refresh, render, busy, announce, notify, selectView, setMenu, nameOf, currentChannelId } =
    app;

  async function viewAs(userId, channelName = null) {
    page.me = userId;
    localStorage.setItem("nabuur-playground-member", page.me);
    $("member-select").value = userId;
    page.thread = null;
    // Nothing of what the previous person saw stays in the page: nor a notice about them (a failure
    // stays until it is closed).
    app.forget();
    if (!$("toast").classList.contains("toast-error")) $("toast").hidden = true;
    if (page.view.kind === "app") page.view = { kind: "channel", id: null };
    await refresh();
    const channel = channelName && page.data?.channels.find((candidate) => candidate.name === channelName);
    if (channel) selectView({ kind: "channel", id: channel.id });
    announce(t().nowViewing(nameOf(page.me) ?? page.me));
  }

  /** Puts a command in the composer (in that channel), ready to send. */
  function fill(text, channelName) {
    const channel = channelName && page.data?.channels.find((candidate) => candidate.name === channelName);
    if (channel && page.view.id !== channel.id) selectView({ kind: "channel", id: channel.id });
    else if (page.view.kind === "app") {
      const first = page.data?.channels.find((candidate) => candidate.kind === "channel");
      if (first) selectView({ kind: "channel", id: first.id });
    }
    const input = $("composer-input");
    input.value = text;
    input.focus();
    input.setSelectionRange(text.length, text.length);
  }

  $("member-select").addEventListener("change", (event) => void viewAs(event.target.value));

  for (const button of $("clock-buttons").querySelectorAll("button")) {
    button.addEventListener("click", () =>
      busy(button, async () => {
        const step = button.dataset.step;
        const result = await api.clock(step);
        await refresh();
        const lines = [
          t().clockMoved(t().clockStepNames[step], formatDateTime(new Date(result.now))),
          t().delivered(result.delivered ?? 0),
        ];
        if (!result.withinWorkingHours) lines.push(t().outsideWorkingHours);
        notify(lines.join(" "));
        app.onClockMoved();
      }),
    );
  }

  // The language of the page and of the bot for the person shown, as `/nabuur taal` sets it.
  for (const button of document.querySelectorAll(".lang")) {
    button.addEventListener("click", () =>
      busy(button, async () => {
        const chosen = button.dataset.locale;
        if (page.me && page.data?.me) await api.language({ as: page.me, locale: chosen });
        setLocale(chosen);
        localStorage.setItem("nabuur-playground-locale", locale());
        app.forget();
        await refresh();
        render();
        app.tickClock();
        const name = page.data?.me?.name;
        if (name) {
          const languages = t().languages;
          notify(
            t().languageSet(languages[chosen], name, languages[page.data.defaultLocale] ?? languages.nl),
          );
        }
      }),
    );
  }

  $("menu-button").addEventListener("click", () => {
    const open = !document.body.classList.contains("menu-open");
    setMenu(open);
    if (open) $("sidebar").querySelector("button[aria-current], .sidebar-list button")?.focus();
  });
  $("sidebar-close").addEventListener("click", () => {
    setMenu(false);
    $("menu-button").focus();
  });
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && document.body.classList.contains("menu-open")) {
      setMenu(false);
      $("menu-button").focus();
    }
  });

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
  const composer = {
    page,
    onSent: app.onCommandSent,
    onFailed: () => notify(t().failed, { error: true }),
  };
  setupComposer($("composer"), $("composer-input"), {
    ...composer,
    channel: currentChannelId,
    threadTs: () => null,
    hints: $("command-hints"),
  });
  setupComposer($("thread-composer"), $("thread-input"), {
    ...composer,
    channel: currentChannelId,
    threadTs: () => page.thread,
    hints: null,
  });
  return { viewAs, fill };
}

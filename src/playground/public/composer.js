// The message composer: Enter sends, Shift+Enter starts a new line. A text starting with "/" is
// a slash command; while typing one, the app's commands (from its manifest) are listed.

import { api } from "./api.js";
import { el } from "./blocks.js";
import { locale, t } from "./i18n.js";

export function setupComposer(form, input, options) {
  const { page, hints } = options;

  function showHints() {
    if (!hints) return;
    const text = input.value;
    const word = text.split(/\s/)[0];
    const matching =
      text.startsWith("/") && !/\s/.test(text)
        ? (page.data?.app.commands ?? []).filter((command) => command.command.startsWith(word))
        : [];
    hints.hidden = matching.length === 0;
    hints.setAttribute("aria-label", t().commands);
    hints.replaceChildren(
      ...matching.map((command) => {
        const button = el("button", "", [
          el("strong", "", [command.command]),
          " ",
          el("span", "usage", [command.usageHint || command.description]),
        ]);
        button.type = "button";
        button.addEventListener("click", () => {
          input.value = `${command.command} `;
          hints.hidden = true;
          input.focus();
        });
        return el("li", "", [button]);
      }),
    );
  }

  async function send() {
    const text = input.value.trim();
    const channel = options.channel();
    if (!text || !channel || !page.me) return;
    input.value = "";
    showHints();
    try {
      await api.send({ as: page.me, channel, text, threadTs: options.threadTs(), locale: locale() });
      options.onSent?.(text);
    } catch {
      input.value = text;
      options.onFailed?.();
    }
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void send();
  });
  input.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      void send();
    } else if (event.key === "Escape" && hints && !hints.hidden) {
      hints.hidden = true;
    } else if (event.key === "ArrowUp" && hints && !hints.hidden) {
      event.preventDefault();
      [...hints.querySelectorAll("button")].at(-1)?.focus();
    }
  });
  input.addEventListener("input", showHints);
  hints?.addEventListener("keydown", (event) => {
    const buttons = [...hints.querySelectorAll("button")];
    const index = buttons.indexOf(document.activeElement);
    if (event.key === "ArrowDown") {
      event.preventDefault();
      (buttons[index + 1] ?? input).focus();
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      buttons[Math.max(0, index - 1)]?.focus();
    } else if (event.key === "Escape") {
      hints.hidden = true;
      input.focus();
    }
  });
}

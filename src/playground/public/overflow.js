// Block Kit's overflow menu as an accessible menu button: Enter/Space/ArrowDown open it,
// arrows move, Enter chooses, Escape closes and returns focus to the button.

import { t } from "./i18n.js";
import { plainOf } from "./mrkdwn.js";

export function renderOverflow(element, blockId, ctx) {
  const wrapper = document.createElement("div");
  wrapper.className = "bk-overflow";
  const trigger = document.createElement("button");
  trigger.type = "button";
  trigger.className = "bk-button bk-overflow-button";
  trigger.textContent = "⋮";
  trigger.setAttribute("aria-label", t().moreActions);
  trigger.setAttribute("aria-haspopup", "menu");
  trigger.setAttribute("aria-expanded", "false");
  const menu = document.createElement("ul");
  menu.className = "bk-menu";
  menu.setAttribute("role", "menu");
  menu.hidden = true;
  const items = (element.options ?? []).map((option) => {
    const item = document.createElement("li");
    item.setAttribute("role", "menuitem");
    item.tabIndex = -1;
    item.textContent = plainOf(option.text);
    item.addEventListener("click", () => choose(option));
    menu.append(item);
    return item;
  });

  function open(focusIndex = 0) {
    menu.hidden = false;
    trigger.setAttribute("aria-expanded", "true");
    items[focusIndex]?.focus();
  }
  function close(returnFocus = true) {
    menu.hidden = true;
    trigger.setAttribute("aria-expanded", "false");
    if (returnFocus) trigger.focus();
  }
  function choose(option) {
    close();
    ctx.onAction(
      { type: "overflow", action_id: element.action_id, block_id: blockId, selected_option: option },
      trigger,
    );
  }

  trigger.addEventListener("click", () => (menu.hidden ? open() : close()));
  trigger.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown") {
      event.preventDefault();
      open();
    }
  });
  menu.addEventListener("keydown", (event) => {
    const index = items.indexOf(document.activeElement);
    if (event.key === "Escape") close();
    else if (event.key === "ArrowDown") items[(index + 1) % items.length]?.focus();
    else if (event.key === "ArrowUp") items[(index - 1 + items.length) % items.length]?.focus();
    else if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      const option = (element.options ?? [])[index];
      if (option) choose(option);
    } else return;
    event.preventDefault();
  });
  wrapper.addEventListener("focusout", (event) => {
    if (!wrapper.contains(event.relatedTarget) && !menu.hidden) close(false);
  });
  wrapper.append(trigger, menu);
  return wrapper;
}

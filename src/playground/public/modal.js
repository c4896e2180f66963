// The modal (Slack's views.open): a dialog over the page with the view's blocks and inputs.
// Focus moves into it, Tab stays inside, Escape or "Close" closes it, and focus returns to
// what opened it. Field errors from the app (response_action "errors") appear under the fields.

import { el, renderBlock } from "./blocks.js";
import { t } from "./i18n.js";
import { renderInput } from "./inputs.js";
import { plainOf } from "./mrkdwn.js";

const FOCUSABLE = "button, [href], input, select, textarea, [tabindex]:not([tabindex='-1'])";

export function createModalHost(root, handlers) {
  let shown = null; // { id, hash, inputs, dialog }
  let returnFocus = null;
  let opener = null;

  function trap(event) {
    if (!shown) return;
    if (event.key === "Escape") {
      event.preventDefault();
      handlers.onClose(shown.id);
      return;
    }
    if (event.key !== "Tab") return;
    const items = [...shown.dialog.querySelectorAll(FOCUSABLE)].filter(
      (node) => !node.disabled && node.offsetParent !== null,
    );
    const first = items[0];
    const last = items.at(-1);
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last?.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first?.focus();
    }
  }

  function showErrors(errors) {
    let firstInvalid = null;
    for (const input of shown.inputs) {
      const message = errors[input.blockId] ?? null;
      input.showError(message);
      if (message && !firstInvalid) firstInvalid = input;
    }
    firstInvalid?.focusable?.focus();
  }

  function build(view, ctx) {
    const titleId = `modal-title-${view.id}`;
    const inputs = [];
    const body = el("div", "modal-body");
    (view.view.blocks ?? []).forEach((block, index) => {
      if (block.type === "input") {
        const input = renderInput(block, index);
        inputs.push(input);
        body.append(input.node);
      } else
        body.append(
          renderBlock(block, index, {
            ...ctx,
            onAction: (action, node) => ctx.onViewAction(view.id, action, node),
          }),
        );
    });
    const status = el("p", "modal-status");
    status.setAttribute("role", "alert");
    const closeText = plainOf(view.view.close) || t().close;
    const close = el("button", "bk-button", [closeText]);
    close.type = "button";
    close.addEventListener("click", () => handlers.onClose(view.id));
    const closeIcon = el("button", "modal-x", ["×"]);
    closeIcon.type = "button";
    closeIcon.setAttribute("aria-label", t().close);
    closeIcon.addEventListener("click", () => handlers.onClose(view.id));
    const footer = el("div", "modal-footer", [close]);
    const form = el("form", "modal-form", [body, status, footer]);
    form.noValidate = true;
    if (view.view.submit) {
      const submit = el("button", "bk-button bk-primary", [plainOf(view.view.submit)]);
      submit.type = "submit";
      footer.append(submit);
      form.addEventListener("submit", async (event) => {
        event.preventDefault();
        const problems = Object.fromEntries(
          inputs.map((input) => [input.blockId, input.validate()]).filter(([, problem]) => problem),
        );
        if (Object.keys(problems).length) return showErrors(problems);
        showErrors({});
        const values = {};
        for (const input of inputs) {
          const value = input.read();
          if (value) values[input.blockId] = { [input.actionId]: value };
        }
        submit.disabled = true;
        submit.setAttribute("aria-busy", "true");
        status.textContent = "";
        try {
          const result = await handlers.onSubmit(view.id, values);
          if (result?.errors) showErrors(result.errors);
          else if (result?.failure) status.textContent = result.failure;
        } catch {
          status.textContent = t().failed;
        } finally {
          submit.disabled = false;
          submit.removeAttribute("aria-busy");
        }
      });
    }
    const title = el("h2", "modal-title", [plainOf(view.view.title)]);
    title.id = titleId;
    const dialog = el("div", "modal", [el("div", "modal-header", [title, closeIcon]), form]);
    dialog.setAttribute("role", "dialog");
    dialog.setAttribute("aria-modal", "true");
    dialog.setAttribute("aria-labelledby", titleId);
    dialog.addEventListener("keydown", trap);
    return { id: view.id, hash: view.hash, errors: "{}", inputs, dialog };
  }

  return {
    /** Shows the top modal of the person's stack (or none). */
    show(modals, ctx) {
      const top = modals.at(-1) ?? null;
      if (!top) {
        if (shown) {
          shown = null;
          root.replaceChildren();
          root.hidden = true;
          document.body.classList.remove("has-modal");
          handlers.setInert(false);
          const target = returnFocus?.isConnected ? returnFocus : document.getElementById("composer-input");
          target?.focus();
          returnFocus = null;
          opener = null;
        }
        return;
      }
      if (shown && shown.id === top.id && shown.hash === top.hash) {
        const errors = JSON.stringify(top.errors ?? {});
        if (errors !== shown.errors) {
          shown.errors = errors;
          showErrors(top.errors ?? {});
        }
        return;
      }
      if (!shown) {
        returnFocus = opener?.isConnected ? opener : document.activeElement;
        handlers.setInert(true);
      }
      shown = build(top, ctx);
      root.replaceChildren(el("div", "modal-backdrop", [shown.dialog]));
      root.hidden = false;
      document.body.classList.add("has-modal");
      const first =
        shown.inputs.find((input) => input.focusable)?.focusable ?? shown.dialog.querySelector(FOCUSABLE);
      first?.focus();
    },
    /** The element that should get focus back when the modal closes. */
    rememberFocus(node) {
      opener = node;
    },
  };
}

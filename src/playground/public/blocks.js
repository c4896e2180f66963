// Block Kit → DOM: header, section (text, fields, accessory), context, divider, image, actions
// (buttons, selects, overflow menus, date pickers) and rich text. Inputs live in inputs.js.

import { t } from "./i18n.js";
import { plainOf, renderText } from "./mrkdwn.js";
import { renderOverflow } from "./overflow.js";

export function el(tag, className, children = []) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  for (const child of children) if (child !== null && child !== undefined) node.append(child);
  return node;
}

function button(element, blockId, ctx) {
  const node = el("button", `bk-button${element.style ? ` bk-${element.style}` : ""}`, [
    plainOf(element.text),
  ]);
  node.type = "button";
  if (element.accessibility_label) node.setAttribute("aria-label", element.accessibility_label);
  node.addEventListener("click", () => {
    if (element.url) window.open(element.url, "_blank", "noopener");
    ctx.onAction(
      {
        type: "button",
        action_id: element.action_id,
        block_id: blockId,
        ...(element.value === undefined ? {} : { value: element.value }),
        text: element.text,
      },
      node,
    );
  });
  return node;
}

function optionsOf(element) {
  if (element.option_groups) return element.option_groups.flatMap((group) => group.options ?? []);
  return element.options ?? [];
}

function select(element, blockId, ctx) {
  const label = plainOf(element.placeholder) || t().chooseOption;
  const node = el("select", "bk-select");
  node.setAttribute("aria-label", label);
  const placeholder = el("option", "", [label]);
  placeholder.value = "";
  node.append(placeholder);
  for (const option of optionsOf(element)) {
    const item = el("option", "", [plainOf(option.text)]);
    item.value = option.value;
    if (element.initial_option?.value === option.value) item.selected = true;
    node.append(item);
  }
  node.addEventListener("change", () => {
    const option = optionsOf(element).find((candidate) => candidate.value === node.value);
    if (!option) return;
    ctx.onAction(
      { type: element.type, action_id: element.action_id, block_id: blockId, selected_option: option },
      node,
    );
  });
  return node;
}

function datepicker(element, blockId, ctx) {
  const node = el("input", "bk-input bk-date");
  node.type = "date";
  node.setAttribute("aria-label", plainOf(element.placeholder) || t().date);
  if (element.initial_date) node.value = element.initial_date;
  node.addEventListener("change", () =>
    ctx.onAction(
      { type: "datepicker", action_id: element.action_id, block_id: blockId, selected_date: node.value },
      node,
    ),
  );
  return node;
}

function image(element) {
  const node = el("img", "bk-image");
  node.src = element.image_url ?? "";
  node.alt = element.alt_text ?? "";
  return node;
}

/** An interactive element (in an actions block or as a section's accessory). */
function renderElement(element, blockId, ctx) {
  switch (element.type) {
    case "button":
      return button(element, blockId, ctx);
    case "static_select":
    case "external_select":
      return select(element, blockId, ctx);
    case "overflow":
      return renderOverflow(element, blockId, ctx);
    case "datepicker":
      return datepicker(element, blockId, ctx);
    case "image":
      return image(element);
    default:
      return el("span", "bk-unsupported", [`[${element.type}]`]);
  }
}

function richElements(elements, ctx, into) {
  for (const item of elements ?? []) {
    let node;
    if (item.type === "text") {
      node = document.createTextNode(item.text ?? "");
      const style = item.style ?? {};
      for (const [flag, tag] of [
        ["code", "code"],
        ["strike", "s"],
        ["italic", "em"],
        ["bold", "strong"],
      ]) {
        if (style[flag]) node = el(tag, "", [node]);
      }
    } else if (item.type === "link") {
      node = el("a", "", [item.text ?? item.url]);
      if (/^(https?:|mailto:)/i.test(item.url ?? "")) node.href = item.url;
      node.rel = "noopener noreferrer";
    } else if (item.type === "user") {
      node = el("span", item.user_id === ctx.me ? "mention mention-me" : "mention", [
        `@${ctx.nameOf(item.user_id) ?? item.user_id}`,
      ]);
    } else if (item.type === "channel") {
      node = el("span", "mention", [`#${ctx.channelName(item.channel_id) ?? item.channel_id}`]);
    } else if (item.type === "emoji") {
      node = document.createTextNode(
        item.unicode
          ? String.fromCodePoint(...item.unicode.split("-").map((hex) => Number.parseInt(hex, 16)))
          : `:${item.name}:`,
      );
    } else if (item.type === "broadcast") {
      node = el("span", "mention", [`@${item.range}`]);
    } else node = document.createTextNode(item.text ?? "");
    into.append(node);
  }
}

function richText(block, ctx) {
  const root = el("div", "bk-rich");
  for (const part of block.elements ?? []) {
    if (part.type === "rich_text_list") {
      const list = el(part.style === "ordered" ? "ol" : "ul", "bk-rich-list");
      for (const section of part.elements ?? []) {
        const item = el("li");
        richElements(section.elements, ctx, item);
        list.append(item);
      }
      root.append(list);
    } else {
      const tag = { rich_text_quote: "blockquote", rich_text_preformatted: "pre" }[part.type] ?? "p";
      const node = el(tag);
      richElements(part.elements, ctx, node);
      root.append(node);
    }
  }
  return root;
}

function section(block, blockId, ctx) {
  const body = el("div", "bk-section-body");
  if (block.text) body.append(el("div", "bk-text", [renderText(block.text, ctx)]));
  if (block.fields?.length) {
    body.append(
      el(
        "div",
        "bk-fields",
        block.fields.map((field) => el("div", "bk-field", [renderText(field, ctx)])),
      ),
    );
  }
  const node = el("div", "bk-section", [body]);
  if (block.accessory) node.append(el("div", "bk-accessory", [renderElement(block.accessory, blockId, ctx)]));
  return node;
}

/** One block; unknown blocks show their type, as a reminder that they are not rendered. */
export function renderBlock(block, index, ctx) {
  const blockId = block.block_id ?? `b${index}`;
  switch (block.type) {
    case "header":
      return el("h3", "bk-header", [plainOf(block.text)]);
    case "section":
      return section(block, blockId, ctx);
    case "context":
      return el(
        "div",
        "bk-context",
        (block.elements ?? []).map((element) =>
          element.type === "image" ? image(element) : el("span", "", [renderText(element, ctx)]),
        ),
      );
    case "divider":
      return el("hr", "bk-divider");
    case "image":
      return el("figure", "bk-image-block", [
        image(block),
        block.title ? el("figcaption", "", [plainOf(block.title)]) : null,
      ]);
    case "actions":
      return el(
        "div",
        "bk-actions",
        (block.elements ?? []).map((element) => renderElement(element, blockId, ctx)),
      );
    case "rich_text":
      return richText(block, ctx);
    default:
      return el("div", "bk-unsupported", [`[${block.type}]`]);
  }
}

export function renderBlocks(blocks, ctx) {
  return el(
    "div",
    "bk-blocks",
    blocks.map((block, index) => renderBlock(block, index, ctx)),
  );
}

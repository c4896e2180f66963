// Input blocks of a modal: rendering (label, hint, error, element) and reading them back as
// Slack's view.state.values. Dates and times are the workspace's (Europe/Amsterdam) wall clock.

import { el } from "./blocks.js";
import { TIME_ZONE, t } from "./i18n.js";
import { plainOf } from "./mrkdwn.js";

function wallClock(epochMs) {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone: TIME_ZONE,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(new Date(epochMs));
  const get = (type) => parts.find((part) => part.type === type)?.value ?? "00";
  return { date: `${get("year")}-${get("month")}-${get("day")}`, time: `${get("hour")}:${get("minute")}` };
}

function offsetAt(epochMs) {
  const { date, time } = wallClock(epochMs);
  const asUtc = Date.parse(`${date}T${time}:00Z`);
  return asUtc - Math.floor(epochMs / 60_000) * 60_000;
}

/** "2025-09-08" + "10:30" in Europe/Amsterdam → epoch seconds. */
function zonedEpochSeconds(date, time) {
  const guess = Date.parse(`${date}T${time}:00Z`);
  let epoch = guess - offsetAt(guess);
  epoch = guess - offsetAt(epoch);
  return Math.floor(epoch / 1000);
}

let counter = 0;
const uid = (prefix) => `${prefix}-${++counter}`;

function textInput(element, labelId) {
  const node = element.multiline ? el("textarea", "bk-input bk-textarea") : el("input", "bk-input");
  if (!element.multiline) node.type = "text";
  if (element.max_length) node.maxLength = element.max_length;
  if (element.initial_value) node.value = element.initial_value;
  if (element.placeholder) node.placeholder = plainOf(element.placeholder);
  node.setAttribute("aria-labelledby", labelId);
  return {
    node,
    focusable: node,
    read: () => ({ type: element.type, value: node.value === "" ? null : node.value }),
    empty: () => node.value.trim() === "",
  };
}

function selectInput(element, labelId) {
  const node = el("select", "bk-select");
  node.setAttribute("aria-labelledby", labelId);
  const options = element.option_groups
    ? element.option_groups.flatMap((group) => group.options)
    : (element.options ?? []);
  const placeholder = el("option", "", [plainOf(element.placeholder) || t().chooseOption]);
  placeholder.value = "";
  node.append(placeholder);
  for (const option of options) {
    const item = el("option", "", [plainOf(option.text)]);
    item.value = option.value;
    item.selected = element.initial_option?.value === option.value;
    node.append(item);
  }
  const chosen = () => options.find((option) => option.value === node.value) ?? null;
  return {
    node,
    focusable: node,
    read: () => ({ type: element.type, selected_option: chosen() }),
    empty: () => !chosen(),
  };
}

function dateTimeInput(element, labelId) {
  const date = el("input", "bk-input bk-date");
  date.type = "date";
  const time = el("input", "bk-input bk-time");
  time.type = "time";
  date.setAttribute("aria-label", t().date);
  time.setAttribute("aria-label", t().time);
  if (element.initial_date_time) {
    const initial = wallClock(element.initial_date_time * 1000);
    date.value = initial.date;
    time.value = initial.time;
  }
  const group = el("div", "bk-datetime", [date, time]);
  group.setAttribute("role", "group");
  group.setAttribute("aria-labelledby", labelId);
  return {
    node: group,
    focusable: date,
    read: () => ({
      type: "datetimepicker",
      selected_date_time: date.value && time.value ? zonedEpochSeconds(date.value, time.value) : null,
    }),
    empty: () => !date.value || !time.value,
    partial: () => Boolean(date.value) !== Boolean(time.value),
  };
}

function simpleInput(element, labelId, type, key) {
  const node = el("input", `bk-input bk-${type}`);
  node.type = type;
  node.setAttribute("aria-labelledby", labelId);
  const initial = type === "date" ? element.initial_date : element.initial_time;
  if (initial) node.value = initial;
  return {
    node,
    focusable: node,
    read: () => ({ type: element.type, [key]: node.value || null }),
    empty: () => !node.value,
  };
}

function choiceInput(element, labelId, kind) {
  const name = uid("choice");
  const boxes = (element.options ?? []).map((option) => {
    const input = el("input");
    input.type = kind;
    input.name = name;
    input.id = uid("option");
    input.value = option.value;
    const initial =
      kind === "checkbox"
        ? (element.initial_options ?? [])
        : element.initial_option
          ? [element.initial_option]
          : [];
    input.checked = initial.some((candidate) => candidate.value === option.value);
    const label = el("label", "", [plainOf(option.text)]);
    label.htmlFor = input.id;
    const description = option.description ? el("span", "bk-hint", [plainOf(option.description)]) : null;
    return { input, option, row: el("div", "bk-choice", [input, label, description]) };
  });
  const group = el(
    "div",
    "bk-choices",
    boxes.map((box) => box.row),
  );
  group.setAttribute("role", kind === "checkbox" ? "group" : "radiogroup");
  group.setAttribute("aria-labelledby", labelId);
  const selected = () => boxes.filter((box) => box.input.checked).map((box) => box.option);
  return {
    node: group,
    focusable: boxes[0]?.input ?? group,
    read: () =>
      kind === "checkbox"
        ? { type: "checkboxes", selected_options: selected() }
        : { type: "radio_buttons", selected_option: selected()[0] ?? null },
    empty: () => selected().length === 0,
  };
}

function elementOf(element, labelId) {
  switch (element.type) {
    case "plain_text_input":
    case "email_text_input":
    case "url_text_input":
    case "number_input":
      return textInput(element, labelId);
    case "static_select":
    case "external_select":
      return selectInput(element, labelId);
    case "datetimepicker":
      return dateTimeInput(element, labelId);
    case "datepicker":
      return simpleInput(element, labelId, "date", "selected_date");
    case "timepicker":
      return simpleInput(element, labelId, "time", "selected_time");
    case "checkboxes":
      return choiceInput(element, labelId, "checkbox");
    case "radio_buttons":
      return choiceInput(element, labelId, "radio");
    case "file_input":
      // Slack's file field (optional in Nabuur's forms): said plainly, the form submits without it.
      return {
        node: el("p", "bk-note", [t().noFilesHere]),
        focusable: null,
        read: () => null,
        empty: () => true,
      };
    default:
      return {
        node: el("span", "bk-unsupported", [`[${element.type}]`]),
        focusable: null,
        read: () => null,
        empty: () => false,
      };
  }
}

/**
 * An input block → { node, blockId, actionId, focusable, read(), validate(), showError(text) }.
 * Like Slack, a required field is checked in the page before anything is sent.
 */
export function renderInput(block, index) {
  const blockId = block.block_id ?? `input${index}`;
  const element = block.element ?? {};
  const labelId = uid("label");
  const hintId = uid("hint");
  const errorId = uid("error");
  const control = elementOf(element, labelId);
  // The accessible name is the label alone; required fields say so with aria-required.
  const labelText = el("span", "", [plainOf(block.label)]);
  labelText.id = labelId;
  const optional = block.optional ? el("span", "bk-optional", [` ${t().optional}`]) : null;
  optional?.setAttribute("aria-hidden", "true");
  const label = el("div", "bk-label", [labelText, optional]);
  if (!block.optional) control.focusable?.setAttribute("aria-required", "true");
  if (control.focusable) label.addEventListener("click", () => control.focusable.focus());
  const hint = block.hint ? el("p", "bk-hint", [plainOf(block.hint)]) : null;
  if (hint) hint.id = hintId;
  const error = el("p", "bk-error");
  error.id = errorId;
  error.hidden = true;
  const describe = [hint ? hintId : null, errorId].filter(Boolean).join(" ");
  control.node.setAttribute("aria-describedby", describe);
  if (control.focusable && control.focusable !== control.node)
    control.focusable.setAttribute("aria-describedby", describe);
  const node = el("div", "bk-input-block", [label, control.node, hint, error]);
  return {
    node,
    blockId,
    actionId: element.action_id ?? `action${index}`,
    focusable: control.focusable,
    read: control.read,
    validate() {
      if (control.partial?.()) return t().incompleteDateTime;
      if (!block.optional && control.empty()) return t().required;
      return null;
    },
    showError(text) {
      error.hidden = !text;
      error.textContent = text ?? "";
      control.node.toggleAttribute("aria-invalid", Boolean(text));
      if (control.focusable && control.focusable !== control.node) {
        control.focusable.setAttribute("aria-invalid", text ? "true" : "false");
      }
    },
  };
}

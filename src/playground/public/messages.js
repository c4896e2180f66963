// A list of messages (a channel, a DM or a thread), updated in place: unchanged messages keep
// their DOM nodes (and the keyboard focus); a changed card is redrawn and focus stays on it.

import { el, renderBlocks } from "./blocks.js";
import { formatDay, formatTime, t } from "./i18n.js";
import { renderMrkdwn } from "./mrkdwn.js";

const FOCUSABLE = "button, [href], input, select, textarea";

function initials(name) {
  return name
    .split(/\s+/)
    .filter((word) => /^\p{Lu}/u.test(word))
    .slice(0, 2)
    .map((word) => word[0])
    .join("");
}

function author(message, ctx) {
  if (message.user === ctx.botUserId) return { name: ctx.app.name, bot: true, initials: "N", hue: null };
  if (message.user === "USLACKBOT") return { name: "Slackbot", bot: true, initials: "S", hue: 200 };
  const name = ctx.nameOf(message.user) ?? message.user;
  const hue = [...message.user].reduce((sum, char) => sum + char.charCodeAt(0), 0) % 360;
  return { name, bot: false, initials: initials(name) || name[0], hue };
}

function dateOf(ts) {
  return new Date(Number(ts) * 1000);
}

function formatSize(bytes) {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} kB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

// Files shared with a message (files.uploadV2): download links, served only to who may see them.
function filesNode(files, ctx) {
  const list = el("ul", "message-files");
  for (const file of files) {
    const link = el("a", "message-file", [file.title || file.name]);
    link.href = `/play/files/${encodeURIComponent(file.id)}?as=${encodeURIComponent(ctx.me ?? "")}`;
    link.download = file.name;
    const details = el("span", "message-file-details", [`${file.name} · ${formatSize(file.size)}`]);
    list.append(el("li", "", [link, details]));
  }
  return list;
}

// What the bot sent for this message, as Block Kit Builder shows it: the Web API method (or the
// HTTP response to a slash command) and its arguments with the blocks, as JSON.
function payloadNode(message) {
  const sent = message.sent;
  const summary = el("summary", "payload-summary", [t().payload]);
  const details = el("details", "payload", [summary]);
  // Built when opened: a closed payload adds no text to the page (nor to its search).
  details.addEventListener("toggle", () => {
    if (!details.open) {
      details.replaceChildren(summary);
      return;
    }
    const json = { ...sent.args, ...(message.blocks ? { blocks: message.blocks } : {}) };
    const method = el("p", "payload-method", [
      sent.method === "response" ? t().payloadResponse(sent.command ?? "") : t().payloadVia(sent.method),
    ]);
    const code = el("pre", "payload-json", [JSON.stringify(json, null, 2)]);
    code.tabIndex = 0;
    details.append(method, code);
  });
  return details;
}

function messageNode(message, replies, ctx) {
  const who = author(message, ctx);
  const avatar = el("div", `avatar${who.bot ? " avatar-bot" : ""}`, [who.initials]);
  avatar.setAttribute("aria-hidden", "true");
  if (who.hue !== null) avatar.dataset.hue = String(Math.round(who.hue / 30) * 30);
  const when = dateOf(message.ts);
  const time = el("time", "message-time", [formatTime(when)]);
  time.dateTime = when.toISOString();
  time.title = formatDay(when);
  const meta = el("div", "message-meta", [
    el("span", "message-author", [who.name]),
    who.bot && message.user === ctx.botUserId ? el("span", "app-badge", [t().app]) : null,
    time,
    message.editedTs ? el("span", "message-edited", [t().edited]) : null,
  ]);
  const content = el("div", "message-content");
  if (message.blocks?.length) content.append(renderBlocks(message.blocks, ctx.forMessage(message)));
  else content.append(renderMrkdwn(message.text ?? "", ctx));
  if (message.files?.length) content.append(filesNode(message.files, ctx));
  const body = el("div", "message-body", [meta, content]);
  if (message.ephemeralFor) body.prepend(el("div", "ephemeral-note", [`👁 ${t().onlyVisibleToYou}`]));
  if (replies > 0 && ctx.onOpenThread) {
    const link = el("button", "thread-link", [t().replies(replies)]);
    link.type = "button";
    link.setAttribute("aria-label", `${t().replies(replies)}: ${t().viewThread}`);
    link.addEventListener("click", () => ctx.onOpenThread(message.ts, link));
    body.append(link);
  }
  if (message.sent) body.append(payloadNode(message));
  const node = el("li", `message${message.ephemeralFor ? " message-ephemeral" : ""}`, [avatar, body]);
  node.dataset.ts = message.ts;
  node.tabIndex = -1;
  node.setAttribute("aria-label", `${who.name}, ${formatTime(when)}`);
  return node;
}

export function createMessageList(container) {
  const cache = new Map(); // key → { signature, node }

  function item(key, signature, build) {
    const cached = cache.get(key);
    if (cached && cached.signature === signature) return cached.node;
    const node = build();
    if (cached?.node.isConnected && cached.node.contains(document.activeElement)) {
      // Keep the keyboard where it was: the same control in the redrawn card, or the card.
      const index = [...cached.node.querySelectorAll(FOCUSABLE)].indexOf(document.activeElement);
      queueMicrotask(() => ([...node.querySelectorAll(FOCUSABLE)][index] ?? node).focus());
    }
    cache.set(key, { signature, node });
    return node;
  }

  return {
    /** messages: in order; replyCount(ts) for thread links; ctx: rendering context. */
    update(messages, replyCount, ctx, emptyText) {
      const nodes = [];
      let lastDay = null;
      for (const message of messages) {
        const day = formatDay(dateOf(message.ts));
        if (day !== lastDay) {
          lastDay = day;
          nodes.push(item(`day:${day}`, day, () => el("li", "day-divider", [el("span", "", [day])])));
        }
        const replies = replyCount(message.ts);
        const signature = JSON.stringify([
          message.text,
          message.blocks,
          message.editedTs,
          message.files ?? null,
          message.sent ?? null,
          replies,
          ctx.signature,
        ]);
        nodes.push(item(message.ts, signature, () => messageNode(message, replies, ctx)));
      }
      if (nodes.length === 0) nodes.push(item("empty", emptyText, () => el("li", "empty-note", [emptyText])));
      let current = container.firstChild;
      for (const node of nodes) {
        if (node === current) current = current.nextSibling;
        else container.insertBefore(node, current);
      }
      while (current) {
        const next = current.nextSibling;
        current.remove();
        current = next;
      }
    },
    clear() {
      cache.clear();
      container.replaceChildren();
    },
  };
}

// Slack's mrkdwn as DOM nodes (never as HTML strings): *bold*, _italic_, ~strike~, `code`,
// ```preformatted```, > quotes, line breaks, <@U…> mentions, <#C…|name> channels, <url|links>.

const ENTITIES = { "&amp;": "&", "&lt;": "<", "&gt;": ">" };

function decodeEntities(text) {
  return text.replace(/&(amp|lt|gt);/g, (entity) => ENTITIES[entity]);
}

function el(tag, className, children = []) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  for (const child of children) node.append(child);
  return node;
}

function special(token, ctx) {
  const inner = token.slice(1, -1);
  const [target, label] = inner.split("|", 2);
  if (target.startsWith("@")) {
    const userId = target.slice(1);
    const name = ctx.nameOf(userId) ?? label ?? userId;
    const mention = el("span", userId === ctx.me ? "mention mention-me" : "mention", [`@${name}`]);
    return mention;
  }
  if (target.startsWith("#")) {
    return el("span", "mention", [`#${label ?? ctx.channelName(target.slice(1)) ?? target.slice(1)}`]);
  }
  if (target.startsWith("!")) {
    const word = target.slice(1).split("^")[0];
    if (word === "date") return document.createTextNode(decodeEntities(label ?? ""));
    return el("span", "mention", [`@${label ?? word}`]);
  }
  const url = decodeEntities(target);
  if (/^(https?:|mailto:)/i.test(url)) {
    const link = el("a", "", [decodeEntities(label ?? url)]);
    link.href = url;
    link.target = "_blank";
    link.rel = "noopener noreferrer";
    return link;
  }
  return document.createTextNode(decodeEntities(token));
}

const INLINE = /(`[^`\n]+`)|(<[^<>\n]+>)|(\*[^*\n]+\*)|(_[^_\n]+_)|(~[^~\n]+~)/g;
const STYLES = { "*": "strong", _: "em", "~": "s" };

/** Formatting marks only count at word boundaries, as in Slack. */
function atBoundary(text, start, end) {
  const before = start === 0 ? " " : text[start - 1];
  const after = end >= text.length ? " " : text[end];
  return /[\s([{"'“‘.,:;!?-]/.test(before) && /[\s)\]}"'”’.,:;!?-]/.test(after);
}

function inline(text, ctx, into) {
  let last = 0;
  for (const match of text.matchAll(INLINE)) {
    const token = match[0];
    const start = match.index;
    const end = start + token.length;
    const mark = token[0];
    if ((mark === "*" || mark === "_" || mark === "~") && !atBoundary(text, start, end)) continue;
    if (start > last) into.append(decodeEntities(text.slice(last, start)));
    if (mark === "`") into.append(el("code", "", [decodeEntities(token.slice(1, -1))]));
    else if (mark === "<") into.append(special(token, ctx));
    else {
      const styled = el(STYLES[mark]);
      inline(token.slice(1, -1), ctx, styled);
      into.append(styled);
    }
    last = end;
  }
  if (last < text.length) into.append(decodeEntities(text.slice(last)));
}

function lines(text, ctx, into) {
  const all = text.split("\n");
  let quote = null;
  all.forEach((line, index) => {
    if (line.startsWith("> ") || line === ">") {
      if (!quote) {
        quote = el("blockquote");
        into.append(quote);
      } else quote.append(el("br"));
      inline(line.replace(/^> ?/, ""), ctx, quote);
      return;
    }
    quote = null;
    inline(line, ctx, into);
    if (index < all.length - 1 && !(all[index + 1] ?? "").startsWith(">")) into.append(el("br"));
  });
}

/** mrkdwn text → a fragment. ctx: { me, nameOf(userId), channelName(channelId) }. */
export function renderMrkdwn(text, ctx) {
  const fragment = document.createDocumentFragment();
  const parts = text.split("```");
  parts.forEach((part, index) => {
    if (index % 2 === 1) fragment.append(el("pre", "", [decodeEntities(part.replace(/^\n|\n$/g, ""))]));
    else lines(part, ctx, fragment);
  });
  return fragment;
}

/** A text object ({type: "plain_text" | "mrkdwn", text}) → a fragment. */
export function renderText(object, ctx) {
  if (!object) return document.createDocumentFragment();
  if (object.type === "mrkdwn") return renderMrkdwn(object.text ?? "", ctx);
  const fragment = document.createDocumentFragment();
  fragment.append(object.text ?? "");
  return fragment;
}

/** The plain text of a text object, for labels and accessible names. */
export function plainOf(object) {
  if (!object) return "";
  const text = object.text ?? "";
  return object.type === "mrkdwn" ? decodeEntities(text.replace(/[*_~`]/g, "")) : text;
}

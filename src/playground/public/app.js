// The playground page: who you are, where you are, what you see. The server holds the workspace;
// the page fetches what the chosen person may see whenever it changes and draws it.

import { api, watch } from "./api.js";
import { renderBlocks } from "./blocks.js";
import { renderChrome, renderSidebar } from "./chrome.js";
import { setupControls } from "./controls.js";
import { formatDateTime, locale, setLocale, t } from "./i18n.js";
import { createMessageList } from "./messages.js";
import { createModalHost } from "./modal.js";

const $ = (id) => document.getElementById(id);

const page = {
  data: null,
  me: localStorage.getItem("nabuur-playground-member"),
  view: { kind: "channel", id: null },
  thread: null,
  fetchedAt: 0,
  seen: {},
};

const channelList = createMessageList($("messages"));
const threadList = createMessageList($("thread-messages"));
const modals = createModalHost($("modal-root"), {
  onSubmit: (viewId, values) => api.submit({ as: page.me, viewId, values, locale: locale() }),
  onClose: (viewId) => api.close({ as: page.me, viewId }).then(refresh),
  // The page behind a modal can be neither clicked nor reached with Tab.
  setInert: (inert) => {
    $("app").inert = inert;
  },
});

export function announce(text) {
  $("announcer").textContent = "";
  setTimeout(() => {
    $("announcer").textContent = text;
  }, 50);
}

function nameOf(userId) {
  return page.data?.members.find((member) => member.userId === userId)?.name ?? null;
}

function channelName(channelId) {
  return page.data?.channels.find((channel) => channel.id === channelId)?.name ?? null;
}

async function busy(node, work) {
  node?.setAttribute("aria-busy", "true");
  modals.rememberFocus(node);
  try {
    await work();
  } catch {
    announce(t().failed);
  } finally {
    node?.removeAttribute("aria-busy");
  }
}

function context(extra = {}) {
  const data = page.data;
  const base = {
    me: page.me,
    botUserId: data.botUserId,
    app: data.app,
    nameOf,
    channelName,
    signature: `${page.me}|${locale()}`,
    onOpenThread: (ts, node) => openThread(ts, node),
    forMessage: (message) => ({
      ...base,
      onAction: (action, node) =>
        busy(node, () =>
          api.action({ as: page.me, channel: message.channel, ts: message.ts, action, locale: locale() }),
        ),
    }),
    onViewAction: (viewId, action, node) =>
      busy(node, () => api.action({ as: page.me, viewId, action, locale: locale() })),
    ...extra,
  };
  return base;
}

function dmChannel() {
  return page.data.channels.find((channel) => channel.kind === "dm") ?? null;
}

function currentChannelId() {
  return page.view.kind === "channel" ? page.view.id : dmChannel()?.id;
}

function openThread(ts, node) {
  page.thread = ts;
  render();
  modals.rememberFocus(node);
  $("thread-messages").focus();
}

export function selectView(view) {
  page.view = view;
  page.thread = null;
  if (view.kind === "app") void api.home({ as: page.me, tab: view.tab }).catch(() => announce(t().failed));
  render();
}

function renderMessages() {
  const data = page.data;
  const channelId = currentChannelId();
  const all = channelId ? (data.messages[channelId] ?? []) : [];
  const replies = (ts) => all.filter((message) => message.threadTs === ts).length;
  const list = $("messages");
  const switched = page.shownChannel !== channelId;
  const follow = switched || list.scrollHeight - list.scrollTop - list.clientHeight < 60;
  // Opening a channel is not news: screen readers announce only messages that arrive later.
  if (switched) list.setAttribute("aria-busy", "true");
  channelList.update(
    all.filter((message) => !message.threadTs),
    replies,
    context(),
    t().noMessages,
  );
  // Like Slack: a channel opens at its latest message and keeps following new ones.
  if (follow) list.scrollTop = list.scrollHeight;
  if (switched) setTimeout(() => list.removeAttribute("aria-busy"), 0);
  page.shownChannel = channelId;
  page.seen[`${page.me}:${channelId}`] = all.filter((message) => !message.threadTs).length;
  const root = page.thread ? all.find((message) => message.ts === page.thread) : null;
  $("thread").hidden = !root;
  // A closed thread keeps nothing in the page.
  if (!root) threadList.clear();
  if (root) {
    const thread = $("thread-messages");
    const followThread = thread.scrollHeight - thread.scrollTop - thread.clientHeight < 60;
    queueMicrotask(() => {
      if (followThread) thread.scrollTop = thread.scrollHeight;
    });
    threadList.update(
      [root, ...all.filter((message) => message.threadTs === root.ts)],
      () => 0,
      context({ onOpenThread: null }),
      "",
    );
  }
}

function renderHome() {
  const home = page.data.home;
  const node = $("home");
  const signature = JSON.stringify([home?.hash, page.me, locale()]);
  if (node.dataset.signature === signature) return;
  node.dataset.signature = signature;
  node.replaceChildren(
    home
      ? renderBlocks(
          home.view.blocks ?? [],
          context({ onAction: (action, button) => context().onViewAction(home.id, action, button) }),
        )
      : t().homeEmpty,
  );
}

function render() {
  const data = page.data;
  if (!data) return;
  renderChrome(page, data, selectView);
  // Like Slack, thread replies do not count as unread in the channel.
  const unread = (channelId) => {
    const count = (data.messages[channelId] ?? []).filter((message) => !message.threadTs).length;
    const key = `${page.me}:${channelId}`;
    page.seen[key] ??= count;
    return Math.max(0, count - page.seen[key]);
  };
  renderSidebar(page, data, unread, selectView);
  const onHome = page.view.kind === "app" && page.view.tab === "home";
  $("home").hidden = !onHome;
  $("messages").hidden = onHome;
  if (onHome) renderHome();
  else renderMessages();
  if (onHome) $("thread").hidden = true;
  modals.show(data.modals, context());
  tickClock();
}

let loading = null;
let again = false;

export async function refresh() {
  if (loading) {
    again = true;
    return loading;
  }
  loading = (async () => {
    do {
      again = false;
      try {
        const asked = page.me;
        const data = await api.state(asked);
        if (page.me !== asked) {
          // Switched to someone else meanwhile: this answer is not theirs.
          again = true;
          continue;
        }
        page.data = data;
        page.fetchedAt = Date.now();
        if (data.me && data.me.userId !== page.me) page.me = data.me.userId;
        const visible = data.channels.filter((channel) => channel.kind === "channel");
        if (page.view.kind === "channel" && !visible.some((channel) => channel.id === page.view.id)) {
          page.view = { kind: "channel", id: visible[0]?.id ?? null };
          page.thread = null;
        }
        render();
      } catch {
        announce(t().disconnected);
      }
    } while (again);
  })().finally(() => {
    loading = null;
  });
  return loading;
}

function tickClock() {
  if (!page.data) return;
  const now = new Date(Date.parse(page.data.now) + (Date.now() - page.fetchedAt));
  $("clock-now").textContent = formatDateTime(now);
  $("clock-now").dateTime = now.toISOString();
}

setLocale(
  new URLSearchParams(location.search).get("lang") ??
    localStorage.getItem("nabuur-playground-locale") ??
    "nl",
);
setupControls({
  page,
  refresh,
  render,
  busy,
  announce,
  selectView,
  nameOf,
  tickClock,
  currentChannelId,
  forget() {
    channelList.clear();
    threadList.clear();
    $("home").replaceChildren();
    $("home").dataset.signature = "";
  },
});
watch(
  (version) => {
    if (version !== page.data?.version) void refresh();
  },
  (connected) => {
    if (!connected) announce(t().disconnected);
  },
);
void refresh().then(tickClock);
setInterval(tickClock, 15_000);

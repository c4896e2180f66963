// The playground page: who you are, where you are, what you see. The server holds the workspace;
// the page fetches what the chosen person may see whenever it changes and draws it.

import { api, watch } from "./api.js";
import { renderBlocks } from "./blocks.js";
import { renderChrome, renderSidebar } from "./chrome.js";
import { setupControls } from "./controls.js";
import { createGuide } from "./guide.js";
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
  // The latest message each person was shown per channel, as told to the server (read markers).
  read: {},
};

const channelList = createMessageList($("messages"));
const threadList = createMessageList($("thread-messages"));
const modals = createModalHost($("modal-root"), {
  onSubmit: async (viewId, values) => {
    const callbackId = page.data?.modals.find((view) => view.id === viewId)?.view.callback_id;
    const result = await api.submit({ as: page.me, viewId, values, locale: locale() });
    if (result?.ok) guide.submitted(callbackId);
    return result;
  },
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

let toastTimer = null;

/** A notice everybody sees (and screen readers hear): what the clock did, what failed. */
export function notify(text, { error = false } = {}) {
  const toast = $("toast");
  $("toast-text").textContent = text;
  toast.classList.toggle("toast-error", error);
  toast.setAttribute("role", error ? "alert" : "status");
  $("toast-close").setAttribute("aria-label", t().closeNotice);
  toast.hidden = false;
  clearTimeout(toastTimer);
  // Long enough to read; errors stay until closed.
  if (!error) toastTimer = setTimeout(() => (toast.hidden = true), 10_000);
}

$("toast-close").addEventListener("click", () => {
  $("toast").hidden = true;
});

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
    notify(t().failed, { error: true });
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
        busy(node, async () => {
          await api.action({
            as: page.me,
            channel: message.channel,
            ts: message.ts,
            action,
            locale: locale(),
          });
          guide.clicked(action.action_id);
        }),
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
  setMenu(false);
  if (view.kind === "app")
    void api.home({ as: page.me, tab: view.tab }).catch(() => notify(t().failed, { error: true }));
  render();
}

/** Below 600 px the sidebar is a menu over the page. */
export function setMenu(open) {
  document.body.classList.toggle("menu-open", open);
  $("menu-button").setAttribute("aria-expanded", String(open));
}

/** Tells the server what this person has now seen here, so the channel is no longer unread. */
function markRead(channelId, latest) {
  const channel = page.data.channels.find((candidate) => candidate.id === channelId);
  if (!channel || !latest) return;
  const key = `${page.me}:${channelId}`;
  if (channel.unread > 0) {
    page.data.unreadByMember[page.me] = Math.max(
      0,
      (page.data.unreadByMember[page.me] ?? 0) - channel.unread,
    );
    channel.unread = 0;
  }
  if (page.read[key] === latest) return;
  page.read[key] = latest;
  void api.read({ as: page.me, channel: channelId, ts: latest }).catch(() => {
    page.read[key] = null;
  });
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
  if (follow) {
    list.scrollTop = list.scrollHeight;
    // Once more after layout settles (the guide or a notice may change the list's height).
    requestAnimationFrame(() => {
      list.scrollTop = list.scrollHeight;
    });
  }
  if (switched) setTimeout(() => list.removeAttribute("aria-busy"), 0);
  page.shownChannel = channelId;
  markRead(channelId, all.filter((message) => !message.threadTs).at(-1)?.ts);
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
  const onHome = page.view.kind === "app" && page.view.tab === "home";
  $("home").hidden = !onHome;
  $("messages").hidden = onHome;
  if (onHome) renderHome();
  else renderMessages();
  if (onHome) $("thread").hidden = true;
  renderChrome(page, data, selectView);
  // Thread replies do not count as unread (as in Slack); the server keeps the read markers.
  const unread = (channelId) => data.channels.find((channel) => channel.id === channelId)?.unread ?? 0;
  renderSidebar(page, data, unread, selectView);
  guide.update(data, page.me);
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
        // A first visit starts the tour, as the housing consultant.
        if (
          !page.me &&
          guide.firstVisit &&
          data.members.some((member) => member.userId === guide.firstPerson)
        ) {
          guide.start();
          page.me = guide.firstPerson;
          localStorage.setItem("nabuur-playground-member", page.me);
          again = true;
          continue;
        }
        page.data = data;
        page.fetchedAt = Date.now();
        if (data.me && data.me.userId !== page.me) page.me = data.me.userId;
        // The page speaks the language Nabuur speaks to the person shown.
        if (data.me && data.me.locale !== locale()) {
          setLocale(data.me.locale);
          forget();
        }
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

function forget() {
  channelList.clear();
  threadList.clear();
  $("home").replaceChildren();
  $("home").dataset.signature = "";
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
const controls = setupControls({
  page,
  refresh,
  render,
  busy,
  announce,
  notify,
  selectView,
  setMenu,
  nameOf,
  tickClock,
  currentChannelId,
  forget,
  onCommandSent: (text) => guide.commandSent(text),
  onClockMoved: () => guide.clockMoved(),
});

const guide = createGuide({
  viewAs: (userId, channelName) => controls.viewAs(userId, channelName),
  fill: (text, channelName) => controls.fill(text, channelName),
  clockNextWorkday: () => $("clock-buttons").querySelector('[data-step="nextWorkday"]').click(),
});
$("guide-restart").addEventListener("click", () => {
  setMenu(false);
  guide.restart();
});
watch(
  (version) => {
    if (version !== page.data?.version) void refresh();
  },
  (connected) => {
    if (!connected) announce(t().disconnected);
  },
);
// ?lang=en opens the page, and sets Nabuur's language for the person shown, in English.
const asked = new URLSearchParams(location.search).get("lang");
void refresh().then(() => {
  tickClock();
  if ((asked === "en" || asked === "nl") && page.data?.me && page.data.me.locale !== asked)
    document.querySelector(`.lang[data-locale="${asked}"]`)?.click();
});
setInterval(tickClock, 15_000);

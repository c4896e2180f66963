// Everything around the messages: page texts in the chosen language, the member switcher, the
// channel header, the App Home tabs and the sidebar with unread counts.

import { el } from "./blocks.js";
import { locale, t } from "./i18n.js";

const $ = (id) => document.getElementById(id);

function setText(target, text) {
  const node = typeof target === "string" ? $(target) : target;
  if (node.textContent !== text) node.textContent = text;
}

function staticTexts(data) {
  const texts = t();
  document.title = `${texts.pageTitle} — ${data.team.name}`;
  setText("skip-link", texts.skipToMessages);
  setText("team-name", data.team.name);
  setText("playground-tag", texts.playground);
  setText("member-label", texts.viewAs);
  setText("clock-label", texts.clock);
  for (const button of $("clock-buttons").querySelectorAll("button")) {
    setText(button, texts.clockSteps[button.dataset.step]);
  }
  setText("language-label", texts.language);
  setText("language-note", texts.languageNote);
  setText("menu-label", texts.menu);
  $("sidebar-close").setAttribute("aria-label", texts.closeMenu);
  setText("guide-restart", texts.guideRestart);
  for (const button of document.querySelectorAll(".lang")) {
    button.setAttribute("aria-pressed", String(button.dataset.locale === locale()));
  }
  setText("sidebar-title", data.team.name);
  $("sidebar").setAttribute("aria-label", texts.sidebar);
  setText("channels-heading", texts.channels);
  setText("apps-heading", texts.apps);
  setText("composer-send", texts.send);
  setText("composer-hint", texts.composerHint);
  setText("thread-send", texts.send);
  setText("thread-label", texts.replyTo);
  $("thread-input").placeholder = texts.replyTo;
  setText("thread-title", texts.thread);
  $("thread-close").setAttribute("aria-label", texts.closeThread);
  setText("tab-home", texts.homeTab);
  setText("tab-messages", texts.messagesTab);
  $("app-tabs").setAttribute("aria-label", texts.appTabs);
  setText("empty-text", texts.empty);
  setText("seed-button", texts.seed);
}

function roleLine(member) {
  return `${member.name} — ${t().roles[member.role] ?? member.role} (${member.organisationName})`;
}

function memberSelect(page, data) {
  const select = $("member-select");
  // Who has new messages: the next person to look in on.
  const unreadOf = (member) => (member.userId === page.me ? 0 : (data.unreadByMember?.[member.userId] ?? 0));
  const signature = JSON.stringify([
    data.members.map((member) => [member.userId, unreadOf(member)]),
    locale(),
  ]);
  if (select.dataset.signature !== signature) {
    select.dataset.signature = signature;
    const groups = new Map();
    const order = ["careProvider", "landlord", "municipality", "police"];
    const members = [...data.members].sort(
      (a, b) => order.indexOf(a.organisationKind) - order.indexOf(b.organisationKind),
    );
    for (const member of members) {
      const group = groups.get(member.organisationName) ?? el("optgroup");
      group.label = member.organisationName;
      const unread = unreadOf(member);
      const option = el("option", "", [
        unread > 0 ? `${roleLine(member)} • ${t().unreadFor(unread)}` : roleLine(member),
      ]);
      option.value = member.userId;
      group.append(option);
      groups.set(member.organisationName, group);
    }
    select.replaceChildren(...groups.values());
  }
  select.value = page.me ?? "";
}

function topic(channel) {
  if (channel.binding === "shared") return t().sharedChannel;
  if (channel.binding === "careTeam") return t().careTeamChannel;
  return t().openChannel;
}

export function renderChrome(page, data, selectView) {
  staticTexts(data);
  memberSelect(page, data);
  const empty = data.members.length === 0;
  $("empty-state").hidden = !empty;
  const me = data.me;
  setText(
    "whoami",
    me
      ? `${t().youAre(me.name, t().roles[me.role] ?? me.role, me.organisationName)} ${t().onlyYourChannels}`
      : "",
  );
  setText("bot-language", me ? t().botLanguage(t().languages[me.locale] ?? me.locale) : "");

  const onApp = page.view.kind === "app";
  $("app-tabs").hidden = !onApp;
  for (const tab of $("app-tabs").querySelectorAll("[role=tab]")) {
    const selected = onApp && page.view.tab === tab.dataset.tab;
    tab.setAttribute("aria-selected", String(selected));
    tab.tabIndex = selected ? 0 : -1;
    tab.onkeydown = (event) => {
      if (event.key !== "ArrowRight" && event.key !== "ArrowLeft") return;
      const next = tab.dataset.tab === "home" ? "messages" : "home";
      selectView({ kind: "app", tab: next });
      $(`tab-${next}`).focus();
    };
  }
  const channel = onApp ? null : data.channels.find((candidate) => candidate.id === page.view.id);
  setText("channel-title", onApp ? data.app.name : channel ? `# ${channel.name}` : "");
  setText("channel-topic", onApp ? data.app.description : channel ? topic(channel) : "");
  const target = onApp ? data.app.name : channel ? `#${channel.name}` : "";
  setText("composer-label", t().messageTo(target));
  $("composer-input").placeholder = t().messageTo(target);
  const readOnly = onApp && (page.view.tab === "home" || data.app.messagesReadOnly);
  $("composer").hidden = empty || readOnly || (!onApp && !channel);
  $("read-only-note").hidden = !(onApp && page.view.tab === "messages" && data.app.messagesReadOnly);
  setText("read-only-note", t().readOnly);
  $("messages").setAttribute("aria-label", target);
  $("home").setAttribute("aria-label", `${data.app.name} — ${t().homeTab}`);
}

function entry(key, label, unread, current, onClick) {
  const button = el("button", unread > 0 ? "unread" : "", [el("span", "", [label])]);
  button.type = "button";
  button.dataset.key = key;
  if (unread > 0) {
    const badge = el("span", "badge", [String(unread)]);
    badge.setAttribute("aria-label", t().unread(unread));
    button.append(badge);
  }
  if (current) button.setAttribute("aria-current", "page");
  button.addEventListener("click", onClick);
  return el("li", "", [button]);
}

export function renderSidebar(page, data, unread, selectView) {
  const channels = data.channels.filter((channel) => channel.kind === "channel");
  const focused = document.activeElement?.closest?.(".sidebar-list")
    ? document.activeElement.dataset.key
    : null;
  $("channel-list").replaceChildren(
    ...channels.map((channel) => {
      const current = page.view.kind === "channel" && page.view.id === channel.id;
      return entry(channel.id, `# ${channel.name}`, current ? 0 : unread(channel.id), current, () =>
        selectView({ kind: "channel", id: channel.id }),
      );
    }),
  );
  const dm = data.channels.find((channel) => channel.kind === "dm");
  const onApp = page.view.kind === "app";
  $("app-list").replaceChildren(
    entry(
      "app",
      data.app.name,
      dm && !(onApp && page.view.tab === "messages") ? unread(dm.id) : 0,
      onApp,
      () => selectView({ kind: "app", tab: dm && unread(dm.id) > 0 ? "messages" : "home" }),
    ),
  );
  if (focused) document.querySelector(`.sidebar-list button[data-key="${focused}"]`)?.focus();
  // On a phone the sidebar is a menu: its button carries the unread count.
  const total = channels.reduce((sum, channel) => sum + unread(channel.id), 0) + (dm ? unread(dm.id) : 0);
  const badge = $("menu-badge");
  badge.hidden = total === 0;
  badge.textContent = String(total);
  badge.setAttribute("aria-label", t().unread(total));
}

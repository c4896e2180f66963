// The page's own texts (the bot's texts come from the bot). Dutch first, English available.

const TEXTS = {
  nl: {
    pageTitle: "Nabuur-speeltuin",
    skipToMessages: "Naar de berichten",
    playground: "Speeltuin",
    viewAs: "Bekijk als",
    clock: "Klok van Nabuur",
    clockSteps: { hour: "+1 uur", day: "+1 dag", week: "+1 week", fourWeeks: "+4 weken" },
    clockStepNames: { hour: "1 uur", day: "1 dag", week: "1 week", fourWeeks: "4 weken" },
    clockMoved: (step, now) => `Klok ${step} vooruitgezet: nu ${now}.`,
    language: "Taal",
    channels: "Kanalen",
    apps: "Apps",
    sidebar: "Werkruimte",
    unread: (n) => (n === 1 ? "1 nieuw bericht" : `${n} nieuwe berichten`),
    youAre: (name, role, organisation) => `Je bent ${name}, ${role} bij ${organisation}.`,
    onlyYourChannels: "Je ziet alleen de kanalen en berichten die deze rol mag zien.",
    sharedChannel: "Gedeeld kanaal van zorgaanbieder en verhuurder (partners lezen mee)",
    careTeamChannel: "Kanaal van het zorgteam: alleen zorgaanbieder",
    openChannel: "Kanaal voor iedereen in de werkruimte",
    homeTab: "Home",
    messagesTab: "Berichten",
    appTabs: "Onderdelen van de app",
    homeEmpty: "Nabuur laadt je Home…",
    readOnly: "Berichten sturen naar deze app is uitgeschakeld. Gebruik de opdrachten in een kanaal.",
    messageTo: (name) => `Bericht aan ${name}`,
    replyTo: "Antwoorden…",
    send: "Versturen",
    composerHint: "Typ een bericht of een opdracht, bijvoorbeeld /overlast, /signaal of /nabuur help.",
    commands: "Opdrachten",
    noMessages: "Nog geen berichten in dit kanaal.",
    onlyVisibleToYou: "Alleen zichtbaar voor jou",
    edited: "(bewerkt)",
    replies: (n) => (n === 1 ? "1 antwoord" : `${n} antwoorden`),
    viewThread: "Bekijk thread",
    thread: "Thread",
    closeThread: "Thread sluiten",
    app: "APP",
    close: "Sluiten",
    optional: "(optioneel)",
    required: "Vul dit verplichte veld in.",
    incompleteDateTime: "Vul zowel een datum als een tijd in.",
    date: "Datum",
    time: "Tijd",
    chooseOption: "Kies een optie",
    moreActions: "Meer acties",
    sending: "Bezig…",
    failed: "Dat lukte niet. Probeer het opnieuw.",
    empty: "Er zijn nog geen mensen in deze werkruimte.",
    seed: "Demo-gegevens laden",
    seeded: "Demo-gegevens geladen.",
    nowViewing: (name) => `Je bekijkt de werkruimte nu als ${name}.`,
    roles: {
      careTeamMember: "begeleider",
      coordinator: "coördinator",
      landlordStaff: "medewerker verhuurder",
      partner: "partner",
      admin: "beheerder",
    },
    disconnected: "Verbinding met de speeltuin verbroken; opnieuw verbinden…",
  },
  en: {
    pageTitle: "Nabuur playground",
    skipToMessages: "Skip to messages",
    playground: "Playground",
    viewAs: "View as",
    clock: "Nabuur's clock",
    clockSteps: { hour: "+1 hour", day: "+1 day", week: "+1 week", fourWeeks: "+4 weeks" },
    clockStepNames: { hour: "1 hour", day: "1 day", week: "1 week", fourWeeks: "4 weeks" },
    clockMoved: (step, now) => `Clock moved ${step} forward: now ${now}.`,
    language: "Language",
    channels: "Channels",
    apps: "Apps",
    sidebar: "Workspace",
    unread: (n) => (n === 1 ? "1 new message" : `${n} new messages`),
    youAre: (name, role, organisation) => `You are ${name}, ${role} at ${organisation}.`,
    onlyYourChannels: "You only see the channels and messages this role may see.",
    sharedChannel: "Shared channel of care provider and landlord (partners read along)",
    careTeamChannel: "The care team's channel: care provider only",
    openChannel: "Channel for everyone in the workspace",
    homeTab: "Home",
    messagesTab: "Messages",
    appTabs: "Parts of the app",
    homeEmpty: "Nabuur is loading your Home…",
    readOnly: "Sending messages to this app has been turned off. Use the commands in a channel.",
    messageTo: (name) => `Message ${name}`,
    replyTo: "Reply…",
    send: "Send",
    composerHint: "Type a message or a command, for example /overlast, /signaal or /nabuur help.",
    commands: "Commands",
    noMessages: "No messages in this channel yet.",
    onlyVisibleToYou: "Only visible to you",
    edited: "(edited)",
    replies: (n) => (n === 1 ? "1 reply" : `${n} replies`),
    viewThread: "View thread",
    thread: "Thread",
    closeThread: "Close thread",
    app: "APP",
    close: "Close",
    optional: "(optional)",
    required: "Please complete this required field.",
    incompleteDateTime: "Fill in both a date and a time.",
    date: "Date",
    time: "Time",
    chooseOption: "Select an option",
    moreActions: "More actions",
    sending: "Working…",
    failed: "That did not work. Please try again.",
    empty: "There is nobody in this workspace yet.",
    seed: "Load demo data",
    seeded: "Demo data loaded.",
    nowViewing: (name) => `You now view the workspace as ${name}.`,
    roles: {
      careTeamMember: "support worker",
      coordinator: "coordinator",
      landlordStaff: "landlord staff",
      partner: "partner",
      admin: "admin",
    },
    disconnected: "Lost the connection to the playground; reconnecting…",
  },
};

export const TIME_ZONE = "Europe/Amsterdam";

let current = "nl";

export function setLocale(locale) {
  current = locale === "en" ? "en" : "nl";
  document.documentElement.lang = current;
}

export function locale() {
  return current;
}

export function t() {
  return TEXTS[current];
}

/** "ma 8 sep 2025 10:00" in the workspace's time zone. */
export function formatDateTime(date) {
  return new Intl.DateTimeFormat(current === "en" ? "en-GB" : "nl-NL", {
    timeZone: TIME_ZONE,
    weekday: "short",
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
  }).format(date);
}

export function formatTime(date) {
  return new Intl.DateTimeFormat(current === "en" ? "en-GB" : "nl-NL", {
    timeZone: TIME_ZONE,
    hour: "2-digit",
    minute: "2-digit",
  }).format(date);
}

export function formatDay(date) {
  return new Intl.DateTimeFormat(current === "en" ? "en-GB" : "nl-NL", {
    timeZone: TIME_ZONE,
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
  }).format(date);
}

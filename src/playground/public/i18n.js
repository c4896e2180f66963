// The page's own texts (the bot's texts come from the bot). Dutch first, English available.

const TEXTS = {
  nl: {
    pageTitle: "Nabuur-speeltuin",
    skipToMessages: "Naar de berichten",
    playground: "Speeltuin",
    viewAs: "Bekijk als",
    clock: "Klok van Nabuur",
    clockSteps: {
      hour: "+1 uur",
      day: "+1 dag",
      week: "+1 week",
      fourWeeks: "+4 weken",
      nextWorkday: "Volgende werkdag 09:00",
    },
    clockStepNames: {
      hour: "1 uur vooruitgezet",
      day: "1 dag vooruitgezet",
      week: "1 week vooruitgezet",
      fourWeeks: "4 weken vooruitgezet",
      nextWorkday: "naar de volgende werkdag 09:00 gezet",
    },
    clockMoved: (step, now) => `Klok ${step}: nu ${now}.`,
    delivered: (n) =>
      n === 0
        ? "Er kwamen geen nieuwe berichten."
        : n === 1
          ? "Nabuur stuurde 1 bericht."
          : `Nabuur stuurde ${n} berichten.`,
    outsideWorkingHours:
      "Het is buiten werktijd (ma–vr 08:30–17:30): Nabuur stuurt dan niemand een herinnering. Kies “Volgende werkdag 09:00”.",
    menu: "Menu",
    closeMenu: "Menu sluiten",
    languageSet: (language, name, channels) =>
      `Nabuur spreekt nu ${language} met ${name}, net als na /nabuur taal. Berichten in kanalen blijven in het ${channels} (de taal van de werkruimte).`,
    botLanguage: (language) => `Nabuur spreekt ${language} met je (knop NL/EN of /nabuur taal).`,
    languageNote: "Zet ook de taal waarin Nabuur met deze persoon praat.",
    languages: { nl: "Nederlands", en: "Engels" },
    noFilesHere:
      "Een bestand meesturen kan in Slack en Teams; de speeltuin neemt geen bestanden aan. De rest van het formulier werkt gewoon.",
    payload: "Payload",
    payloadVia: (method) => `Web API-methode ${method}`,
    payloadResponse: (command) => `HTTP-antwoord op ${command}`,
    closeNotice: "Melding sluiten",
    guideDismiss: "Uitleg sluiten",
    guideRestart: "Rondleiding opnieuw",
    unreadFor: (n) => `${n} nieuw`,
    guide: {
      step: (n, of) => `Stap ${n} van ${of}`,
      complaintCommand: "/overlast HF-103 harde muziek",
      complaint: {
        title: "Meld een klacht",
        body: "Je bent Petra, woonconsulent bij Woonstichting Ons Dak. Een buurman klaagt over harde muziek bij deelnemer HF-103. Meld het in #overlast-ons-dak: typ /overlast HF-103 harde muziek en vul het formulier in.",
        action: "Zet de opdracht klaar",
      },
      assess: {
        title: "Hoor de deelnemer en beoordeel de klacht",
        switch:
          "Klacht gemeld: de zaakkaart staat in #overlast-ons-dak. Nu is de begeleider aan zet: wissel naar Sanne de Wit. Zij hoort de deelnemer (wederhoor) en beoordeelt de klacht.",
        body: "In #zorgteam-lindeveld staat de kaart “Beoordeling klacht” van HF-103: klik Wederhoor vastleggen, kies de drie antwoorden en klik Beoordeling bevestigen.",
      },
      overview: {
        title: "Houd overzicht als coördinator",
        switch:
          "Beoordeling bevestigd: Nabuur stelt de vervolgacties voor in de thread van de kaart. Wissel nu naar Karim Bouzid, de coördinator: hij bewaakt alle zaken en termijnen van het team.",
        body: "Typ /nabuur overzicht: je ziet de open zaken van het team en wat wanneer moet gebeuren.",
        fill: "Zet de opdracht klaar",
      },
      clock: {
        title: "Laat de tijd lopen",
        body: "Nabuur bewaakt de termijnen. Klik bovenaan op “Volgende werkdag 09:00”: wie iets te doen heeft, krijgt een ochtendoverzicht in Berichten bij Nabuur.",
      },
      done: {
        title: "Zo werkt Nabuur",
        body: "Wissel van persoon om te zien wat ieder krijgt: “Bekijk als” toont wie nieuwe berichten heeft. Bij elk bericht van Nabuur laat “Payload” zien wat de bot precies naar Slack stuurde.",
        action: "Klaar",
      },
    },
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
    clockSteps: {
      hour: "+1 hour",
      day: "+1 day",
      week: "+1 week",
      fourWeeks: "+4 weeks",
      nextWorkday: "Next working day 09:00",
    },
    clockStepNames: {
      hour: "moved 1 hour forward",
      day: "moved 1 day forward",
      week: "moved 1 week forward",
      fourWeeks: "moved 4 weeks forward",
      nextWorkday: "set to the next working day 09:00",
    },
    clockMoved: (step, now) => `Clock ${step}: now ${now}.`,
    delivered: (n) =>
      n === 0
        ? "No new messages arrived."
        : n === 1
          ? "Nabuur sent 1 message."
          : `Nabuur sent ${n} messages.`,
    outsideWorkingHours:
      "It is outside working hours (Mon–Fri 08:30–17:30): Nabuur sends nobody a reminder then. Choose “Next working day 09:00”.",
    menu: "Menu",
    closeMenu: "Close menu",
    languageSet: (language, name, channels) =>
      `Nabuur now speaks ${language} to ${name}, as after /nabuur taal. Messages in channels stay in ${channels} (the workspace's language).`,
    botLanguage: (language) => `Nabuur speaks ${language} to you (NL/EN button or /nabuur taal).`,
    languageNote: "Also sets the language Nabuur speaks to this person.",
    languages: { nl: "Dutch", en: "English" },
    noFilesHere:
      "Attaching a file works in Slack and Teams; the playground takes no files. The rest of the form works as usual.",
    payload: "Payload",
    payloadVia: (method) => `Web API method ${method}`,
    payloadResponse: (command) => `HTTP response to ${command}`,
    closeNotice: "Close notice",
    guideDismiss: "Close the guide",
    guideRestart: "Restart the tour",
    unreadFor: (n) => `${n} new`,
    guide: {
      step: (n, of) => `Step ${n} of ${of}`,
      complaintCommand: "/overlast HF-103 loud music",
      complaint: {
        title: "File a nuisance complaint",
        body: "You are Petra, housing consultant at Woonstichting Ons Dak. A neighbour complains about loud music at participant HF-103. Report it in #overlast-ons-dak: type /overlast HF-103 loud music and fill in the form.",
        action: "Prepare the command",
      },
      assess: {
        title: "Hear the participant and assess the complaint",
        switch:
          "Complaint filed: the case card is in #overlast-ons-dak. Now it is the support worker's turn: switch to Sanne de Wit. She hears the participant and assesses the complaint.",
        body: "In #zorgteam-lindeveld, HF-103's card “Beoordeling klacht” waits: click the hearing button, choose the three answers and confirm the assessment.",
      },
      overview: {
        title: "Keep track as the coordinator",
        switch:
          "Assessment confirmed: Nabuur proposes the follow-up in the card's thread. Now switch to Karim Bouzid, the coordinator: he watches all the team's cases and deadlines.",
        body: "Type /nabuur overzicht: you see the team's open cases and what is due when.",
        fill: "Prepare the command",
      },
      clock: {
        title: "Let time pass",
        body: "Nabuur watches the deadlines. Click “Next working day 09:00” at the top: whoever has something to do gets a morning digest in Nabuur's Messages.",
      },
      done: {
        title: "That is how Nabuur works",
        body: "Switch people to see what each one gets: “View as” shows who has new messages. Under each of Nabuur's messages, “Payload” shows exactly what the bot sent to Slack.",
        action: "Done",
      },
    },
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

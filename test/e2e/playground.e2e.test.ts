/**
 * The playground end to end, in Debian's Chromium driven by Playwright, on a phone (390×844) and
 * on a laptop (1366×800): a coordinator registers a participant, landlord staff file a complaint,
 * the support worker assesses it with the buttons and adds a care-only note, four weeks later the
 * four-week check nudge arrives — and landlord staff never see the care note. On the phone, a
 * first visit walks the guided start. After every step the layout is checked: nothing scrolls
 * sideways, no button or field lies outside the screen, no button breaks inside a word.
 * Screenshots go to test/e2e/screenshots/ for a human to look at.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BrowserContext, chromium, type Locator, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.ts";
import { createLogger } from "../../src/logger.ts";
import { type Playground, startPlayground } from "../../src/playground/playground.ts";

const CHROMIUM = "/usr/bin/chromium";
const SCREENSHOTS = join(import.meta.dirname, "screenshots");
const MONDAY_MORNING = new Date("2025-09-08T08:00:00Z"); // 10:00 in Amsterdam
const REFERENCE = "HF-201";
const CARE_NOTE = "Zorgnotitie: dosering medicatie verhoogd na overleg met de huisarts (verzonnen).";
const STEP = 90_000;

const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) {
  console.warn(
    `Skipping the playground's end-to-end test: ${CHROMIUM} is missing (apt-get install chromium).`,
  );
}

/** Waits for a condition as long as for an element (expect.poll alone gives up after a second). */
const poll = <T>(probe: () => T | Promise<T>) => expect.poll(probe, { timeout: 20_000 });

const SIZES = [
  { name: "phone", width: 390, height: 844 },
  { name: "desktop", width: 1366, height: 800 },
] as const;
type Size = (typeof SIZES)[number];

/**
 * What is wrong with the layout as shown now: sideways scrolling, controls off screen, broken
 * words. Runs in the page (the test's TypeScript has no DOM types, so it is plain JavaScript).
 */
const LAYOUT_PROBLEMS = `(() => {
  const problems = [];
  const root = document.documentElement;
  if (root.scrollWidth > root.clientWidth)
    problems.push("the page scrolls sideways (" + root.scrollWidth + " px wide in " + root.clientWidth + " px)");
  const describe = (node) =>
    node.tagName.toLowerCase() + ' "' + (node.getAttribute("aria-label") || node.textContent || "").trim().slice(0, 40) + '"';
  // Inside a list that scrolls up and down, a control may lie above or below the screen.
  const scrolledAway = (node) => {
    for (let parent = node.parentElement; parent; parent = parent.parentElement) {
      const overflow = getComputedStyle(parent).overflowY;
      if (/auto|scroll/.test(overflow) && parent.scrollHeight > parent.clientHeight) return true;
    }
    return false;
  };
  for (const node of document.querySelectorAll("button, input, select, textarea, summary, a[href]")) {
    if (node.classList.contains("skip-link") || !node.checkVisibility({ visibilityProperty: true })) continue;
    const box = node.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) continue;
    if (box.left < -1 || box.right > innerWidth + 1)
      problems.push(describe(node) + " lies outside the screen (" + Math.round(box.left) + " to " + Math.round(box.right) + " px)");
    else if (!scrolledAway(node) && (box.top < -1 || box.bottom > innerHeight + 1))
      problems.push(describe(node) + " lies below or above the screen (" + Math.round(box.top) + " px)");
  }
  for (const button of document.querySelectorAll("button, summary")) {
    if (!button.checkVisibility({ visibilityProperty: true })) continue;
    const walker = document.createTreeWalker(button, NodeFilter.SHOW_TEXT);
    for (let text = walker.nextNode(); text; text = walker.nextNode()) {
      for (const word of (text.textContent || "").matchAll(/\\S+/g)) {
        const range = document.createRange();
        range.setStart(text, word.index);
        range.setEnd(text, word.index + word[0].length);
        const lines = new Set([...range.getClientRects()].filter((box) => box.width > 0).map((box) => Math.round(box.top)));
        if (lines.size > 1) problems.push(describe(button) + ' breaks inside the word "' + word[0] + '"');
      }
    }
  }
  return problems;
})()`;

function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate<string[]>(LAYOUT_PROBLEMS);
}

interface Session {
  playground: Playground;
  context: BrowserContext;
  page: Page;
  profile: string;
}

async function openSession(size: Size): Promise<Session> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const playground = await startPlayground({
    config: loadConfig({ PORT: "0", DATA_DIR: "memory://", LOG_LEVEL: "silent" }),
    logger: createLogger("silent"),
    startAt: MONDAY_MORNING,
    schedulerCron: null,
  });
  const profile = mkdtempSync(join(tmpdir(), "nabuur-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
    viewport: { width: size.width, height: size.height },
    ...(size.name === "phone" ? { isMobile: true, hasTouch: true, deviceScaleFactor: 2 } : {}),
    locale: "nl-NL",
    timezoneId: "Europe/Amsterdam",
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(20_000);
  await page.goto(playground.url);
  await page
    .locator("#whoami")
    .filter({ hasText: /^Je bent / })
    .waitFor({ state: "attached" });
  return { playground, context, page, profile };
}

async function closeSession(session: Session | undefined) {
  await session?.context.close();
  await session?.playground.stop();
  if (session?.profile) rmSync(session.profile, { recursive: true, force: true });
}

/** The helpers a step uses, on one page. */
function helpers(size: Size, get: () => Session) {
  const page = () => get().page;
  const dialog = () => page().getByRole("dialog");
  const messages = () => page().locator("#messages");
  const thread = () => page().locator("#thread-messages");
  const toast = () => page().locator("#toast");

  async function check(where: string) {
    expect(await layoutProblems(page()), `${size.name}, ${where}`).toEqual([]);
  }

  async function shot(name: string) {
    await check(name);
    await page().screenshot({ path: join(SCREENSHOTS, `${size.name}-${name}.png`), fullPage: false });
  }

  /** The sidebar: on a phone behind the menu button. */
  async function sidebar() {
    const menu = page().locator("#menu-button");
    if (await menu.isVisible()) {
      if ((await menu.getAttribute("aria-expanded")) !== "true") await menu.click();
    }
    const navigation = page().getByRole("navigation");
    await navigation.waitFor();
    return navigation;
  }

  async function closeMenu() {
    const close = page().getByRole("button", { name: "Menu sluiten" });
    if (await close.isVisible()) await close.click();
  }

  async function viewAs(name: string) {
    const switcher = page().getByLabel("Bekijk als");
    const options = await switcher.locator("option").allTextContents();
    const option = options.find((text) => text.startsWith(name));
    if (!option) throw new Error(`no member ${name} in ${options.join(", ")}`);
    await switcher.selectOption({ label: option });
    await poll(() => page().locator("#whoami").textContent()).toContain(`Je bent ${name}`);
  }

  async function openChannel(name: string) {
    await (await sidebar()).getByRole("button", { name: new RegExp(`^# ${name}`) }).click();
    await page()
      .getByRole("heading", { level: 1, name: `# ${name}` })
      .waitFor();
  }

  async function openApp(tab: "Home" | "Berichten") {
    await (await sidebar()).getByRole("button", { name: /^Nabuur/ }).click();
    await page().getByRole("tab", { name: tab }).click();
  }

  async function type(text: string) {
    const composer = page().getByRole("textbox", { name: /^Bericht aan/ });
    await composer.fill(text);
    await composer.press("Enter");
  }

  async function choose(label: string, optionStart: string) {
    const select = dialog().getByLabel(label, { exact: true });
    const options = await select.locator("option").allTextContents();
    const option = options.find((text) => text.startsWith(optionStart));
    if (!option) throw new Error(`no option ${optionStart} in ${label}`);
    await select.selectOption({ label: option });
  }

  async function dateTime(label: string, date: string, time: string) {
    const group = dialog().getByRole("group", { name: label });
    await group.getByLabel("Datum").fill(date);
    await group.getByLabel("Tijd").fill(time);
  }

  /** The latest message in a list that contains all these texts. */
  function message(list: Locator, ...texts: string[]): Locator {
    let found = list.locator(":scope > li.message");
    for (const text of texts) found = found.filter({ hasText: text });
    return found.last();
  }

  return {
    page,
    dialog,
    messages,
    thread,
    toast,
    check,
    shot,
    sidebar,
    closeMenu,
    viewAs,
    openChannel,
    openApp,
    type,
    choose,
    dateTime,
    message,
  };
}

describe.skipIf(!hasChromium).each(SIZES)("the playground in Chromium, $name ($width×$height)", (size) => {
  let session: Session;
  const {
    page,
    dialog,
    messages,
    thread,
    toast,
    shot,
    sidebar,
    closeMenu,
    viewAs,
    openChannel,
    openApp,
    type,
    choose,
    dateTime,
    message,
  } = helpers(size, () => session);

  beforeAll(async () => {
    session = await openSession(size);
  }, 120_000);

  afterAll(() => closeSession(session));

  it(
    "opens on the demo workspace, in Dutch, with English one click away (for the bot too)",
    async () => {
      // A first visit starts the guided tour (walked below on the phone); this walk does without it.
      await page()
        .locator("#guide")
        .getByRole("heading", { name: /^Stap 1 van 4/ })
        .waitFor();
      await shot("00-guided-start");
      await page().getByRole("button", { name: "Uitleg sluiten" }).click();
      await page().locator("#guide").waitFor({ state: "hidden" });
      await openChannel("overlast-ons-dak");
      await message(messages(), "HF-102").waitFor();
      await shot("01-demo-workspace");
      await page().getByRole("button", { name: "EN", exact: true }).click();
      await page().getByLabel("View as").waitFor();
      await poll(() => toast().textContent()).toContain("Nabuur now speaks English to Petra Hoekstra");
      await shot("01-demo-workspace-en");
      await page().getByRole("button", { name: "NL", exact: true }).click();
      await page().getByLabel("Bekijk als").waitFor();
      expect(await page().locator("html").getAttribute("lang")).toBe("nl");
    },
    STEP,
  );

  it(
    "Preventie: the coordinator registers a participant with /nabuur deelnemer",
    async () => {
      await viewAs("Karim Bouzid");
      await openChannel("zorgteam-lindeveld");
      await type("/nabuur deelnemer");
      await dialog().getByRole("heading", { name: "Nieuwe deelnemer" }).waitFor();
      await dialog().getByLabel("Referentie (geen volledige naam)").fill(REFERENCE);
      await choose("Zorgaanbieder", "Housing First Lindeveld");
      await choose("Verhuurder", "Woonstichting Ons Dak");
      await dialog().getByLabel("Woning (adres of korte omschrijving)").fill("Kastanjelaan 3");
      await choose("Huurvorm", "Huur op eigen naam");
      await choose("Begeleider", "Sanne de Wit");
      await choose("Contactpersoon verhuurder", "Petra Hoekstra");
      await choose("Coördinator", "Karim Bouzid");
      await shot("02-register-participant");
      await dialog().getByRole("button", { name: "Registreren" }).click();
      await dialog().waitFor({ state: "detached" });
      await openChannel("overlast-ons-dak");
      await message(messages(), `Start van het traject — deelnemer ${REFERENCE}`).waitFor();
    },
    STEP,
  );

  it(
    "Actie 1: landlord staff file a complaint with /overlast; a wrong date is refused in the modal",
    async () => {
      await viewAs("Petra Hoekstra");
      await openChannel("overlast-ons-dak");
      await type(`/overlast ${REFERENCE} Harde muziek en gebonk na middernacht`);
      await dialog().getByRole("heading", { name: "Klacht melden" }).waitFor();
      await choose("Soort overlast", "Geluidsoverlast");
      await dateTime("Wanneer vond het plaats?", "2025-09-08", "09:30");
      await dateTime("Wanneer ontving de verhuurder de klacht?", "2025-09-08", "09:15");
      await dialog().getByLabel("Naam klager").fill("Mevrouw Verzonnen");
      await dialog().getByRole("button", { name: "Opslaan" }).click();
      // The bot answers with a field error (it happened after it was received); the modal stays.
      await dialog().locator(".bk-error:visible").first().waitFor();
      await shot("03-complaint-field-error");
      await dateTime("Wanneer vond het plaats?", "2025-09-07", "23:30");
      await dialog().getByRole("button", { name: "Opslaan" }).click();
      await dialog().waitFor({ state: "detached" });
      const card = message(messages(), `deelnemer ${REFERENCE}`, "Zaak");
      await card.waitFor();
      // What the bot sent for the card: the Web API method and its Block Kit.
      await card.getByText("Payload", { exact: true }).click();
      await card.getByText("Web API-methode chat.postMessage").waitFor();
      expect(await card.locator(".payload-json").textContent()).toContain('"blocks"');
      await card.locator(".payload-json").scrollIntoViewIfNeeded();
      await shot("04-case-card-shared-channel-payload");
      await card.getByText("Payload", { exact: true }).click();
    },
    STEP,
  );

  it(
    "Actie 2: the support worker records the hearing and assesses the complaint with the buttons",
    async () => {
      // The complaint is news for the support worker: her name in the switcher says so.
      const sanne = page().getByLabel("Bekijk als").locator("option", { hasText: "Sanne de Wit" });
      await poll(() => sanne.textContent()).toMatch(/nieuw/);
      await viewAs("Sanne de Wit");
      const navigation = await sidebar();
      await navigation.getByRole("button", { name: /^# zorgteam-lindeveld.*nieuw/ }).waitFor();
      await closeMenu();
      await openChannel("zorgteam-lindeveld");
      const card = () => message(messages(), `(${REFERENCE})`, "Beoordeling klacht");
      await card().getByRole("button", { name: "Wederhoor vastleggen" }).click();
      await dateTime("Datum gesprek", "2025-09-08", "09:45");
      await dialog().getByLabel("Notities (alleen zorgteam)").fill("Deelnemer vertelt over slapeloosheid.");
      await dialog().getByRole("button", { name: "Opslaan" }).click();
      await dialog().waitFor({ state: "detached" });
      await card().getByText("Wederhoor is vastgelegd.").waitFor();
      for (const answer of ["Onbewust", "Terecht (deelnemer)", "Terecht (begeleider)"]) {
        const button = card().getByRole("button", { name: answer, exact: true });
        await button.click();
        await poll(() => button.getAttribute("class")).toContain("bk-primary");
      }
      await card().scrollIntoViewIfNeeded();
      await shot("05-assessment-card");
      await card().getByRole("button", { name: "Beoordeling bevestigen" }).click();
      await card().getByText("Bevestigd").waitFor();
      await card()
        .getByRole("button", { name: /antwoord/ })
        .click();
      const proposals = message(thread(), `Vervolgacties zaak`, `(${REFERENCE})`);
      await proposals.getByRole("button", { name: "Accepteren" }).first().click();
      await proposals.getByRole("button", { name: "Zorgnotitie" }).click();
      await dialog().getByRole("textbox").first().fill(CARE_NOTE);
      await dialog()
        .getByRole("button", { name: /Opslaan|Toevoegen/ })
        .click();
      await dialog().waitFor({ state: "detached" });
      await thread().getByText(CARE_NOTE).first().waitFor();
      await shot("06-thread-and-care-note");
      await page().getByRole("button", { name: "Thread sluiten" }).click();
    },
    STEP,
  );

  it(
    "Het overlastdossier: correspondence is recorded from the playground; its file field says files go through Slack or Teams",
    async () => {
      const card = message(messages(), `(${REFERENCE})`, "Beoordeling klacht");
      const caseNumber = /Zaak (\d+)/.exec((await card.textContent()) ?? "")?.[1];
      expect(caseNumber).toBeDefined();
      await type(`/nabuur correspondentie ${caseNumber}`);
      await dialog().getByText("de speeltuin neemt geen bestanden aan").waitFor();
      await dialog().getByLabel("Met wie").fill("Wijkagent Jansen");
      await choose("Richting", "Ontvangen van");
      await dialog().getByLabel("Waarover").fill("Melding van de wijkagent over geluid op 8 september.");
      await choose("Wie mag het zien", "Gedeeld");
      await shot("06b-correspondence-form");
      await dialog().getByRole("button", { name: "Vastleggen" }).click();
      await dialog().waitFor({ state: "detached" });
      await page().getByText(`Vastgelegd bij zaak ${caseNumber}`).first().waitFor();
    },
    STEP,
  );

  it(
    "a click that fails says so on the screen, not only to screen readers",
    async () => {
      await page().route("**/play/action", (route) => route.fulfill({ status: 500, body: "{}" }));
      await messages().locator("li.message .bk-actions button").last().click();
      await toast().getByText("Dat lukte niet. Probeer het opnieuw.").waitFor();
      expect(await toast().getAttribute("role")).toBe("alert");
      await shot("07-failed-click");
      await page().unroute("**/play/action");
      await page().getByRole("button", { name: "Melding sluiten" }).click();
      await toast().waitFor({ state: "hidden" });
    },
    STEP,
  );

  it(
    "Termijnen: four weeks later the support worker's morning digest names the four-week check",
    async () => {
      await page().getByRole("button", { name: "+4 weken" }).click();
      await poll(() => page().locator("#clock-now").textContent()).toContain("6 okt 2025");
      // The clock says what it did.
      await poll(() => toast().textContent()).toMatch(/Klok 4 weken vooruitgezet: nu .*6 okt 2025/);
      await openApp("Berichten");
      const nudge = message(messages(), REFERENCE, "Controle na 4 weken");
      await nudge.waitFor();
      await page().getByRole("button", { name: "Melding sluiten" }).click();
      await nudge.scrollIntoViewIfNeeded();
      await shot("08-four-week-check-nudge");
    },
    STEP,
  );

  it(
    "privacy: landlord staff see neither the care team's channel nor the care-only note",
    async () => {
      await viewAs("Petra Hoekstra");
      const navigation = await sidebar();
      await navigation.getByRole("button", { name: /^# overlast-ons-dak/ }).waitFor();
      expect(await navigation.getByRole("button", { name: /zorgteam/ }).count()).toBe(0);
      await closeMenu();
      await openChannel("overlast-ons-dak");
      await message(messages(), `deelnemer ${REFERENCE}`, "Zaak").waitFor();
      expect(await page().getByText(CARE_NOTE).count()).toBe(0);
      // Every thread of the shared channel, then the DM and App Home.
      const threadLinks = messages().getByRole("button", { name: /antwoord/ });
      for (let index = 0; index < (await threadLinks.count()); index++) {
        await threadLinks.nth(index).click();
        await thread().locator("li.message").first().waitFor();
        expect(await page().getByText(CARE_NOTE).count()).toBe(0);
        await page().getByRole("button", { name: "Thread sluiten" }).click();
      }
      await openApp("Berichten");
      expect(await page().getByText(CARE_NOTE).count()).toBe(0);
      await page().getByRole("tab", { name: "Home" }).click();
      await page().locator("#home .bk-blocks").waitFor();
      expect(await page().getByText(CARE_NOTE).count()).toBe(0);
      await shot("09-app-home");
      // Nor anywhere in what the page receives for her.
      const state = await (await fetch(`${session.playground.url}/play/state?as=U0PETRA001`)).text();
      expect(state).not.toContain(CARE_NOTE);
      await openChannel("overlast-ons-dak");
      await shot("10-landlord-staff-view");
      if (size.name === "phone") {
        await sidebar();
        await shot("11-menu");
        await closeMenu();
      }
    },
    STEP,
  );
});

describe.skipIf(!hasChromium)("the guided start on a phone (390×844)", () => {
  const size = SIZES[0];
  let session: Session;
  const { page, dialog, messages, toast, check, shot, choose, dateTime, message } = helpers(
    size,
    () => session,
  );
  const guide = () => page().locator("#guide");
  const whoami = () => page().locator("#whoami").textContent();

  beforeAll(async () => {
    session = await openSession(size);
  }, 120_000);

  afterAll(() => closeSession(session));

  it(
    "opens as the housing consultant, who files a complaint with the first hint",
    async () => {
      expect(await whoami()).toContain("Je bent Petra Hoekstra");
      await guide().getByRole("heading", { name: "Stap 1 van 4: Meld een klacht" }).waitFor();
      await page().getByRole("heading", { level: 1, name: "# overlast-ons-dak" }).waitFor();
      await shot("guide-1-first-visit");
      await guide().getByRole("button", { name: "Zet de opdracht klaar" }).click();
      const composer = page().getByRole("textbox", { name: /^Bericht aan/ });
      expect(await composer.inputValue()).toBe("/overlast HF-103 harde muziek");
      await composer.press("Enter");
      await dialog().getByRole("heading", { name: "Klacht melden" }).waitFor();
      await choose("Soort overlast", "Geluidsoverlast");
      await dateTime("Wanneer vond het plaats?", "2025-09-07", "23:15");
      await dateTime("Wanneer ontving de verhuurder de klacht?", "2025-09-08", "09:00");
      await dialog().getByLabel("Naam klager").fill("Meneer Verzonnen");
      await shot("guide-2-complaint-form");
      await dialog().getByRole("button", { name: "Opslaan" }).click();
      await dialog().waitFor({ state: "detached" });
      await message(messages(), "deelnemer HF-103", "Zaak").waitFor();
    },
    STEP,
  );

  it(
    "then says to switch to the support worker, and why; she hears and assesses",
    async () => {
      await guide().getByText("Nu is de begeleider aan zet").waitFor();
      await shot("guide-3-switch-to-worker");
      await guide().getByRole("button", { name: "Bekijk als Sanne" }).click();
      await poll(whoami).toContain("Je bent Sanne de Wit");
      await page().getByRole("heading", { level: 1, name: "# zorgteam-lindeveld" }).waitFor();
      await guide()
        .getByRole("heading", { name: /^Stap 2 van 4/ })
        .waitFor();
      const card = () => message(messages(), "(HF-103)", "Beoordeling klacht");
      await card().getByRole("button", { name: "Wederhoor vastleggen" }).click();
      await dateTime("Datum gesprek", "2025-09-08", "10:00");
      await dialog().getByLabel("Notities (alleen zorgteam)").fill("Deelnemer zet de muziek zachter.");
      await dialog().getByRole("button", { name: "Opslaan" }).click();
      await dialog().waitFor({ state: "detached" });
      for (const answer of ["Onbewust", "Terecht (deelnemer)", "Terecht (begeleider)"]) {
        const button = card().getByRole("button", { name: answer, exact: true });
        await button.click();
        await poll(() => button.getAttribute("class")).toContain("bk-primary");
      }
      await card().getByRole("button", { name: "Beoordeling bevestigen" }).click();
      await card().getByText("Bevestigd").waitFor();
    },
    STEP,
  );

  it(
    "then to the coordinator, who sees the team's overview; then the clock to the next working morning",
    async () => {
      await guide().getByText("Wissel nu naar Karim Bouzid").waitFor();
      await shot("guide-4-switch-to-coordinator");
      await guide().getByRole("button", { name: "Bekijk als Karim" }).click();
      await poll(whoami).toContain("Je bent Karim Bouzid");
      await guide()
        .getByRole("heading", { name: /^Stap 3 van 4/ })
        .waitFor();
      await guide().getByRole("button", { name: "Zet de opdracht klaar" }).click();
      await page()
        .getByRole("textbox", { name: /^Bericht aan/ })
        .press("Enter");
      await guide()
        .getByRole("heading", { name: /^Stap 4 van 4/ })
        .waitFor();
      await shot("guide-5-overview");
      await guide().getByRole("button", { name: "Volgende werkdag 09:00" }).click();
      await poll(() => page().locator("#clock-now").textContent()).toMatch(/di 9 sep 2025.*09:00/);
      await poll(() => toast().textContent()).toContain("Klok naar de volgende werkdag 09:00 gezet");
      await guide().getByRole("heading", { name: "Zo werkt Nabuur" }).waitFor();
      await shot("guide-6-clock-and-done");
    },
    STEP,
  );

  it(
    "the language switch sets the bot's language too; the finished tour stays away on the next visit",
    async () => {
      await page().getByRole("button", { name: "EN", exact: true }).click();
      await poll(() => toast().textContent()).toContain("Nabuur now speaks English to Karim Bouzid");
      const state = (await (await fetch(`${session.playground.url}/play/state?as=U0KARIM001`)).json()) as {
        me: { locale: string };
      };
      expect(state.me.locale).toBe("en");
      await page().getByRole("button", { name: "NL", exact: true }).click();
      await poll(() => page().locator("html").getAttribute("lang")).toBe("nl");
      await guide().getByRole("button", { name: "Klaar" }).click();
      await guide().waitFor({ state: "hidden" });
      await page().reload();
      await poll(whoami).toContain("Je bent Karim Bouzid");
      expect(await guide().isHidden()).toBe(true);
    },
    STEP,
  );

  it(
    "holds at 360 px too: the channel, the menu and a form",
    async () => {
      await page().setViewportSize({ width: 360, height: 740 });
      await page().getByRole("heading", { level: 1 }).waitFor();
      await check("360 px, channel");
      await page().locator("#menu-button").click();
      await page().getByRole("navigation").waitFor();
      await check("360 px, menu");
      await page().getByRole("button", { name: "Menu sluiten" }).click();
      await page()
        .getByRole("textbox", { name: /^Bericht aan/ })
        .fill("/nabuur deelnemer");
      await page()
        .getByRole("textbox", { name: /^Bericht aan/ })
        .press("Enter");
      await dialog().getByRole("heading", { name: "Nieuwe deelnemer" }).waitFor();
      await shot("360-form");
      await dialog().getByRole("button", { name: "Annuleren" }).click();
      await dialog().waitFor({ state: "detached" });
    },
    STEP,
  );
});

/**
 * Teams end to end in Microsoft's own client: the real bot with Teams on (emulator mode, embedded
 * database in a temporary DATA_DIR) behind Microsoft 365 Agents Playground, which renders the
 * Adaptive Cards with Microsoft's renderer and sends the real `invoke` activities of
 * `Action.Execute`. Debian's Chromium, driven by Playwright, works the Playground's web page.
 *
 * One Playground runs per person (it has one current user): the care provider's admin binds the
 * channels and gives the support worker her role with real mentions, the support worker registers
 * a participant with the form card in her personal chat, landlord staff file a complaint from the
 * channel (the form arrives in their personal chat) and are refused the team's start button, the
 * support worker records the hearing and assesses the complaint with the card's buttons in the
 * care team's channel, and four weeks later the four-week check reaches her personal chat.
 * Proactive posts to a channel go to the Playground that was last seen there, so each person acts
 * in the channel before the bot posts there for them. Screenshots go to test/e2e/screenshots/.
 *
 * The Playgrounds reach the bot through a recording proxy on 127.0.0.1 that keeps every
 * `adaptiveCard/action` invoke with the bot's HTTP answer to it. The page alone cannot tell the
 * invoke's answer from the outbox's later update of the same message; the recorded answer can: after
 * the hearing form and after the start form it must be the card as it is after the action.
 */
import { type ChildProcess, spawn } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { createServer as createHttpServer, type Server } from "node:http";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BrowserContext, chromium, type Locator, type Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  type PlaygroundPerson as Person,
  PLAYGROUND_PEOPLE,
  playgroundConfig,
} from "../../scripts/agents-playground-config.ts";
import { loadConfig } from "../../src/config.ts";
import { CASE_FORM_IDS } from "../../src/flows/cases/buttons.ts";
import { createLogger } from "../../src/logger.ts";
import { type Nabuur, startNabuur } from "../../src/server.ts";
import { OffsetClock } from "../../src/services/clock.ts";
import { createMember, createOrganisation } from "../../src/store/members/members.ts";

const CHROMIUM = "/usr/bin/chromium";
const PLAYGROUND_BIN = join(import.meta.dirname, "../../node_modules/.bin/agentsplayground");
const SCREENSHOTS = join(import.meta.dirname, "screenshots");
const MONDAY_MORNING = new Date("2025-09-08T08:00:00Z"); // 10:00 in Amsterdam
const FOUR_WEEKS_MS = 28 * 24 * 60 * 60 * 1000;
const REFERENCE = "HF-301";
/** A second participant: their case card is posted while the support worker is in the shared channel. */
const SECOND_REFERENCE = "HF-302";
const CARE_PROVIDER = "Housing First Lindeveld";
const LANDLORD = "Woonstichting Ons Dak";
const REFUSAL = "Alleen de begeleider of de coördinator kan de zaak starten.";
const STEP = 90_000;
const ADAPTIVE_CARD = "application/vnd.microsoft.card.adaptive";
/** Waiting for the page: the bot's answers may take a while on a busy machine. */
const POLL = { timeout: 20_000 };
/** The start deadline as the case card lists it, and the start button. */
const CASE_CARD_START = "Team start en koppelt terug";
const START_BUTTON = "Starten en terugkoppelen";
const HEARING_NOTES = "Deelnemer vertelt over slapeloosheid.";

const [ADMIN, SUPPORT_WORKER, LANDLORD_STAFF] = PLAYGROUND_PEOPLE as [Person, Person, Person];

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** One `adaptiveCard/action` invoke as it went to the bot, and the bot's answer to it. */
interface RecordedInvoke {
  verb: string;
  data: Record<string, unknown>;
  status: number;
  /** The invoke response: `{ statusCode, type, value }`, value the card that replaces the clicked one. */
  body: { statusCode?: number; type?: string; value?: unknown };
}

interface RecordingProxy {
  url: string;
  invokes: RecordedInvoke[];
  close(): Promise<void>;
}

/**
 * A proxy in front of the bot's `/api/messages`: every request is passed on unchanged and its
 * answer passed back unchanged; card action invokes are kept with their answers.
 */
async function startRecordingProxy(botUrl: string): Promise<RecordingProxy> {
  const invokes: RecordedInvoke[] = [];
  const server: Server = createHttpServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", async () => {
      const requestBody = Buffer.concat(chunks);
      try {
        const headers: Record<string, string> = {};
        for (const name of ["content-type", "authorization"]) {
          const value = req.headers[name];
          if (typeof value === "string") headers[name] = value;
        }
        const answer = await fetch(`${botUrl}${req.url ?? "/"}`, {
          method: req.method ?? "POST",
          headers,
          ...(requestBody.length > 0 ? { body: requestBody } : {}),
        });
        const text = await answer.text();
        const activity = parseJson(requestBody.toString("utf8")) as {
          type?: string;
          name?: string;
          value?: { action?: { verb?: string; data?: Record<string, unknown> } };
        } | null;
        if (activity?.type === "invoke" && activity.name === "adaptiveCard/action") {
          invokes.push({
            verb: activity.value?.action?.verb ?? "",
            data: activity.value?.action?.data ?? {},
            status: answer.status,
            body: (parseJson(text) ?? {}) as RecordedInvoke["body"],
          });
        }
        res.writeHead(answer.status, {
          "content-type": answer.headers.get("content-type") ?? "application/json",
        });
        res.end(text);
      } catch (error) {
        res.writeHead(502, { "content-type": "text/plain" });
        res.end(String(error));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    invokes,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

interface RunningPlayground {
  url: string;
  dir: string;
  child: ChildProcess;
}

/** Whatever the Playground logged to devTools/ (it prints its start-up errors only there). */
function playgroundLog(dir: string): string {
  const logs = join(dir, "devTools");
  if (!existsSync(logs)) return "(no devTools log)";
  return readdirSync(logs)
    .map((file) => readFileSync(join(logs, file), "utf8"))
    .join("\n");
}

async function startAgentsPlayground(current: Person, botUrl: string): Promise<RunningPlayground> {
  const dir = mkdtempSync(join(tmpdir(), `nabuur-agentsplayground-${current.key}-`));
  writeFileSync(join(dir, ".m365agentsplayground.yml"), playgroundConfig(current));
  const port = await freePort();
  const child = spawn(
    PLAYGROUND_BIN,
    ["-e", `${botUrl}/api/messages`, "-c", "msteams", "-p", String(port), "--dt"],
    // Its own process group, so that it and anything it starts stop together.
    { cwd: dir, detached: true, stdio: ["ignore", "pipe", "pipe"] },
  );
  let output = "";
  const listening = await new Promise<number>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Listening on (\d+)/.exec(output);
      if (match) resolve(Number(match[1]));
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("error", reject);
    child.once("exit", (code) =>
      reject(new Error(`agentsplayground exited (${code}): ${output}\n${playgroundLog(dir)}`)),
    );
  });
  return { url: `http://127.0.0.1:${listening}/`, dir, child };
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || !child.pid) return Promise.resolve();
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  try {
    process.kill(-child.pid, "SIGTERM");
  } catch {
    return Promise.resolve();
  }
  const forced = setTimeout(() => {
    try {
      if (child.pid) process.kill(-child.pid, "SIGKILL");
    } catch {}
  }, 5_000);
  return exited.finally(() => clearTimeout(forced));
}

const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) {
  console.warn(
    `Skipping the Teams playground's end-to-end test: ${CHROMIUM} is missing (apt-get install chromium).`,
  );
}

describe.skipIf(!hasChromium)("Teams in Microsoft 365 Agents Playground, in Chromium", () => {
  let nabuur: Nabuur;
  let proxy: RecordingProxy;
  let clock: OffsetClock;
  let dataDir: string;
  let profile: string;
  let context: BrowserContext;
  const playgrounds: RunningPlayground[] = [];
  const pages = new Map<string, Page>();

  const pageOf = (p: Person) => {
    const page = pages.get(p.key);
    if (!page) throw new Error(`no Playground for ${p.name}`);
    return page;
  };
  const shot = (p: Person, name: string) =>
    pageOf(p).screenshot({ path: join(SCREENSHOTS, `teams-${name}.png`), fullPage: false });

  /** The conversation list on the left: "Personal Chat", "General", "zorgteam". */
  async function open(p: Person, conversation: "Personal Chat" | "General" | "zorgteam") {
    const page = pageOf(p);
    await page.getByRole("treeitem").filter({ hasText: conversation }).first().click();
  }

  /** Adaptive Cards on the page that show all these texts. */
  function cards(p: Person, ...texts: (string | RegExp)[]): Locator {
    let found = pageOf(p).locator(".ac-adaptiveCard");
    for (const text of texts) found = found.filter({ hasText: text });
    return found;
  }

  /** The latest Adaptive Card that shows all these texts. */
  function card(p: Person, ...texts: (string | RegExp)[]): Locator {
    return cards(p, ...texts).last();
  }

  /** A message of the open conversation that says this. */
  function said(p: Person, text: string | RegExp): Locator {
    return pageOf(p).getByRole("paragraph").filter({ hasText: text }).last();
  }

  /** Types in the composer; `@Name` picks that person (or the bot) from the mention picker. */
  async function write(p: Person, ...parts: string[]) {
    const page = pageOf(p);
    // In a channel the first editor starts a new post (the others reply to posts).
    const composer = page.locator('[data-lexical-editor="true"]').first();
    await composer.click();
    for (const part of parts) {
      if (part.startsWith("@")) {
        const name = part.slice(1);
        await page.keyboard.type(`@${name.slice(0, 3)}`);
        await page.getByRole("menuitem", { name }).click();
      } else {
        await page.keyboard.type(part);
      }
    }
    await page.keyboard.press("Enter");
  }

  async function choose(form: Locator, label: string, option: string | RegExp) {
    await form.getByRole("combobox", { name: label, exact: true }).click();
    await form.page().getByRole("option", { name: option }).click();
  }

  /** A date and time field: a date picker and, after it, a time picker labelled "Tijd". */
  async function dateTime(form: Locator, label: string, index: number, date: string, time: string) {
    const datePicker = form.getByRole("combobox", { name: label });
    await datePicker.fill(date);
    await datePicker.press("Tab");
    const timePicker = form.getByRole("combobox", { name: "Tijd" }).nth(index);
    await timePicker.fill(time);
    await timePicker.press("Tab");
  }

  /**
   * The bot's recorded answer to the first card action invoke with this verb after `since` (an
   * index into the recorded invokes), once it came back.
   */
  async function invokeAnswer(verb: string, since: number): Promise<RecordedInvoke> {
    await expect
      .poll(() => proxy.invokes.slice(since).some((invoke) => invoke.verb === verb), POLL)
      .toBe(true);
    const found = proxy.invokes.slice(since).find((invoke) => invoke.verb === verb);
    if (!found) throw new Error(`no invoke ${verb}`);
    return found;
  }

  /** The card an invoke answered with, as JSON text (after checking that it is a card). */
  function answeredCard(invoke: RecordedInvoke): string {
    expect(invoke.status).toBe(200);
    expect(invoke.body.statusCode).toBe(200);
    expect(invoke.body.type).toBe(ADAPTIVE_CARD);
    return JSON.stringify(invoke.body.value);
  }

  /** Preventie: the support worker registers a participant with the form card in her personal chat. */
  async function registerParticipant(reference: string, dwelling: string, screenshot?: string) {
    await open(SUPPORT_WORKER, "Personal Chat");
    await write(SUPPORT_WORKER, "deelnemer");
    const form = card(SUPPORT_WORKER, "Nieuwe deelnemer", "Registreren");
    await form.getByRole("textbox", { name: "Referentie (geen volledige naam)" }).fill(reference);
    await choose(form, "Zorgaanbieder", CARE_PROVIDER);
    await choose(form, "Verhuurder", LANDLORD);
    await form.getByRole("textbox", { name: "Woning (adres of korte omschrijving)" }).fill(dwelling);
    await choose(form, "Huurvorm", /Huur op eigen naam/);
    await choose(form, "Begeleider", SUPPORT_WORKER.name);
    await choose(form, "Contactpersoon verhuurder", LANDLORD_STAFF.name);
    if (screenshot) await shot(SUPPORT_WORKER, screenshot);
    await form.getByRole("button", { name: "Registreren" }).click();
    await card(SUPPORT_WORKER, `Start van het traject — deelnemer ${reference}`).waitFor();
  }

  /** Actie 1: landlord staff fill in the complaint form that arrived in their personal chat. */
  async function fillComplaint(screenshot?: string) {
    const form = card(LANDLORD_STAFF, "Klacht melden", "Opslaan");
    await form.waitFor();
    await choose(form, "Soort overlast", "Geluidsoverlast");
    await dateTime(form, "Wanneer vond het plaats?", 0, "2025-09-07", "23:30");
    await dateTime(form, "Wanneer ontving de verhuurder de klacht?", 1, "2025-09-08", "09:15");
    await form.getByRole("textbox", { name: "Naam klager" }).fill("Mevrouw Verzonnen");
    if (screenshot) await shot(LANDLORD_STAFF, screenshot);
    const received = cards(LANDLORD_STAFF, /Zaak \d+ is ontvangen/);
    const before = await received.count();
    await form.getByRole("button", { name: "Opslaan" }).click();
    await expect.poll(() => received.count(), POLL).toBeGreaterThan(before);
  }

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    dataDir = mkdtempSync(join(tmpdir(), "nabuur-teams-e2e-"));
    clock = new OffsetClock(undefined, MONDAY_MORNING);
    nabuur = await startNabuur({
      config: loadConfig({ PORT: "0", DATA_DIR: dataDir, LOG_LEVEL: "silent", TEAMS_ENABLED: "true" }),
      logger: createLogger("silent"),
      clock,
      schedulerCron: null,
    });
    // First members, as `npm run admin -- org add … / member add … --teams <id>` creates them.
    const prisma = nabuur.database.prisma;
    const careProvider = await createOrganisation(prisma, "careProvider", CARE_PROVIDER);
    const landlord = await createOrganisation(prisma, "landlord", LANDLORD);
    await createMember(prisma, {
      organisationId: careProvider.id,
      role: "admin",
      displayName: ADMIN.name,
      teamsUserId: ADMIN.aadObjectId,
    });
    await createMember(prisma, {
      organisationId: landlord.id,
      role: "landlordStaff",
      displayName: LANDLORD_STAFF.name,
      teamsUserId: LANDLORD_STAFF.aadObjectId,
    });

    proxy = await startRecordingProxy(nabuur.url);
    playgrounds.push(
      ...(await Promise.all(
        [ADMIN, SUPPORT_WORKER, LANDLORD_STAFF].map((p) => startAgentsPlayground(p, proxy.url)),
      )),
    );
    profile = mkdtempSync(join(tmpdir(), "nabuur-chromium-"));
    context = await chromium.launchPersistentContext(profile, {
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
      viewport: { width: 1400, height: 900 },
      locale: "nl-NL",
      timezoneId: "Europe/Amsterdam",
    });
    // The Playground's fonts come from Microsoft's CDN: without a network they fail, harmlessly.
    await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
    for (const [index, p] of [ADMIN, SUPPORT_WORKER, LANDLORD_STAFF].entries()) {
      const page = index === 0 ? (context.pages()[0] ?? (await context.newPage())) : await context.newPage();
      page.setDefaultTimeout(20_000);
      pages.set(p.key, page);
      await page.goto(playgrounds[index]!.url);
      await page.getByText("Connected.", { exact: true }).waitFor();
    }
  }, 120_000);

  afterEach(async (test) => {
    if (test.task.result?.state !== "fail") return;
    for (const [key, page] of pages) {
      await page.screenshot({ path: join(SCREENSHOTS, `teams-failed-${key}.png`) }).catch(() => {});
    }
  });

  afterAll(async () => {
    await context?.close();
    await Promise.all(playgrounds.map((running) => stopProcess(running.child)));
    await proxy?.close();
    await nabuur?.stop();
    for (const dir of [profile, dataDir, ...playgrounds.map((running) => running.dir)]) {
      if (dir) rmSync(dir, { recursive: true, force: true });
    }
  });

  it(
    "Beheer: the admin binds the channels and gives the support worker her role, with real mentions",
    async () => {
      // Binding a channel is answered in that channel; other answers to commands in a channel go
      // to the personal chat.
      await open(ADMIN, "General");
      await write(ADMIN, "@Nabuur", ` kanaal gedeeld ${LANDLORD}`);
      await said(ADMIN, "Dit kanaal is nu het gedeelde kanaal.").waitFor();
      await open(ADMIN, "zorgteam");
      await write(ADMIN, "@Nabuur", " kanaal team");
      await said(ADMIN, "Dit kanaal is nu het kanaal van het zorgteam.").waitFor();
      await open(ADMIN, "General");
      await write(ADMIN, "@Nabuur", " lid ", `@${SUPPORT_WORKER.name}`, " begeleider");
      await open(ADMIN, "Personal Chat");
      await said(ADMIN, `${SUPPORT_WORKER.name} heeft nu de rol`).waitFor();
      await shot(ADMIN, "01-admin-personal-chat");
    },
    STEP,
  );

  it(
    "Preventie: the support worker registers a participant with the form card in her personal chat",
    async () => {
      await registerParticipant(REFERENCE, "Kastanjelaan 3", "02-register-participant-form");
      // In the care team's channel, so that the bot's posts there reach this Playground.
      await open(SUPPORT_WORKER, "zorgteam");
      await write(SUPPORT_WORKER, "@Nabuur", " mijn");
      // The Playground's log panel shows the bot's answer to that message.
      await pageOf(SUPPORT_WORKER)
        .getByText(/-> User Application message 200 .*mijn/)
        .waitFor();
    },
    STEP,
  );

  it(
    "Actie 1: landlord staff file a complaint from the shared channel; the form arrives in their personal chat",
    async () => {
      await open(LANDLORD_STAFF, "General");
      await write(LANDLORD_STAFF, "@Nabuur", ` overlast ${REFERENCE} Harde muziek en gebonk na middernacht`);
      await open(LANDLORD_STAFF, "Personal Chat");
      await fillComplaint("03-complaint-form");
    },
    STEP,
  );

  it(
    "refusal: landlord staff pressing the team's start button on the case card are told who may",
    async () => {
      await open(LANDLORD_STAFF, "General");
      const caseCard = card(LANDLORD_STAFF, `deelnemer ${REFERENCE}`, "Starten en terugkoppelen");
      await shot(LANDLORD_STAFF, "04-case-card-shared-channel");
      await caseCard.getByRole("button", { name: "Starten en terugkoppelen" }).click();
      const refusal = pageOf(LANDLORD_STAFF).getByText(REFUSAL).first();
      await refusal.waitFor();
      await refusal.scrollIntoViewIfNeeded();
      await shot(LANDLORD_STAFF, "05-refusal");
    },
    STEP,
  );

  it(
    "Actie 2: the support worker records the hearing and assesses the complaint with the card's buttons",
    async () => {
      // Her summary of the case in the personal chat, from before the hearing.
      await open(SUPPORT_WORKER, "Personal Chat");
      await write(SUPPORT_WORKER, "zaak 1");
      const summary = () => card(SUPPORT_WORKER, "Samenvatting zaak 1", REFERENCE);
      await summary().waitFor();
      expect(await summary().textContent()).not.toContain(HEARING_NOTES);
      await open(SUPPORT_WORKER, "zorgteam");
      const assessment = () => card(SUPPORT_WORKER, `(${REFERENCE})`, "Beoordeling klacht");
      await assessment().getByRole("button", { name: "Wederhoor vastleggen" }).click();
      const form = card(SUPPORT_WORKER, "Datum gesprek", "Opslaan");
      await dateTime(form, "Datum gesprek", 0, "2025-09-08", "09:45");
      await form.getByRole("textbox", { name: "Notities (alleen zorgteam)" }).fill(HEARING_NOTES);
      const since = proxy.invokes.length;
      await form.getByRole("button", { name: "Opslaan" }).click();
      // The invoke's own answer is the assessment card with the hearing recorded: not the card from
      // before the form, and no separate "Verwerkt.". (The outbox's update of the message follows
      // apart from it; the page alone cannot tell the two.)
      const hearing = answeredCard(await invokeAnswer(CASE_FORM_IDS.hearing, since));
      expect(hearing).toContain(`(${REFERENCE})`);
      expect(hearing).toContain("Wederhoor is vastgelegd.");
      expect(hearing).not.toContain("Nog geen wederhoor vastgelegd");
      expect(hearing).not.toContain("Verwerkt.");
      await card(SUPPORT_WORKER, `(${REFERENCE})`, "Wederhoor is vastgelegd.").waitFor();
      const log = pageOf(SUPPORT_WORKER).getByText(/-> User Application invoke 200/);
      for (const answer of ["Onbewust", "Terecht (deelnemer)", "Terecht (begeleider)"]) {
        // Each click is an invoke; the Playground logs the bot's answer.
        const invokes = await log.count();
        await assessment().getByRole("button", { name: answer, exact: true }).click();
        await expect.poll(() => log.count(), POLL).toBeGreaterThan(invokes);
      }
      await shot(SUPPORT_WORKER, "06-assessment-answers");
      await assessment().getByRole("button", { name: "Beoordeling bevestigen" }).click();
      await card(SUPPORT_WORKER, `(${REFERENCE})`, "Bevestigd").waitFor();
      await shot(SUPPORT_WORKER, "07-assessment-confirmed");
      // The summary in her personal chat followed the case: the hearing is on it.
      await open(SUPPORT_WORKER, "Personal Chat");
      await card(SUPPORT_WORKER, "Samenvatting zaak 1", HEARING_NOTES).waitFor();
      await card(SUPPORT_WORKER, "Samenvatting zaak 1", HEARING_NOTES).scrollIntoViewIfNeeded();
      await shot(SUPPORT_WORKER, "08-case-summary-updated");
    },
    STEP,
  );

  it(
    "Actie 1: the support worker starts a case from its case card; the invoke answers with the card after the start",
    async () => {
      // A second participant, so that a case card is posted where the support worker sees it: she
      // writes in the shared channel after landlord staff did, before their complaint is saved.
      await registerParticipant(SECOND_REFERENCE, "Kastanjelaan 5");
      await open(LANDLORD_STAFF, "General");
      await write(LANDLORD_STAFF, "@Nabuur", ` overlast ${SECOND_REFERENCE} Bonken op de muur in de nacht`);
      await open(SUPPORT_WORKER, "General");
      const answered = pageOf(SUPPORT_WORKER).getByText(/-> User Application message 200 .*mijn/);
      const answeredBefore = await answered.count();
      await write(SUPPORT_WORKER, "@Nabuur", " mijn");
      await expect.poll(() => answered.count(), POLL).toBeGreaterThan(answeredBefore);
      await open(LANDLORD_STAFF, "Personal Chat");
      await fillComplaint();

      const caseCard = () => card(SUPPORT_WORKER, `deelnemer ${SECOND_REFERENCE}`, "Zaak sluiten");
      await caseCard().getByRole("button", { name: START_BUTTON }).click();
      const form = card(SUPPORT_WORKER, "Hoe wordt de klacht behandeld?", "Opslaan");
      await form
        .getByRole("textbox", { name: "Hoe wordt de klacht behandeld?" })
        .fill("Gesprek met de deelnemer deze week; de verhuurder hoort het vrijdag.");
      const since = proxy.invokes.length;
      await form.getByRole("button", { name: "Opslaan" }).click();
      // The invoke's own answer is the case card after the start: the finished start deadline and
      // the start button are gone from it.
      const started = answeredCard(await invokeAnswer(CASE_FORM_IDS.start, since));
      expect(started).toContain(SECOND_REFERENCE);
      expect(started).not.toContain(CASE_CARD_START);
      expect(started).not.toContain(START_BUTTON);
      expect(started).not.toContain("Verwerkt.");
      await expect.poll(() => caseCard().getByRole("button", { name: START_BUTTON }).count(), POLL).toBe(0);
      await shot(SUPPORT_WORKER, "09-case-started");
    },
    STEP,
  );

  it(
    "Termijnen: four weeks later the four-week check reaches the support worker's personal chat",
    async () => {
      await open(SUPPORT_WORKER, "Personal Chat");
      const checks = () => cards(SUPPORT_WORKER, REFERENCE, /Controle na 4 weken|na ca\. vier weken/i);
      const before = await checks().count();
      // The bot's clock, as the Slack playground's "+4 weken" moves it; then the scheduler runs, as
      // its cron runs it every minute, until the check has arrived.
      clock.advance(FOUR_WEEKS_MS);
      await expect
        .poll(
          async () => {
            await nabuur.scheduler.tick();
            return checks().count();
          },
          { ...POLL, interval: 1_000 },
        )
        .toBeGreaterThan(before);
      await checks().last().scrollIntoViewIfNeeded();
      await shot(SUPPORT_WORKER, "10-four-week-check-nudge");
    },
    STEP,
  );
});

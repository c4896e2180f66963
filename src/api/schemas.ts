/**
 * The intake API's request and response shapes as zod schemas: requests are validated with them and
 * the OpenAPI document is generated from them (z.toJSONSchema).
 */
import { z } from "zod";
import { CASE_KINDS, CASE_STATUSES } from "../flows/cases/state.ts";
import { LADDER_STEPS, LETTER_KINDS } from "../flows/ladder/model.ts";
import { COMPLAINT_TYPES, GUIDELINE_STEPS, ROLES } from "../flows/model.ts";
import { SIGNAL_KINDS, SIGNAL_SOURCES } from "../flows/signals/model.ts";

/** Longest texts, as in the chat forms. */
const DESCRIPTION_MAX = 3000;
const SIGNAL_DESCRIPTION_MAX = 2000;
const NAME_MAX = 200;

/**
 * Text the database can store: no NUL character and no half of a UTF-16 surrogate pair (PostgreSQL
 * refuses both in text and JSON). Without this check such text reached the database and failed there.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the NUL character is exactly what is refused.
const STORABLE_TEXT = /^(?:[^\u0000\ud800-\udfff]|[\ud800-\udbff][\udc00-\udfff])*$/;
const text = () => z.string().trim().regex(STORABLE_TEXT);

const instant = (description: string) =>
  z.iso.datetime({ offset: true }).describe(`${description} ISO 8601 with time zone.`);

const participantReference = text()
  .min(1)
  .max(100)
  .describe("The participant's pseudonymous reference (e.g. HF-007), as registered with your organisation.");

export const complaintRequestSchema = z
  .strictObject({
    participant: participantReference,
    type: z.enum(COMPLAINT_TYPES).describe("Type of nuisance."),
    description: text().min(1).max(DESCRIPTION_MAX).describe("What happened."),
    occurredAt: instant("When the nuisance happened."),
    afterTen: z
      .boolean()
      .describe(
        "Whether it happened after 22:00 (na tien uur 's avonds): true from 22:00 until 07:00 Amsterdam time, matching occurredAt.",
      ),
    receivedByLandlordAt: instant("When the landlord received the complaint."),
    complainant: z
      .strictObject({
        anonymous: z.boolean().describe("The complainant wants to stay anonymous."),
        name: text().max(NAME_MAX).nullable().optional(),
        contact: text().max(NAME_MAX).nullable().optional(),
      })
      .describe(
        "Who complained. Name and contact are visible to your organisation only: never in the shared channel or a care-side export. Ignored when anonymous.",
      ),
  })
  .meta({ title: "A nuisance complaint (melding / klacht)" });
export type ComplaintRequest = z.output<typeof complaintRequestSchema>;

export const signalRequestSchema = z
  .strictObject({
    participant: participantReference,
    kind: z
      .enum(SIGNAL_KINDS)
      .describe(
        "nuisanceSign: a sign of (threatening) nuisance; missedRent: a missed rent payment; participantReport: the participant reports nuisance they experience (never counts against them).",
      ),
    source: z.enum(SIGNAL_SOURCES).default("landlord").describe("Where the signal came from."),
    description: text().min(1).max(SIGNAL_DESCRIPTION_MAX).describe("What was noticed."),
    observedAt: instant("When the signal was observed or received."),
  })
  .meta({ title: "A signal (signaal) to pass on within 48 hours" });

export const complaintCreatedSchema = z
  .object({
    caseNumber: z.string().describe("The case the complaint is part of."),
    complaintId: z.string(),
    newCase: z.boolean().describe("false: the complaint joined the participant's open case."),
    status: z.enum(CASE_STATUSES),
    step: z.enum(GUIDELINE_STEPS),
    statusUrl: z.string(),
  })
  .meta({ title: "The complaint was recorded" });

export type ComplaintCreated = z.output<typeof complaintCreatedSchema>;

export const signalCreatedSchema = z
  .object({
    signalId: z.string(),
    kind: z.enum(SIGNAL_KINDS),
    participant: z.string(),
    acknowledgeBefore: z.array(z.object({ side: z.enum(["careTeam", "landlord"]), dueAt: z.string() })),
  })
  .meta({ title: "The signal was logged" });

const agreedActionSchema = z.object({
  id: z.string(),
  text: z.string(),
  ownerRole: z.enum(ROLES),
  status: z.enum(["proposed", "accepted", "done", "skipped"]),
  step: z.enum(GUIDELINE_STEPS),
  dueAt: z.string().nullable(),
});

const deadlineSchema = z.object({
  key: z.string(),
  rule: z.string(),
  description: z.string(),
  ownerRole: z.enum(ROLES),
  dueAt: z.string(),
});

export type SignalCreated = z.output<typeof signalCreatedSchema>;

export const caseStatusSchema = z
  .object({
    number: z.string(),
    participant: z.string(),
    kind: z.enum(CASE_KINDS),
    status: z.enum(CASE_STATUSES),
    statusLabel: z.string(),
    step: z.enum(GUIDELINE_STEPS),
    stepLabel: z.string(),
    ladderStep: z.enum(LADDER_STEPS).nullable(),
    openedAt: z.string(),
    closedAt: z.string().nullable(),
    complaints: z.number().int().describe("Number of complaints in the case."),
    agreedActions: z.array(agreedActionSchema),
    deadlines: z.array(deadlineSchema),
    letters: z.array(
      z.object({
        step: z.enum(LADDER_STEPS),
        kind: z.enum(LETTER_KINDS),
        sentAt: z.string(),
        registered: z.boolean(),
        signedForSeen: z.boolean(),
      }),
    ),
  })
  .meta({ title: "Status of one of your cases (no care-only content)" });
export type CaseStatusBody = z.output<typeof caseStatusSchema>;

// Het overlastdossier: correspondence with third parties and the landlord's letters (Actie 3–5).
const CORRESPONDENCE_PARTY_MAX = 200;
const FILE_NAME_MAX = 255;
/** Base64 characters, padding only at the end: one simple pass over up to 14 MB. */
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const LETTER_TEXT_MAX = 20_000;
const LETTER_STEPS = ["actie3", "actie4", "actie5"] as const;

export const correspondenceRequestSchema = z
  .strictObject({
    party: text()
      .min(1)
      .max(CORRESPONDENCE_PARTY_MAX)
      .describe("The third party, e.g. Wijkagent Jansen, Gemeente Utrecht, Advocaat, Buurtbemiddeling."),
    direction: z
      .enum(["incoming", "outgoing"])
      .describe("incoming: received from the party; outgoing: sent to it."),
    at: instant("When it was received or sent."),
    summary: text().min(1).max(DESCRIPTION_MAX).describe("What it was about, short and factual."),
    file: z
      .strictObject({
        name: text()
          .min(1)
          .max(FILE_NAME_MAX)
          .describe(
            "The file's name with its extension, e.g. brief-wijkagent.pdf: the extension decides its type.",
          ),
        contentBase64: z.string().regex(BASE64).describe("The file's bytes, base64 (RFC 4648)."),
      })
      .optional()
      .describe(
        "Optional: the letter or e-mail itself, kept with the item. At most 10 MB of pdf, jpg, jpeg, png, gif, heic, tif, tiff, docx, msg, eml or txt; the first bytes must match the extension. Any other file is refused in the answer (`file.stored: false` with the reason) while the correspondence is still recorded.",
      ),
  })
  .meta({
    title: "Correspondence with a third party (correspondentie met derden)",
    description:
      "Shared with the care team: it is in both versions of the dossier. Care-only correspondence is recorded by the care team in the chat. With a file the request may be up to 14 MB.",
  });

export const correspondenceCreatedSchema = z
  .object({
    correspondenceId: z.string(),
    caseNumber: z.string(),
    party: z.string(),
    direction: z.enum(["incoming", "outgoing"]),
    at: z.string().describe("ISO 8601."),
    file: z
      .object({
        stored: z.boolean(),
        name: z.string(),
        fileId: z.string().optional().describe("When stored."),
        size: z.number().int().optional().describe("Bytes, when stored."),
        sha256: z.string().optional().describe("Hex, when stored: also in the case's hash-chained timeline."),
        reason: z
          .enum(["type", "tooLarge", "empty", "notWhatItSays", "unavailable"])
          .optional()
          .describe("Why it was refused."),
        message: z.string().describe("What became of the file, in the request's language."),
      })
      .optional()
      .describe("Only when the request had a file."),
  })
  .meta({ title: "The correspondence was recorded with the case" });

export const letterDraftRequestSchema = z
  .strictObject({
    step: z
      .enum(LETTER_STEPS)
      .describe("actie3: warning letter; actie4: second warning; actie5: summons (registered)."),
  })
  .meta({ title: "Draft the letter of a step from the case" });

export const letterDraftSchema = z
  .object({
    letterId: z.string(),
    caseNumber: z.string(),
    step: z.enum(LETTER_STEPS),
    kind: z.enum(LETTER_KINDS),
    subject: z.string(),
    text: z.string().describe("The whole letter as plain text, ready to edit."),
    placeholders: z.array(z.string()).describe("Blanks left in the text, to fill in by hand."),
  })
  .meta({ title: "The letter's draft, stored with the case" });

export const letterSentRequestSchema = z
  .strictObject({
    step: z.enum(LETTER_STEPS),
    sentAt: instant("When the letter was sent."),
    registered: z.boolean().describe("Sent by registered mail (aangetekend)."),
    signedForSeen: z.boolean().describe('The participant signed it "voor gezien" (Actie 5).'),
    signedSeenAt: instant('When it was signed "voor gezien" (default: sentAt).').nullable().optional(),
    text: text()
      .max(LETTER_TEXT_MAX)
      .nullable()
      .optional()
      .describe("The text as sent, when it differs from the draft stored in Nabuur or there is none."),
  })
  .meta({ title: "A letter was sent (the dossier keeps it with its dates)" });

export const letterSentSchema = z
  .object({
    caseNumber: z.string(),
    step: z.enum(LETTER_STEPS),
    kind: z.enum(LETTER_KINDS),
    sentAt: z.string(),
    registered: z.boolean(),
    signedForSeen: z.boolean(),
  })
  .meta({ title: "The letter was recorded as sent" });

export const errorSchema = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string().describe("Dutch by default; English with Accept-Language: en."),
      fields: z
        .array(z.object({ field: z.string(), problem: z.string(), message: z.string() }))
        .optional()
        .describe("400: every field that is wrong."),
    }),
  })
  .meta({ title: "An error" });

const calendarDate = (description: string) =>
  z.iso.date().describe(`${description} YYYY-MM-DD, a calendar day in Europe/Amsterdam.`);

export const reportQuerySchema = z
  .strictObject({
    from: calendarDate("First day of the period."),
    to: calendarDate("Last day of the period (included); not before `from`."),
  })
  .meta({ title: "The period of a report" });

const shareSchema = (description: string) =>
  z
    .object({
      count: z.number().int(),
      of: z.number().int().describe("What it is a share of; 0 when there is nothing to count yet."),
      share: z
        .number()
        .min(0)
        .max(1)
        .nullable()
        .describe("count / of, rounded to 4 decimals; null when `of` is 0."),
    })
    .describe(description);

const REPORT_SHARES = [
  "withoutComplaints",
  "occasional",
  "seriousOrPersistent",
  "startedWithin24h",
  "resolvedWithin3Months",
  "signalsSharedWithin48h",
] as const;

export const reportSchema = z
  .object({
    period: z.object({ from: z.string(), to: z.string() }),
    participants: z.number().int().describe("Your participants (registered before the period ended)."),
    withoutComplaints: shareSchema("Participants without counting complaints received in the period."),
    occasional: shareSchema("Participants with occasional nuisance (one or two counting complaints)."),
    seriousOrPersistent: shareSchema(
      "Participants with serious or persistent nuisance (three or more counting complaints, or Actie 4 or later).",
    ),
    startedWithin24h: shareSchema(
      "Actie 1: nuisance cases opened in the period that the team started within 24 hours, of those started or past their 24 hours.",
    ),
    resolvedWithin3Months: shareSchema(
      "Termijnen: nuisance cases opened in the period resolved within three months, of those resolved or past their three months.",
    ),
    signalsSharedWithin48h: shareSchema(
      "Signalering: signals observed in the period that every receiving side had within 48 hours, of those received or overdue.",
    ),
    rehousings: z
      .number()
      .int()
      .describe("Interventie 3: rehousings the participant accepted in the period."),
    complainantsUpdated: shareSchema(
      "Termijnen: nuisance cases opened in the period whose complainants had an update from the landlord, of those with an update or open longer than two weeks.",
    ),
    complainantUpdates: z
      .object({
        done: z.number().int().describe("Updates to the complainants the landlord recorded in the period."),
        planned: z
          .number()
          .int()
          .describe(
            "Open nuisance cases whose next update to the complainants is planned and not yet due, now.",
          ),
        overdue: z
          .number()
          .int()
          .describe("Open nuisance cases whose update to the complainants is past due, now."),
        labels: z
          .object({ done: z.string(), planned: z.string(), overdue: z.string() })
          .describe("The three figures' names in the language of Accept-Language."),
      })
      .describe(
        "Termijnen (team.complainant.update): the updates the landlord gives the complainants, in the rhythm the team agreed.",
      ),
    guidelineReference: z
      .object({ withoutComplaints: z.number(), occasional: z.number(), seriousOrPersistent: z.number() })
      .describe("The guideline's own figures for comparison: 0.922 / 0.06 / 0.017."),
    labels: z
      .record(z.enum(REPORT_SHARES), z.string())
      .describe("The figures' names in the language of Accept-Language."),
  })
  .meta({ title: "The guideline's figures over your participants for a period" });
export type ReportBody = z.output<typeof reportSchema>;

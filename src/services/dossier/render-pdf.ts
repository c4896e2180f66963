/**
 * The nuisance dossier as a PDF laid out for a court: case summary, complaints, the chronological
 * timeline (when, who, guideline step, what), every letter with its dates, correspondence with third
 * parties, agreed actions, deadlines met and missed, interventions (care version only) and the three
 * conditions the court looks for before Actie 6. Dutch by default.
 */
import { uiTexts } from "../../flows/cases/texts.ts";
import { formatFileSize } from "../../flows/dossier/correspondence-file.ts";
import { formatDateTime } from "../../flows/format.ts";
import { ladderTexts } from "../../flows/ladder/texts.ts";
import type { Locale } from "../../flows/model.ts";
import { describeEntry, stepLabel } from "./dossier-sections.ts";
import { dossierTexts } from "./dossier-texts.ts";
import { type DossierJson, isWithheld } from "./dossier-types.ts";
import type { PdfLayout } from "./pdf-layout.ts";

export interface PdfOptions {
  /** false writes the content streams uncompressed (readable text, for tests and inspection). */
  compress?: boolean;
}

function summary(pdf: PdfLayout, d: DossierJson, locale: Locale): void {
  const t = dossierTexts[locale];
  const ui = uiTexts[locale];
  const f = t.fields;
  const date = (iso: string | null) => (iso ? formatDateTime(iso, locale) : "");
  pdf.heading(t.sections.summary);
  pdf.fields([
    [f.caseNumber, d.case.number],
    [f.participant, d.participant.reference],
    [f.dwelling, d.participant.dwelling ?? ""],
    [f.leaseType, t.leaseTypes[d.participant.leaseType]],
    [f.careProvider, d.participant.careProvider],
    [f.landlord, d.participant.landlord],
    [f.kind, ui.caseKinds[d.case.kind]],
    [f.status, ui.statuses[d.case.status]],
    [f.step, stepLabel(d.case.step, locale)],
    [f.ladderStep, d.case.ladderStep ? ladderTexts[locale].steps[d.case.ladderStep] : ""],
    [f.openedAt, date(d.case.openedAt)],
    [f.startedAt, d.case.startedAt ? date(d.case.startedAt) : t.notYet],
    [f.approach, d.case.approach ?? ""],
    [f.resolvedAt, date(d.case.resolvedAt)],
    [f.closedAt, date(d.case.closedAt)],
    [
      f.closure,
      d.case.closure
        ? [ui.closeReasons[d.case.closure.reason], d.case.closure.text ?? ""].filter(Boolean).join(": ")
        : "",
    ],
    [f.courtParty, d.case.courtParty ?? ""],
    [f.alternativeAgreed, d.case.alternativeAgreed ?? ""],
    [f.evictedAt, date(d.case.evictedAt)],
  ]);
}

function complaints(pdf: PdfLayout, d: DossierJson, locale: Locale): void {
  const t = dossierTexts[locale];
  const c = t.complaint;
  pdf.heading(t.sections.complaints);
  if (d.complaints.length === 0) pdf.paragraph(t.none);
  d.complaints.forEach((complaint, index) => {
    pdf.subheading(c.heading(index + 1, uiTexts[locale].complaintTypes[complaint.type]));
    pdf.paragraph(complaint.description);
    const identity = complaint.complainant;
    pdf.fields([
      [c.occurredAt, formatDateTime(complaint.occurredAt, locale)],
      [c.afterTen, complaint.afterTen ? t.yes : t.no],
      [c.receivedByLandlordAt, formatDateTime(complaint.receivedByLandlordAt, locale)],
      [
        c.receivedAt,
        `${formatDateTime(complaint.receivedAt, locale)} (${c.passedInTime(complaint.passedToTeamInTime)})`,
      ],
      [uiTexts[locale].fields.status, c.justified(complaint.justified)],
      [c.wronglyAttributed, complaint.wronglyAttributed ? t.yes : ""],
      [
        c.complainant,
        identity === undefined
          ? ""
          : complaint.complainantAnonymous || identity === null
            ? c.anonymous
            : [identity.name, identity.contact].filter(Boolean).join(", "),
      ],
    ]);
  });
}

function timeline(pdf: PdfLayout, d: DossierJson, locale: Locale): void {
  const t = dossierTexts[locale];
  const w = pdf.width;
  pdf.heading(t.sections.timeline);
  const rows = d.timeline.entries.flatMap((item) =>
    isWithheld(item)
      ? []
      : [
          [
            formatDateTime(item.at, locale),
            item.actor,
            stepLabel(item.step, locale),
            describeEntry(item.event, item.details, locale),
          ],
        ],
  );
  pdf.table(
    [
      { header: t.columns.when, width: 80 },
      { header: t.columns.who, width: 105 },
      { header: t.columns.step, width: 95 },
      { header: t.columns.what, width: w - 280 },
    ],
    rows,
  );
  const count = (kind: string) =>
    d.timeline.entries.filter((item) => isWithheld(item) && item.withheld === kind).length;
  const otherSide = count(d.audience === "landlord" ? "careOnly" : "landlordOnly");
  if (otherSide > 0) {
    pdf.paragraph(
      d.audience === "landlord" ? t.withheld.careOnly(otherSide) : t.withheld.landlordOnly(otherSide),
      { italic: true },
    );
  }
  const anonymised = count("anonymised");
  if (anonymised > 0) pdf.paragraph(t.withheld.anonymised(anonymised), { italic: true });
}

function letters(pdf: PdfLayout, d: DossierJson, locale: Locale): void {
  const t = dossierTexts[locale];
  const date = (iso: string | null) => (iso ? formatDateTime(iso, locale) : t.no);
  pdf.heading(t.sections.letters);
  if (d.letters.length === 0) pdf.paragraph(t.none);
  for (const letter of d.letters) {
    pdf.subheading(`${ladderTexts[locale].steps[letter.step]} - ${ladderTexts[locale].letters[letter.kind]}`);
    pdf.fields([
      [t.letter.sent, formatDateTime(letter.sentAt, locale)],
      [t.letter.registered, letter.registered ? t.yes : t.no],
      [t.letter.signedForSeen, letter.signedForSeen ? date(letter.signedSeenAt) : t.no],
      [t.letter.recordedBy, letter.recordedBy ? `${letter.recordedBy}, ${date(letter.recordedAt)}` : ""],
    ]);
    if (letter.text === null) pdf.paragraph(t.letter.noText, { italic: true });
    else pdf.quote(letter.text);
  }
}

function correspondence(pdf: PdfLayout, d: DossierJson, locale: Locale): void {
  const t = dossierTexts[locale];
  pdf.heading(t.sections.correspondence);
  if (d.correspondence.length === 0) {
    pdf.paragraph(t.none);
    return;
  }
  pdf.table(
    [
      { header: t.columns.when, width: 80 },
      { header: t.columns.who, width: 140 },
      { header: t.columns.what, width: pdf.width - 220 },
    ],
    d.correspondence.map((c) => [
      formatDateTime(c.at, locale),
      `${c.direction === "incoming" ? t.correspondence.incoming : t.correspondence.outgoing} ${c.party}${c.careOnly ? ` (${t.correspondence.careOnly})` : ""}`,
      [
        c.summary,
        // The files kept with the item: name, size and the SHA-256 the timeline vouches for.
        ...c.files.map(
          (f) =>
            `${t.correspondence.file}: ${f.name} (${formatFileSize(f.size, locale)}), SHA-256 ${f.sha256}`,
        ),
        `(${c.recordedBy})`,
      ].join("\n"),
    ]),
  );
}

function actionsAndDeadlines(pdf: PdfLayout, d: DossierJson, locale: Locale): void {
  const t = dossierTexts[locale];
  const ui = uiTexts[locale];
  pdf.heading(t.sections.actions);
  if (d.actions.length === 0) pdf.paragraph(t.none);
  else
    pdf.table(
      [
        { header: t.columns.what, width: pdf.width - 240 },
        { header: ui.fields.owner, width: 80 },
        { header: ui.fields.status, width: 70 },
        { header: ui.fields.due, width: 90 },
      ],
      d.actions.map((a) => [
        a.skipReason ? `${a.text} (${a.skipReason})` : a.text,
        ui.roles[a.ownerRole],
        ui.actionStatuses[a.status as keyof typeof ui.actionStatuses] ?? a.status,
        a.dueAt ? formatDateTime(a.dueAt, locale) : "",
      ]),
    );
  pdf.heading(t.sections.deadlines);
  if (d.deadlines.length === 0) pdf.paragraph(t.none);
  else
    pdf.table(
      [
        { header: t.columns.what, width: pdf.width - 250 },
        { header: ui.fields.due, width: 85 },
        { header: t.closed, width: 85 },
        { header: ui.fields.status, width: 80 },
      ],
      d.deadlines.map((deadline) => [
        deadline.description,
        formatDateTime(deadline.dueAt, locale),
        deadline.closedAt ? formatDateTime(deadline.closedAt, locale) : "",
        t.deadlineOutcomes[deadline.outcome],
      ]),
    );
}

function careSections(pdf: PdfLayout, d: DossierJson, locale: Locale): void {
  const t = dossierTexts[locale];
  if (d.interventions !== null) {
    pdf.heading(t.sections.interventions);
    if (d.interventions.length === 0) pdf.paragraph(t.none);
    for (const i of d.interventions) {
      pdf.subheading(i.label);
      pdf.fields([
        [t.intervention.offered, `${formatDateTime(i.offeredAt, locale)}, ${i.offeredBy}`],
        ["", i.detail],
        ["", i.note ?? ""],
        [
          t.intervention.outcome,
          i.outcomeLabel
            ? [i.outcomeLabel, i.outcomeAt ? formatDateTime(i.outcomeAt, locale) : "", i.outcomeNote ?? ""]
                .filter(Boolean)
                .join(", ")
            : t.intervention.pending,
        ],
      ]);
    }
  }
  if (d.careRecord !== null) {
    pdf.heading(t.sections.careRecord);
    const rows = [
      ...d.careRecord.hearings.map((h) => [h.heldAt, h.recordedBy, t.careRecord.hearing, h.notes]),
      ...d.careRecord.assessments.map((a) => [
        a.confirmedAt,
        a.confirmedBy,
        t.careRecord.assessment,
        a.rowLabel,
      ]),
      ...d.careRecord.careNotes.map((n) => [n.at, n.author, t.careRecord.careNote, n.text]),
    ].sort((a, b) => (a[0] ?? "").localeCompare(b[0] ?? ""));
    if (rows.length === 0) pdf.paragraph(t.none);
    else
      pdf.table(
        [
          { header: t.columns.when, width: 80 },
          { header: t.columns.who, width: 105 },
          { header: t.columns.kind, width: 70 },
          { header: t.columns.what, width: pdf.width - 255 },
        ],
        rows.map(([at, who, kind, text]) => [formatDateTime(at, locale), who ?? "", kind ?? "", text ?? ""]),
      );
  }
}

function readiness(pdf: PdfLayout, d: DossierJson, locale: Locale): void {
  const t = dossierTexts[locale];
  pdf.heading(t.sections.readiness);
  pdf.paragraph(t.readiness.neverBlocks, { italic: true });
  for (const condition of d.courtReadiness.conditions) {
    const labels: Record<string, string> = ladderTexts[locale].readiness;
    const label = labels[condition.id] ?? condition.label;
    pdf.subheading(`${condition.met ? t.readiness.met : t.readiness.notMet}: ${label}`);
    for (const line of condition.evidence) pdf.paragraph(`- ${line}`);
  }
  pdf.paragraph(d.courtReadiness.ready ? t.readiness.ready : t.readiness.notReady, { bold: true });
}

export async function renderDossierPdf(
  dossier: DossierJson,
  locale: Locale = dossier.locale,
  options: PdfOptions = {},
): Promise<Buffer> {
  const t = dossierTexts[locale];
  // pdfkit (and its fonts) is loaded at the first dossier PDF, not at every start of the bot.
  const { PdfLayout } = await import("./pdf-layout.ts");
  const pdf = new PdfLayout(
    {
      title: `${t.title} ${t.subtitle(dossier.case.number, dossier.participant.reference)}`,
      subject: t.audience[dossier.audience],
      author: dossier.participant.landlord,
      createdAt: new Date(dossier.generatedAt),
    },
    options.compress ?? true,
  );
  pdf.title(t.title, t.subtitle(dossier.case.number, dossier.participant.reference));
  pdf.paragraph(`${t.audience[dossier.audience]}. ${t.audienceNote[dossier.audience]}`, { bold: true });
  pdf.paragraph(`${t.guideline}. ${t.definition}`);
  const by = dossier.generatedBy.apiKeyPrefix
    ? `${dossier.generatedBy.name} (${t.apiKey(dossier.generatedBy.apiKeyPrefix)})`
    : dossier.generatedBy.name;
  pdf.paragraph(t.generated(formatDateTime(dossier.generatedAt, locale), by), { italic: true });
  summary(pdf, dossier, locale);
  complaints(pdf, dossier, locale);
  timeline(pdf, dossier, locale);
  letters(pdf, dossier, locale);
  correspondence(pdf, dossier, locale);
  actionsAndDeadlines(pdf, dossier, locale);
  careSections(pdf, dossier, locale);
  readiness(pdf, dossier, locale);
  pdf.heading(t.sections.integrity);
  pdf.paragraph(t.integrity(dossier.timeline.length, dossier.timeline.withheld, dossier.timeline.headHash));
  pdf.paragraph(t.verifyHint, { italic: true });
  return pdf.finish((page, pages) => t.page(page, pages, dossier.case.number));
}

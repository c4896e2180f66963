/** English texts of the nuisance dossier export. */
import type { DossierTexts } from "./dossier-texts.ts";

export const dossierEn: DossierTexts = {
  title: "Nuisance dossier",
  subtitle: (caseNumber, reference) => `Case ${caseNumber} - participant ${reference}`,
  audience: { landlord: "Landlord's version", careTeam: "Care provider's version" },
  audienceNote: {
    landlord:
      "Without care content (hearing, assessment, care notes, interventions): housing and care stay separate.",
    careTeam: "Without the complainant's details: only the landlord knows them.",
  },
  guideline: "Richtlijn overlast - Housing First Nederland (February 2023)",
  definition:
    "The nuisance dossier holds all letters sent about the nuisance, all correspondence with third parties and the timeline of what the team did.",
  generated: (at, by) => `Made on ${at} by ${by}.`,
  system: "Nabuur (automatic)",
  apiKey: (prefix) => `API key nbr_${prefix}`,
  sections: {
    summary: "Case summary",
    complaints: "Complaints",
    timeline: "Timeline: what was done",
    letters: "Letters",
    correspondence: "Correspondence with third parties",
    actions: "Agreed actions",
    deadlines: "Deadlines: met and missed",
    interventions: "Interventions (care only)",
    careRecord: "Hearing, assessment and care notes (care only)",
    readiness: "Conditions for Actie 6 (dissolution and eviction)",
    integrity: "Integrity of the timeline",
  },
  fields: {
    caseNumber: "Case number",
    participant: "Participant (reference)",
    dwelling: "Dwelling",
    leaseType: "Lease type",
    careProvider: "Care provider",
    landlord: "Landlord",
    kind: "Kind of case",
    status: "Status",
    step: "Guideline step",
    ladderStep: "Escalation ladder",
    openedAt: "Opened",
    startedAt: "Team started",
    approach: "Approach",
    resolvedAt: "Resolved",
    closedAt: "Closed",
    closure: "Reason for closing",
    courtParty: "Goes to court",
    alternativeAgreed: "Alternative agreed",
    evictedAt: "Evicted on",
  },
  columns: { when: "When", who: "Who", step: "Step", what: "What", kind: "Kind" },
  leaseTypes: {
    own: "Lease in own name",
    intermediary: "Intermediary lease",
    threeParty: "Three-party agreement",
  },
  complaint: {
    heading: (index, type) => `Complaint ${index}: ${type}`,
    occurredAt: "Moment of the nuisance",
    afterTen: "After 10 pm",
    receivedByLandlordAt: "Received by the landlord",
    receivedAt: "Passed to the team",
    passedInTime: (inTime) => (inTime ? "within 24 hours" : "not within 24 hours"),
    justified: (value) => (value === null ? "not assessed yet" : value ? "justified" : "unjustified"),
    wronglyAttributed: "Wrongly attributed to the participant",
    complainant: "Complainant (landlord only)",
    anonymous: "anonymous",
  },
  withheld: {
    careOnly: (count) =>
      count === 1
        ? "1 timeline entry is for the care team only and left out here (it stays in the hash chain)."
        : `${count} timeline entries are for the care team only and left out here (they stay in the hash chain).`,
    landlordOnly: (count) =>
      count === 1
        ? "1 timeline entry is for the landlord only and left out here (it stays in the hash chain)."
        : `${count} timeline entries are for the landlord only and left out here (they stay in the hash chain).`,
    anonymised: (count) =>
      count === 1
        ? "1 timeline entry was anonymised after its retention period and is left out here (it stays in the hash chain)."
        : `${count} timeline entries were anonymised after their retention period and are left out here (they stay in the hash chain).`,
  },
  letter: {
    sent: "Sent",
    registered: "Registered mail",
    signedForSeen: "Signed 'voor gezien'",
    recordedBy: "Recorded by",
    draft: "Draft (not sent yet)",
    noText: "The text of this letter is not stored in Nabuur.",
  },
  correspondence: { incoming: "Received from", outgoing: "Sent to", careOnly: "care only", file: "File" },
  deadlineOutcomes: {
    met: "Met",
    late: "Late",
    overdue: "Overdue",
    running: "Running",
    cancelled: "Cancelled",
  },
  due: "due",
  closed: "Completed",
  yes: "yes",
  no: "no",
  none: "None.",
  notYet: "not yet",
  intervention: { offered: "Offered", outcome: "Outcome", pending: "no outcome yet" },
  careRecord: { hearing: "Hearing", assessment: "Assessment", careNote: "Care note" },
  readiness: {
    met: "Met",
    notMet: "Not met",
    ready: "The dossier holds all three conditions.",
    notReady: "The dossier does not hold all three conditions yet.",
    neverBlocks:
      "The court only evicts when a nuisance dossier exists, specific agreements were broken and everything possible was done to stop the behaviour.",
  },
  evidence: {
    letters: (count) => (count === 1 ? "1 letter recorded" : `${count} letters recorded`),
    timeline: (count) => (count === 1 ? "1 timeline entry" : `${count} timeline entries`),
    breaches: (count) =>
      count === 1 ? "1 broken agreement recorded" : `${count} broken agreements recorded`,
    interventions: (offered, unsuccessful, declined, pending) =>
      `${offered === 1 ? "1 intervention" : `${offered} interventions`} offered: ${unsuccessful} unsuccessful, ${declined} declined by the participant, ${pending} pending`,
  },
  integrity: (length, withheld, head) =>
    `The timeline has ${length} entries (${withheld} left out), each linked to the previous one by a SHA-256 hash. Last hash: ${head}.`,
  verifyHint: "Verify the JSON version of this dossier with: npm run dossier:verify -- <dossier.json>",
  page: (page, pages, caseNumber) => `Nuisance dossier case ${caseNumber} - page ${page} of ${pages}`,
  fallbackEvents: {
    nudge: (stage, rule, due) => `Reminder (${stage}): ${rule}, due ${due}.`,
    done: (rule) => `Deadline completed: ${rule}.`,
    extended: (rule, due) => `Deadline extended: ${rule}, now due ${due}.`,
    handedOver: (rule) => `Deadline handed over: ${rule}.`,
    reopened: (rule) => `Deadline reopened: ${rule}.`,
  },
  nudgeStages: { headsUp: "heads-up", due: "due today", overdue: "overdue" },
  command: {
    usage:
      "Usage: /nabuur dossier <case number> [pdf|json]. You get the case's nuisance dossier as a PDF (for the court) and as JSON (to verify the timeline).",
    notFound: (number) => `Case ${number} was not found, or you have no access to it.`,
    ready: (number, audience, files) =>
      `The nuisance dossier of case ${number} (${audience.toLowerCase()}) is ready: ${files}. Only you receive it; your access was logged.`,
    fileTitle: (number, audience, format) => `Nuisance dossier case ${number} — ${audience} (${format})`,
  },
  fileNames: { landlord: "verhuurder", careTeam: "zorg" },
};

/** English texts of the case cards. */
import type { UiTexts } from "./ui-types.ts";

export const en: UiTexts = {
  complaintTypes: {
    noise: "Noise",
    smell: "Smell",
    visitors: "Visitors",
    publicSpace: "Street / public space",
    other: "Other nuisance",
  },
  statuses: { open: "Open", resolved: "Resolved", closed: "Closed" },
  steps: {
    prevention: "Prevention",
    signal: "Signals",
    actie1: "Actie 1: contact within 1 working day",
    actie2: "Actie 2: complaint assessment",
    actie3: "Actie 3: warning letter",
    actie4: "Actie 4: second warning letter",
    actie5: "Actie 5: summons letter",
    actie6: "Actie 6: dissolution",
    afterEviction: "After the eviction: new chances",
    closure: "Closure",
    cooperation: "Maintaining cooperation",
  },
  roles: {
    careTeamMember: "support worker",
    coordinator: "coordinator",
    landlordStaff: "landlord",
    partner: "partner",
    admin: "admin",
  },
  caseKinds: { nuisance: "Nuisance", participantReport: "Report by the participant" },
  closeReasons: {
    resolved: "Nuisance resolved",
    wronglyAttributed: "Wrongly attributed to the participant",
    participantReportHandled: "Participant's report handled",
    other: "Other reason",
  },
  deadlineRules: {
    "guideline.actie1.passToTeam": "Landlord passes the complaint on within 24 hours",
    "guideline.actie1.startAndReport": "Team starts and reports back (1 working day)",
    "guideline.signal.share48h": "Share the signal within 48 hours",
    "guideline.check.fourWeeks": "After about four weeks check for new complaints",
    "guideline.followUp.sixWeeks": "After six weeks ask whether the complaints stopped",
    "guideline.resolution.threeMonths": "Nuisance resolved within 3 months",
    "team.assessment.hearing": "Meeting with the participant (hearing)",
    "team.action.default": "Agreed action",
    "team.letter.discuss": "Discuss the letter with the participant",
    "team.legalAdvice": "Legal advice",
    "team.onboarding.item": "Onboarding item",
    "team.reflection.meeting": "Reflection and evaluation meeting with all parties",
    "team.cooperation.yearly": "Yearly meeting",
    "team.complainant.update": "Keep the complainants informed",
    "team.timeOut.return": "Return home after the time-out",
    "team.advocacy.housing": "Advocacy for alternative housing",
  },
  contactMeans: {
    phone: "by phone",
    visit: "in person",
    letter: "by letter",
    email: "by email",
    other: "otherwise",
  },
  actionStatuses: { proposed: "Proposed", accepted: "Agreed", done: "Done", skipped: "Skipped" },
  caseTitle: (n, ref) => `Case ${n} — participant ${ref}`,
  reportTitle: (n, ref) => `Report by participant ${ref} (${n})`,
  doesNotCount: "Does not count",
  doesNotCountExplained:
    "Does not count against the participant: a report by the participant has no negative effect on their trajectory.",
  fields: {
    participant: "Participant",
    type: "Type of nuisance",
    status: "Status",
    step: "Step",
    ladder: "Escalation",
    occurredAt: "When",
    receivedByLandlordAt: "Received by landlord",
    afterTen: "After 22:00",
    description: "Description",
    owner: "Owner",
    due: "Due",
  },
  yes: "yes",
  no: "no",
  none: "none",
  agreedActions: "Agreed actions",
  landlordActions: {
    heading: "The landlord's actions",
    hint: "Landlord staff accept, finish or skip them (with a reason).",
  },
  deadlines: "Deadlines",
  complaintsHeading: (count) => (count === 1 ? "Complaint" : `Complaints (${count})`),
  started: "Team has started",
  notStarted: "Team has not started yet",
  closedBecause: (reason) => `Closed: ${reason}`,
  complaintMarks: {
    anonymous: "complainant anonymous",
    passedLate: "⚠️ passed on more than 24 hours after receipt",
  },
  buttons: {
    start: "Start and report back",
    resolve: "Nuisance resolved",
    close: "Close case",
    extendDeadline: "Extend deadline",
    summary: "Summary",
    dossier: "Dossier",
    hearing: "Record hearing",
    confirm: "Confirm assessment",
    accept: "Accept",
    change: "Change",
    skip: "Skip",
    done: "Done",
    addAction: "Add action",
    careNote: "Care note",
    writtenFeedback: "Report in writing",
    consentYes: "Participant consents to neighbour mediation",
    consentNo: "Participant does not consent",
    takeStep: (step) => `To ${step}`,
    skipStep: "Do not take (with reason)",
    recordLetter: "Record letter",
    intervention: "Record intervention",
    interventionOutcome: "Intervention outcome",
    courtPath: "Going to court",
    breach: "Broken agreement",
    alternative: "Alternative agreed",
    eviction: "Record eviction",
    supportAfterEviction: "Support after eviction",
    reflection: "Reflection meeting held",
    recordDone: "Done — record how",
    complainantUpdate: "Complainants updated",
    planReturn: "Plan the return",
    recordReturn: "Record the return",
    advocacyStep: "Record a step",
  },
  confirmStep: {
    takeStep: {
      title: "Take this step?",
      text: (step) =>
        `${step}: the step goes into the dossier and the participant and the landlord will notice it. This cannot be undone.`,
      confirm: "Yes, take the step",
    },
    resolve: {
      title: "Nuisance resolved?",
      text: "The case is closed as resolved and every deadline stops. This cannot be undone.",
      confirm: "Yes, close",
    },
    deny: "Cancel",
  },
  nextSteps: {
    title: (n) => `How we handle case ${n}`,
    nuisance: [
      "Actie 1: the team starts on the complaint within 1 working day and tells the landlord how it will be handled.",
      "The landlord keeps the contact with the complainant.",
      "Actie 2: the support worker discusses the complaint with the participant (hearing) and assesses: conscious or unconscious behaviour, justified or not according to participant and worker.",
      "Nabuur then proposes the guideline's follow-up actions; team and landlord choose, adjust or skip them (with a reason).",
      "After about four weeks we ask the landlord, the nuisance hotline and the community police officer about new complaints. Goal: nuisance resolved within 3 months.",
    ],
    participantReport: [
      "The participant reports nuisance they experience, being bullied or being wrongly blamed.",
      "The support worker discusses the report with the participant; the landlord picks it up and reports back.",
      "This report does not count and has no negative effect on the participant's trajectory.",
    ],
  },
  assignment: {
    title: (n) => `New case ${n} for you`,
    intro: (ref, type) => `A complaint came in about participant ${ref}: ${type}.`,
    startBefore: (due) => `Start by ${due} and tell the landlord how the complaint will be handled.`,
    report: "The participant made a report. It does not count against their trajectory.",
    started: (at) => `✅ Started on ${at}; the landlord knows how the complaint will be handled.`,
  },
  complaintAdded: {
    title: (n) => `New complaint on case ${n}`,
    intro: (ref, type, step) =>
      `A new complaint about participant ${ref} was added to the case: ${type}. The case is at ${step}.`,
    assess:
      "Discuss the complaint with the participant (hearing) and assess it: the new assessment is in the care team's case thread.",
  },
  assessment: {
    careOnly: "Care team only: the assessment is not shown in the shared channel.",
    noHearingYet: "No hearing recorded yet: discuss the complaint with the participant first.",
    hearingRecorded: "The hearing is recorded.",
    answerAll: "Answer the three questions; then you can confirm the assessment.",
    reassessment: "Re-assessment: only proposals nobody decided on yet are replaced.",
    confirmed: "Confirmed",
    complaints: "Complaints in this assessment",
    ofCase: (n, ref) => `Case ${n} (${ref})`,
    complaint: (number, type) => `complaint ${number}: ${type}`,
    replaced: (own, by) =>
      `This assessment belongs to complaint ${own} and was replaced by the assessment of complaint ${by}, further down the case thread.`,
  },
  proposal: {
    title: (n) => `Follow-up actions case ${n}`,
    careOnly: "Care team only. The landlord sees the agreed actions that concern them.",
    mediationConsent: (c) =>
      c === null
        ? "Participant's consent to neighbour mediation: not asked yet"
        : `Participant's consent to neighbour mediation: ${c ? "yes" : "no"}`,
    closedActions: "Done or skipped",
    moreActions: (count) => `And ${count} more actions; see the summary.`,
    careOnlyTag: "care only",
    landlordDecidesTag: "the landlord decides on the case card",
  },
  ladder: {
    current: "Current step",
    proposed: "Proposed",
    proposedByPerson: (reason) => `Proposed by a team member: ${reason}`,
    counting: (count) =>
      count === 1 ? "1 justified complaint counts" : `${count} justified complaints count`,
    preconditions: (step) => `Preconditions for ${step}`,
    met: "met",
    unmet: "not met",
    takenWithUnmet: (step, list) => `${step} taken while these were not met: ${list}`,
    letters: "Letters",
    letterLine: (letter, date, registered, signed) =>
      `${letter} — ${date}${registered ? ", registered" : ""}${signed ? ", signed 'voor gezien'" : ""}`,
    interventions: (offered, pending, unsuccessful) =>
      `Interventions: ${offered} offered, ${pending} running, ${unsuccessful} unsuccessful`,
    readiness: "Before Actie 6: what the court looks for",
    court: (party) => `Going to court: ${party}`,
    alternativeAgreed: "The participant agrees to alternative housing and care: no court case needed.",
    evictedDespiteAlternative:
      "Contradiction: the participant agreed to alternative housing and care (no court case needed), yet an eviction was recorded. This is in the dossier.",
    evicted: (date) =>
      `Eviction recorded on ${date}. Support continues unless the participant does not want it.`,
    reflectionPlanned: (date) => `Reflection and evaluation with all parties: by ${date}.`,
    reflectionHeld: (date) => `Reflection and evaluation with all parties held on ${date}.`,
    neverBlocks: "Nabuur proposes; you decide. Unmet preconditions are recorded, never blocking.",
  },
  summary: {
    title: (n) => `Summary of case ${n}`,
    forAudience: { shared: "Shared channel", careTeam: "Care team", landlord: "Landlord" },
    hearings: "Hearings",
    assessments: "Assessments",
    careNotes: "Care notes",
    interventions: "Interventions",
    supportAfterEviction: (continues) =>
      continues
        ? "Support after the eviction: continues."
        : "Support after the eviction: the participant explicitly wants no more support.",
    letters: "Letters",
    returnHome: (planned, returned) =>
      returned !== null
        ? `Returned home on ${returned}.`
        : planned !== null
          ? `Return home planned for ${planned}.`
          : "Return home not planned yet.",
    advocacy: "Advocacy for alternative housing",
    complainantUpdates: (count, last) =>
      count === 0
        ? "The complainants have not been updated yet."
        : `The complainants were updated ${count} times, last on ${last}.`,
    daily: "daily",
  },
  prompts: {
    actionProposed: {
      title: (action, n) => `Proposal case ${n}: ${action}`,
      landlordDecides:
        "The landlord leads on informing the neighbourhood. You decide whether and how: accept the proposal, record how it was done, or skip it with a reason. Do not name complainants in the shared channel.",
    },
    returnHome: {
      title: (n) => `Return home — case ${n}`,
      intro: (ref, reason) =>
        `A time-out was recorded for ${ref} (${reason}). Afterwards the participant can return home: plan the return and record it when it happens.`,
      planBefore: (due) => `Plan the return by ${due}.`,
    },
    advocacy: {
      title: (n) => `Advocacy for alternative housing — case ${n}`,
      intro: (ref) =>
        `After the eviction of ${ref} the team advocates for decent, alternative housing and for preventing a return to homelessness. Accept the proposal and record each step: whom you contacted and what came of it.`,
    },
    careOnly: "Care team only; none of this goes to the landlord or the shared channel.",
  },
  careNote: { title: (n) => `Care note case ${n}`, careOnly: "Care team only." },
  writtenFeedback: { title: (n) => `Written feedback case ${n}`, agreed: "Agreed actions" },
  complainant: {
    title: (n) => `Complainant of case ${n}`,
    landlordOnly: "Landlord staff only. Do not share.",
    name: "Name",
    contact: "Contact",
    anonymous: "The complainant wishes to remain anonymous.",
  },
  update: { title: (n, ref) => `Case ${n} — ${ref}` },
};

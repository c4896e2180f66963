/** Dutch descriptions of the timeline events (dossier export, thread updates). */
import type { TimelineDescriptions } from "./timeline-events.ts";

export const timelineNl: TimelineDescriptions = {
  "complaint.received": (r) =>
    `Klacht ontvangen (Actie 1): ${r.complaintType()}${r.b("afterTen") ? ", na 22:00" : ""}. ` +
    `Door de verhuurder ontvangen op ${r.date("receivedByLandlordAt")}; ` +
    (r.b("passedToTeamInTime")
      ? "binnen 24 uur doorgegeven aan het team."
      : "niet binnen 24 uur doorgegeven aan het team."),
  "complaint.added": (r) =>
    `Nieuwe klacht toegevoegd: ${r.complaintType()}${r.b("afterTen") ? ", na 22:00" : ""}; ` +
    (r.b("passedToTeamInTime") ? "binnen 24 uur doorgegeven." : "niet binnen 24 uur doorgegeven."),
  "complainant.recorded": (r) =>
    r.b("anonymous")
      ? "Klager wil anoniem blijven (alleen bij de verhuurder bekend)."
      : "Gegevens klager vastgelegd bij de verhuurder.",
  "report.received": (r) =>
    `Melding van de deelnemer ontvangen: ${r.complaintType()}. Telt niet mee voor het traject van de deelnemer.`,
  "case.assigned": (r) =>
    r.s("supportWorkerId") === ""
      ? "Nog geen begeleider toegewezen."
      : "Zaak toegewezen aan de begeleider van de deelnemer.",
  "case.started": (r) =>
    `Team is met de klacht gestart en heeft de verhuurder teruggekoppeld hoe de klacht wordt behandeld` +
    `${r.b("inTime") ? " (binnen de termijn)" : " (na de termijn)"}${r.note("approach")}`,
  "hearing.recorded": (r) => `Wederhoor met de deelnemer op ${r.date("heldAt")}${r.note("notes")}`,
  "assessment.answered": (r) => `Beoordeling, antwoord gekozen: ${r.answer()}`,
  "assessment.confirmed": (r) =>
    `Beoordeling bevestigd: ${r.row()}` +
    (r.s("source") === "derived"
      ? ` (afgeleid volgens Nabuur-regel: ${r.derivedRules()})`
      : " (schema richtlijn)") +
    (r.b("hearingRecorded") ? "." : "; zonder vastgelegde wederhoor."),
  "assessment.completed": (r) =>
    `Klacht beoordeeld na wederhoor; ${r.n("proposedActions")} vervolgacties voorgesteld.`,
  "actions.replaced": (r) => `Herbeoordeling: ${r.n("count")} nog niet besloten voorstellen vervangen.`,
  "action.proposed": (r) => `Actie voorgesteld: ${r.action()} (${r.role()})`,
  "action.accepted": (r) =>
    `Actie afgesproken: ${r.action()}${r.s("dueAt") === "" ? "" : ` (uiterlijk ${r.date("dueAt")})`}`,
  "action.changed": (r) =>
    `Actie aangepast en afgesproken: ${r.action()} (${r.role()})${r.s("dueAt") === "" ? "" : `, uiterlijk ${r.date("dueAt")}`}`,
  "action.skipped": (r) => `Actie overgeslagen: ${r.action()}. Reden: ${r.s("reason")}`,
  "action.added": (r) =>
    `Actie toegevoegd: ${r.action()} (${r.role()})${r.s("dueAt") === "" ? "" : `, uiterlijk ${r.date("dueAt")}`}`,
  "action.done": (r) => `Actie afgerond: ${r.action()}${r.note("note", ". Notitie: ")}`,
  "deadline.extended": (r) =>
    `Termijn verlengd van ${r.date("previousDueAt")} naar ${r.date("dueAt")}. Reden: ${r.s("reason")}`,
  "noiseMeasurement.requested": (r) => `Geluidsmeting aangevraagd bij de verhuurder${r.note("note")}`,
  "mediation.consentRecorded": (r) =>
    r.b("consent")
      ? "Deelnemer stemt in met buurtbemiddeling."
      : "Deelnemer stemt niet in met buurtbemiddeling.",
  "writtenFeedback.sent": (r) =>
    `Acties en afspraken schriftelijk teruggekoppeld aan de verhuurder: ${r.s("text")}`,
  "careRecord.registered": (r) => `Acties en klachten geregistreerd in het zorgdossier${r.note("note")}`,
  "careNote.added": (r) => `Zorgnotitie: ${r.s("text")}`,
  "check.fourWeeks.done": (r) =>
    `Controle na vier weken bij verhuurder, meldpunt en wijkagent: ` +
    `${r.b("newComplaintsFound") ? "nieuwe meldingen gevonden" : "geen nieuwe meldingen"}${r.note("note", ". ")}`,
  "followUp.sixWeeks.done": (r) =>
    `Navraag na zes weken: ${r.b("complaintsStopped") ? "de klachten zijn verholpen" : "de klachten zijn niet verholpen"}${r.note("note", ". ")}`,
  "complainants.updated": (r) =>
    `Verhuurder heeft de klagers op de hoogte gebracht op ${r.date("at")} (${r.lookup(r.ui().contactMeans, "how")})${r.note("note", ". Notitie: ")}`,
  "escalation.proposed": (r) =>
    `Escalatie voorgesteld: ${r.step()} — ${r.lookup(r.ladder().situations, "situation")}` +
    ` (${r.n("countingComplaints")} terechte klachten tellen mee)${r.note("reason", ". Reden: ")}`,
  "escalation.skipped": (r) => `Voorgestelde escalatie niet gezet: ${r.step()}. Reden: ${r.s("reason")}`,
  "escalation.withdrawn": (r) =>
    `Voorgestelde escalatie ingetrokken: ${r.step()}. De klacht is opnieuw beoordeeld en telt niet meer mee.`,
  "ladder.stepTaken": (r) =>
    `${r.step()} gezet (${r.lookup(r.ladder().situations, "situation")})` +
    (r.n("unmetCount") > 0 ? `. Niet voldaan: ${r.preconditions()}` : ".") +
    r.note("despiteAlternative", " In tegenspraak met het afgesproken alternatief (geen rechtszaak nodig): "),
  "letter.recorded": (r) =>
    `${r.lookup(r.ladder().letters, "letter")} verstuurd op ${r.date("sentAt")}` +
    `${r.b("registered") ? ", aangetekend" : ""}${r.b("signedForSeen") ? ", getekend 'voor gezien'" : ""}` +
    (r.b("complete") ? "." : ". Let op: niet aangetekend of niet 'voor gezien' getekend."),
  "letter.drafted": (r) => `Concept opgesteld: ${r.lookup(r.ladder().letters, "letter")}.`,
  "correspondence.recorded": (r) =>
    `Correspondentie ${r.s("direction") === "incoming" ? "ontvangen van" : "verstuurd aan"} ${r.s("thirdParty")} op ${r.date("at")}: ${r.s("summary")}`,
  "correspondence.fileAttached": (r) =>
    `Bestand ${r.s("fileName")} (${r.n("size")} bytes) bewaard bij de correspondentie; SHA-256 ${r.s("sha256")}.`,
  "intervention.offered": (r) =>
    `${r.lookup(r.ladder().interventions, "intervention")} aangeboden` +
    (r.s("timeOutReason") === "" ? "" : ` (${r.lookup(r.ladder().timeOutReasons, "timeOutReason")})`) +
    (r.s("participantDecision") === ""
      ? ""
      : ` — ${r.lookup(r.ladder().participantDecisions, "participantDecision")}`) +
    (r.b("daily") ? " — dagelijks" : "") +
    r.note("description", " — ") +
    r.note("note", ". "),
  "intervention.registered": () =>
    "Interventie aangeboden om escalatie te voorkomen (details in het zorgdossier).",
  "intervention.outcome": (r) =>
    `Uitkomst interventie: ${r.lookup(r.ladder().outcomes, "outcome")}${r.note("note", ". ")}`,
  "return.planned": (r) =>
    `Terugkeer naar de eigen woning na de time-out gepland op ${r.date("plannedAt")}${r.note("note", ". ")}`,
  "return.recorded": (r) =>
    `Deelnemer teruggekeerd naar de eigen woning op ${r.date("returnedAt")}${r.note("note", ". ")}`,
  "legalAdvice.requested": (r) => `Juridisch advies gevraagd (${r.step()})${r.note("note", ". ")}`,
  "agreement.breachRecorded": (r) => `Specifieke afspraak niet nagekomen: ${r.s("description")}`,
  "court.pathDecided": (r) =>
    `Naar de rechter gaat ${r.lookup(r.ladder().courtParties, "party")}${r.note("agreement", " (afspraak: ")}${r.s("agreement") === "" ? "" : ")"}.`,
  "alternative.agreed": (r) =>
    `Deelnemer stemt in met alternatieve huisvesting en zorg; geen gerechtelijke procedure nodig: ${r.s("description")}`,
  "eviction.recorded": (r) =>
    `Ontruiming op ${r.date("evictedAt")}` +
    (r.n("unmetCount") > 0 ? `. Niet voldaan: ${r.preconditions()}` : "."),
  "support.afterEviction": (r) =>
    r.b("continues")
      ? `Begeleiding gaat door na de ontruiming${r.note("note", ". ")}`
      : `Deelnemer wil nadrukkelijk geen begeleiding meer na de ontruiming${r.note("note", ". ")}`,
  "reflection.scheduled": (r) =>
    `Reflectie- en evaluatiemoment met alle partijen gepland, uiterlijk ${r.date("dueAt")}.`,
  "reflection.held": (r) => `Reflectie- en evaluatiemoment gehouden op ${r.date("heldAt")}.`,
  "advocacy.stepRecorded": (r) =>
    `Pleitbezorging alternatieve huisvesting: contact met ${r.s("contacted")}. Uitkomst: ${r.s("outcome")}`,
  "case.resolved": (r) =>
    `Overlast verholpen${r.b("withinThreeMonths") ? " binnen 3 maanden" : " (na meer dan 3 maanden)"}${r.note("note", ". ")}`,
  "case.closed": (r) => `Zaak gesloten: ${r.closeReason()}${r.note("text", ". ")}`,
  "complaints.wronglyAttributed": (r) =>
    `${r.n("count")} klacht(en) ten onrechte aan de deelnemer toegeschreven; deze tellen niet mee.`,
  "case.anonymised": (r) =>
    (r.s("part") === "care"
      ? "Zorggegevens geanonimiseerd"
      : "Zaak geanonimiseerd: persoonsgegevens en de koppeling met de deelnemer verwijderd") +
    ` na de bewaartermijn van ${r.n("retentionDays")} dagen na sluiting (AVG); ` +
    `${r.n("redactedEntries")} tijdlijnregels aangepast, de hashketen blijft controleerbaar.`,
  "legalHold.set": (r) =>
    `Bewaarplicht (legal hold) ingesteld: de zaak wordt niet geanonimiseerd zolang die geldt${r.note("reason", ". Reden: ")}`,
  "legalHold.lifted": (r) =>
    `Bewaarplicht (legal hold) opgeheven: de bewaartermijnen gelden weer${r.note("reason", ". Reden: ")}`,
};

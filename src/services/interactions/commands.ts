/**
 * /overlast, /signaal and /nabuur (Slack slash commands; Teams messages to the bot). The words are
 * Dutch, as the people using them speak; `/nabuur help` lists them.
 */

import { type Card, caseSummaryView } from "../../flows/cards/card.ts";
import { cardForViewer } from "../../flows/cards/for-viewer.ts";
import { renderCard } from "../../flows/cards/render.ts";
import { caseSummarySpec } from "../../flows/cases/card-specs.ts";
import { complaintIntakeForm } from "../../flows/cases/forms/intake-form.ts";
import type { CaseState } from "../../flows/cases/state.ts";
import type { Audience, Locale, Role } from "../../flows/model.ts";
import { buildRegistrationForm } from "../../flows/participants/forms.ts";
import { may } from "../../flows/policy/permissions.ts";
import { renderReportCard } from "../../flows/reports/cooperation-report.ts";
import { buildLogSignalForm } from "../../flows/signals/forms.ts";
import { findComplainantIdentities, loadCase, loadCaseByNumber } from "../../store/cases/case-repository.ts";
import { bindChannel } from "../../store/channels/channel-bindings.ts";
import { logAccess } from "../../store/dossier/access-log.ts";
import {
  actorOf,
  findMemberBySlackUser,
  listMembersOfOrganisations,
  listOrganisations,
  type MemberView,
  setMemberLocale,
  setMemberRole,
} from "../../store/members/members.ts";
import { findParticipantByReference } from "../../store/participants/participant-repository.ts";
import { myDeadlinesSpec, teamOverviewSpec } from "../deadline-service.ts";
import { dossierForPerson } from "../dossier/dossier-command.ts";
import { guidelineReport } from "../reports/guideline-report.ts";
import { type ServiceRuntime, transact } from "../runtime.ts";
import { scopeOf } from "../scope.ts";
import { type Acting, done } from "./module.ts";
import { memberOptions, participantOptions, sphereOrganisationIds } from "./options.ts";
import { requireRole } from "./route-guard.ts";
import { letterCommand } from "./routes/actie3-5-escalation.ts";
import { cooperationCommand } from "./routes/onderhoud-samenwerking.ts";
import { correspondenceCommand, correspondenceFileCommand } from "./routes/zaak-en-dossier.ts";
import { botTexts } from "./texts.ts";
import type { Interaction, InteractionResult } from "./types.ts";

type CommandInteraction = Extract<Interaction, { kind: "command" }>;

/** The words of the command that keeps a sent file with a case's correspondence. */
const FILE_COMMAND_WORDS = ["bestand", "file"];

/** Dutch (and English) role words → roles, for `/nabuur lid @iemand <rol>`. */
const ROLE_WORDS: Record<string, Role> = {
  begeleider: "careTeamMember",
  supportworker: "careTeamMember",
  coordinator: "coordinator",
  coördinator: "coordinator",
  verhuurder: "landlordStaff",
  woonconsulent: "landlordStaff",
  landlord: "landlordStaff",
  partner: "partner",
  beheerder: "admin",
  admin: "admin",
};

/** Which organisation kinds a role belongs to. */
const ROLE_ORGANISATIONS: Record<Role, string[]> = {
  careTeamMember: ["careProvider"],
  coordinator: ["careProvider"],
  landlordStaff: ["landlord"],
  partner: ["municipality", "police"],
  admin: ["careProvider", "landlord", "municipality", "police"],
};

function audienceOf(role: Role): Audience | null {
  if (role === "careTeamMember" || role === "coordinator") return "careTeam";
  if (role === "landlordStaff") return "landlord";
  return null;
}

/** A case summary for this member: only the buttons their role may use on a case of this kind. */
function summaryCard(state: CaseState, audience: Audience, role: Role, locale: Locale, now: Date): Card {
  return cardForViewer(renderCard(caseSummarySpec(state, audience, now), locale), role, state.kind);
}

/**
 * A care team member's summary of a case as it is now (the view `case:<id>`): what `zaak <nr>`
 * showed them, built again. Null when they may no longer see it as the care team.
 */
export async function currentCaseSummary(
  runtime: ServiceRuntime,
  member: MemberView,
  caseId: string,
  locale: Locale,
): Promise<Card | null> {
  if (audienceOf(member.role) !== "careTeam") return null;
  const loaded = await loadCase(runtime.prisma, caseId);
  if (!loaded) return null;
  const scope = await scopeOf(runtime.prisma, loaded.state.participant);
  if (!may(actorOf(member), "viewCase", scope)) return null;
  const card = summaryCard(loaded.state, "careTeam", member.role, locale, runtime.clock.now());
  return { ...card, view: caseSummaryView(caseId) };
}

async function caseSummary(acting: Acting, numberText: string): Promise<InteractionResult> {
  const t = botTexts(acting.locale);
  const number = Number.parseInt(numberText.replace(/^#/, ""), 10);
  const loaded = Number.isSafeInteger(number) ? await loadCaseByNumber(acting.runtime.prisma, number) : null;
  if (!loaded) return done(t.caseNotFound(numberText));
  const { state } = loaded;
  const scope = await scopeOf(acting.runtime.prisma, state.participant);
  if (!may(acting.actor, "viewCase", scope)) return done(t.caseNotFound(numberText));
  const audience = audienceOf(acting.member.role);
  if (!audience) {
    // Partners and admins: status and step only (SPEC §6: "partner: limited").
    return done(
      `${state.participant.reference} — ${t.partnerSummary(state.number, state.status, state.step)}`,
    );
  }
  // Shown to this person only: the buttons their role may use on a case of this kind.
  const card = summaryCard(state, audience, acting.member.role, acting.locale, acting.runtime.clock.now());
  // The care team's summary is a view: where it stays on screen (Teams' personal chat), it is built
  // again after later changes of the case. Landlord staff's may hold the complainant's details,
  // whose every showing is logged: it stays as it was shown.
  if (audience === "careTeam") return { type: "reply", card: { ...card, view: caseSummaryView(state.id) } };
  if (!may(acting.actor, "viewComplainantIdentity", scope)) {
    return { type: "reply", card };
  }
  // The complainant's identity: landlord staff only, and logged as an access to the dossier.
  const identities = await findComplainantIdentities(acting.runtime.prisma, state.id);
  await logAccess(acting.runtime.prisma, {
    memberId: acting.member.id,
    apiKeyId: null,
    action: "viewComplainantIdentity",
    subject: `case:${state.id}`,
  });
  const extra: Card[] = identities.map((identity) =>
    renderCard(
      {
        kind: "case.complainantDetails",
        caseNumber: state.number,
        name: identity.name,
        contact: identity.contact,
      },
      acting.locale,
    ),
  );
  // The complainant's details go above the summary's buttons.
  const buttons = card.blocks.filter((block) => block.type === "actions");
  const content = card.blocks.filter((block) => block.type !== "actions");
  return {
    type: "reply",
    card: { summary: card.summary, blocks: [...content, ...extra.flatMap((c) => c.blocks), ...buttons] },
  };
}

async function setRole(
  acting: Acting,
  command: CommandInteraction,
  roleWord: string | undefined,
): Promise<InteractionResult> {
  const t = botTexts(acting.locale);
  const mention = command.mentions[0];
  const role = roleWord ? ROLE_WORDS[roleWord.toLowerCase()] : undefined;
  if (!mention || !role) return done(t.usageMember);
  if (acting.member.role !== "admin") return done(t.denied);
  if (!ROLE_ORGANISATIONS[role].includes(acting.member.organisationKind))
    return done(t.roleNotInOrganisation);
  const { platform, workspaceId } = acting.where;
  const existing =
    platform === "slack" ? await findMemberBySlackUser(acting.runtime.prisma, mention.platformUserId) : null;
  if (existing && existing.organisationId !== acting.member.organisationId)
    return done(t.memberOfOtherOrganisation);
  await setMemberRole(acting.runtime.prisma, {
    platform,
    platformUserId: mention.platformUserId,
    workspaceId,
    organisationId: acting.member.organisationId,
    role,
    displayName: mention.displayName,
  });
  return done(t.memberSet(mention.displayName, t.roles[role]));
}

async function bindThisChannel(acting: Acting, args: string[]): Promise<InteractionResult> {
  const t = botTexts(acting.locale);
  const [kindWord, ...nameWords] = args;
  const kind =
    kindWord === "gedeeld" || kindWord === "shared" ? "shared" : kindWord === "team" ? "careTeam" : null;
  const channelId = acting.where.channelId;
  if (!kind || !channelId) return done(t.usageChannel);
  if (acting.member.organisationKind !== "careProvider") return done(t.denied);
  let landlordId: string | null = null;
  if (kind === "shared") {
    const name = nameWords.join(" ").trim().toLowerCase();
    const landlord = (await listOrganisations(acting.runtime.prisma)).find(
      (organisation) => organisation.kind === "landlord" && organisation.name.toLowerCase() === name,
    );
    if (!landlord) return done(name ? t.landlordNotFound(name) : t.usageChannel);
    landlordId = landlord.id;
  }
  const scope = await scopeOf(acting.runtime.prisma, {
    careProviderId: acting.member.organisationId,
    landlordId: landlordId ?? acting.member.organisationId,
  });
  if (!may(acting.actor, "bindChannel", scope)) return done(t.denied);
  const released = await transact(acting.runtime, (tx) =>
    bindChannel(
      tx,
      {
        platform: acting.where.platform,
        kind,
        channelId,
        workspaceId: acting.where.workspaceId,
        careProviderId: acting.member.organisationId,
        landlordId,
        createdById: acting.member.id,
      },
      acting.runtime.clock.now(),
    ),
  );
  // Said in the channel itself: which channel it is now concerns everyone there.
  return { type: "done", notice: t.channelBound(kind, released), inConversation: true };
}

async function registrationForm(acting: Acting): Promise<InteractionResult> {
  // Preventie is the care provider's: other roles do not get the form at all.
  requireRole(acting.actor, "registerParticipant");
  const prisma = acting.runtime.prisma;
  const organisations = await listOrganisations(prisma);
  const careProviders = organisations.filter(
    (organisation) =>
      organisation.kind === "careProvider" && organisation.id === acting.member.organisationId,
  );
  const landlords = organisations.filter((organisation) => organisation.kind === "landlord");
  const members = await listMembersOfOrganisations(prisma, [
    ...careProviders.map((organisation) => organisation.id),
    ...landlords.map((organisation) => organisation.id),
  ]);
  const option = (organisation: { id: string; name: string }) => ({
    value: organisation.id,
    label: organisation.name,
  });
  return {
    type: "openForm",
    form: buildRegistrationForm(
      {
        careProviders: careProviders.map(option),
        landlords: landlords.map(option),
        careTeamMembers: memberOptions(members.filter((member) => member.role === "careTeamMember")),
        landlordStaff: memberOptions(members.filter((member) => member.role === "landlordStaff")),
        coordinators: memberOptions(members.filter((member) => member.role === "coordinator")),
      },
      acting.locale,
    ),
  };
}

async function complaintForm(acting: Acting, text: string): Promise<InteractionResult> {
  requireRole(acting.actor, "fileComplaint");
  const t = botTexts(acting.locale);
  const participants = await participantOptions(acting.runtime.prisma, acting.member);
  if (participants.length === 0) return done(t.noParticipants);
  const [referenceWord, ...rest] = text.trim().split(/\s+/);
  const form = complaintIntakeForm({ participants, locale: acting.locale });
  if (referenceWord) {
    // `/overlast HF-001 tekst` pre-fills the participant and the description.
    const participant = await findParticipantByReference(
      acting.runtime.prisma,
      [acting.member.organisationId],
      referenceWord,
    );
    for (const field of form.fields) {
      if (field.id === "participant" && participant) field.initial = participant.state.participantId;
      if (field.id === "description" && rest.length)
        field.initial = (participant ? rest : [referenceWord, ...rest]).join(" ");
    }
  }
  return { type: "openForm", form };
}

async function signalForm(acting: Acting): Promise<InteractionResult> {
  requireRole(acting.actor, "logSignal");
  const t = botTexts(acting.locale);
  const prisma = acting.runtime.prisma;
  const participants = await participantOptions(prisma, acting.member);
  if (participants.length === 0) return done(t.noParticipants);
  const members = await listMembersOfOrganisations(
    prisma,
    await sphereOrganisationIds(prisma, acting.member),
  );
  return {
    type: "openForm",
    form: buildLogSignalForm(
      { participants, members: memberOptions(members) },
      acting.runtime.clock.now(),
      acting.locale,
    ),
  };
}

export async function handleCommand(acting: Acting, command: CommandInteraction): Promise<InteractionResult> {
  const t = botTexts(acting.locale);
  if (command.command === "overlast") return complaintForm(acting, command.text);
  if (command.command === "signaal") return signalForm(acting);
  const [word = "help", ...args] = command.text.trim().split(/\s+/).filter(Boolean);
  // A file sent with another command is not kept anywhere: the person is told how it would be.
  if (command.files?.length && !FILE_COMMAND_WORDS.includes(word.toLowerCase()))
    return correspondenceFileCommand(acting, []);
  switch (word.toLowerCase()) {
    case "help":
    case "hulp":
      return done(t.help);
    case "taal":
    case "language": {
      const locale = args[0]?.toLowerCase();
      if (locale !== "nl" && locale !== "en") return done(t.usageLanguage);
      await setMemberLocale(acting.runtime.prisma, acting.member.id, locale);
      return done(botTexts(locale).languageSet);
    }
    case "lid":
    case "member":
      return setRole(
        acting,
        command,
        args.find((arg) => arg !== "@"),
      );
    case "kanaal":
    case "channel":
      return bindThisChannel(acting, args);
    case "deelnemer":
    case "participant":
      return registrationForm(acting);
    case "mijn":
    case "mine": {
      const spec = await myDeadlinesSpec(acting.runtime.prisma, acting.member, acting.runtime.clock.now());
      return { type: "reply", card: { ...renderCard(spec, acting.locale), view: "mine" } };
    }
    case "overzicht":
    case "overview": {
      // Termijnen: the coordinator's view of the team; anyone else is told who may.
      requireRole(acting.actor, "viewTeamOverview");
      const spec = await teamOverviewSpec(acting.runtime.prisma, acting.member, acting.runtime.clock.now());
      return { type: "reply", card: { ...renderCard(spec, acting.locale), view: "overview" } };
    }
    case "rapport":
    case "report": {
      // Aggregate figures only; for the people who steer the cooperation.
      if (!["coordinator", "landlordStaff", "admin"].includes(acting.member.role)) return done(t.denied);
      const figures = await guidelineReport(acting.runtime, [acting.member.organisationId], null);
      return { type: "reply", card: renderReportCard(figures, acting.locale) };
    }
    case "zaak":
    case "case":
      return args[0] ? caseSummary(acting, args[0]) : done(t.help);
    case "dossier":
      // The nuisance dossier (PDF and/or JSON) for the person asking, never for the channel.
      return dossierForPerson(acting, args);
    case "brief":
    case "letter":
      // Actie 3–5: the landlord's letter drafted from the case, for the person only.
      return letterCommand(acting, args);
    case "correspondentie":
    case "correspondence":
      // Het overlastdossier: correspondence with third parties, with a case.
      return correspondenceCommand(acting, args);
    case "bestand":
    case "file":
      // The letter or e-mail itself, sent with the message, kept with the correspondence.
      return correspondenceFileCommand(acting, args);
    case "samenwerking":
    case "cooperation":
      // Onderhoud samenwerking: the yearly meeting with the other party.
      return cooperationCommand(acting, args);
    case "overlast":
      return complaintForm(acting, args.join(" "));
    case "signaal":
      return signalForm(acting);
    default:
      return done(t.unknownCommand(word));
  }
}

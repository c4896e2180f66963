/**
 * One-off messages of a case: the next steps in the thread, the support worker's DM, a care note
 * (care team), the written feedback to the landlord, a timeline update, and the complainant's
 * details (landlord staff only; filled by the service).
 */

import { actionBlocks, button, context, fields, header, text } from "../../cards/blocks.ts";
import type { Card, CardBlock } from "../../cards/card.ts";
import { encodeValue } from "../../cards/payload.ts";
import { formatDateTime } from "../../format.ts";
import { ladderTexts } from "../../ladder/texts.ts";
import type { Locale } from "../../model.ts";
import { actionRefValue, CASE_BUTTON_IDS, caseRefValue } from "../buttons.ts";
import type { CaseCardSpec } from "../cards.ts";
import { describeTimelineEvent } from "../texts/timeline.ts";
import { uiTexts } from "../texts/ui.ts";
import { actionLine, actionText, bullets } from "./blocks.ts";

type MessageSpec = Extract<
  CaseCardSpec,
  {
    kind:
      | "case.nextSteps"
      | "case.assignment"
      | "case.complaintAdded"
      | "case.careNote"
      | "case.writtenFeedback"
      | "case.update"
      | "case.complainantDetails"
      | "case.actionProposed"
      | "case.returnHome"
      | "case.advocacy";
  }
>;

export function renderMessageCard(spec: MessageSpec, locale: Locale): Card {
  const ui = uiTexts[locale];
  switch (spec.kind) {
    case "case.nextSteps": {
      const title = ui.nextSteps.title(spec.caseNumber);
      const steps = spec.caseKind === "nuisance" ? ui.nextSteps.nuisance : ui.nextSteps.participantReport;
      const blocks: CardBlock[] = [header(title), text(steps.map((s, i) => `${i + 1}. ${s}`).join("\n"))];
      if (spec.caseKind === "participantReport") blocks.push(context(ui.doesNotCountExplained));
      return { summary: title, blocks };
    }
    case "case.assignment": {
      const title = ui.assignment.title(spec.caseNumber);
      const ref = encodeValue(caseRefValue, { c: spec.caseId });
      const blocks: CardBlock[] = [header(title)];
      if (spec.caseKind === "participantReport") {
        blocks.push(text(ui.assignment.report), context(ui.doesNotCountExplained));
      } else {
        blocks.push(
          text(ui.assignment.intro(spec.participantReference, ui.complaintTypes[spec.complaintType])),
        );
        if (spec.startDueAt !== null && spec.startedAt === null)
          blocks.push(text(ui.assignment.startBefore(formatDateTime(spec.startDueAt, locale))));
      }
      if (spec.startedAt !== null)
        blocks.push(text(ui.assignment.started(formatDateTime(spec.startedAt, locale))));
      blocks.push(
        ...actionBlocks([
          ...(spec.startedAt === null
            ? [button(CASE_BUTTON_IDS.start, ui.buttons.start, ref, "primary")]
            : []),
          button(
            CASE_BUTTON_IDS.hearing,
            ui.buttons.hearing,
            ref,
            spec.startedAt === null ? "default" : "primary",
          ),
        ]),
      );
      return { summary: title, blocks };
    }
    // Actie 2 again: the worker hears the participant on the new complaint and assesses it.
    case "case.complaintAdded": {
      const title = `${ui.complaintAdded.title(spec.caseNumber)} (${spec.participantReference})`;
      const ref = encodeValue(caseRefValue, { c: spec.caseId });
      return {
        summary: title,
        blocks: [
          header(title),
          text(
            ui.complaintAdded.intro(
              spec.participantReference,
              ui.complaintTypes[spec.complaintType],
              ui.steps[spec.step],
            ),
          ),
          context(ui.complaintAdded.assess),
          ...actionBlocks([button(CASE_BUTTON_IDS.hearing, ui.buttons.hearing, ref, "primary")]),
        ],
      };
    }
    case "case.careNote": {
      const title = ui.careNote.title(spec.caseNumber);
      return {
        summary: title,
        blocks: [
          header(title),
          context(ui.careNote.careOnly),
          text(spec.text),
          context(formatDateTime(spec.at, locale)),
        ],
      };
    }
    case "case.writtenFeedback": {
      const title = `${ui.writtenFeedback.title(spec.caseNumber)} — ${spec.participantReference}`;
      return {
        summary: title,
        blocks: [
          header(title),
          text(spec.text),
          bullets(
            ui.writtenFeedback.agreed,
            spec.agreedActions.map((a) => actionLine(a, locale)),
            locale,
          ),
        ],
      };
    }
    case "case.update": {
      const title = ui.update.title(spec.caseNumber, spec.participantReference);
      const description = describeTimelineEvent(spec.event, spec.details, locale);
      const blocks: CardBlock[] = [context(`${title} · ${ui.steps[spec.step]}`), text(description)];
      if (spec.caseKind === "participantReport") blocks.push(context(ui.doesNotCount));
      return { summary: `${title}: ${description}`, blocks };
    }
    case "case.complainantDetails": {
      const title = ui.complainant.title(spec.caseNumber);
      const anonymous = spec.name === null && spec.contact === null;
      return {
        summary: title,
        blocks: [
          header(title),
          context(ui.complainant.landlordOnly),
          anonymous
            ? text(ui.complainant.anonymous)
            : fields([
                { label: ui.complainant.name, value: spec.name ?? "" },
                { label: ui.complainant.contact, value: spec.contact ?? "" },
              ]),
        ],
      };
    }
    // Omgaan met overlast 1: the proposal goes to the person who decides on it, with the buttons
    // of a proposal: accept, done with a note on how, change, skip with a reason.
    case "case.actionProposed": {
      const label = actionText(spec.action, locale);
      const title = `${ui.prompts.actionProposed.title(label, spec.caseNumber)} (${spec.participantReference})`;
      const value = encodeValue(actionRefValue, { c: spec.caseId, a: spec.action.id });
      const blocks: CardBlock[] = [header(title), text(actionLine(spec.action, locale, false))];
      if (spec.action.ownerRole === "landlordStaff")
        blocks.push(context(ui.prompts.actionProposed.landlordDecides));
      blocks.push(
        ...actionBlocks([
          button(CASE_BUTTON_IDS.acceptAction, ui.buttons.accept, value, "primary"),
          button(CASE_BUTTON_IDS.recordAction, ui.buttons.recordDone, value),
          button(CASE_BUTTON_IDS.changeAction, ui.buttons.change, value),
          button(CASE_BUTTON_IDS.skipAction, ui.buttons.skip, value, "danger"),
        ]),
      );
      return { summary: title, blocks };
    }
    // Interventie 2: "Nadien kan de deelnemer terugkeren naar de eigen woning."
    case "case.returnHome": {
      const title = `${ui.prompts.returnHome.title(spec.caseNumber)} (${spec.participantReference})`;
      const ref = encodeValue(caseRefValue, { c: spec.caseId });
      const reason = ladderTexts[locale].timeOutReasons[spec.reason];
      return {
        summary: title,
        blocks: [
          header(title),
          context(ui.prompts.careOnly),
          text(ui.prompts.returnHome.intro(spec.participantReference, reason)),
          text(ui.prompts.returnHome.planBefore(formatDateTime(spec.dueAt, locale))),
          ...actionBlocks([
            button(CASE_BUTTON_IDS.planReturn, ui.buttons.planReturn, ref, "primary"),
            button(CASE_BUTTON_IDS.recordReturn, ui.buttons.recordReturn, ref),
          ]),
        ],
      };
    }
    // Nieuwe kansen: the team advocates for alternative housing; each step is recorded.
    case "case.advocacy": {
      const title = `${ui.prompts.advocacy.title(spec.caseNumber)} (${spec.participantReference})`;
      const value = encodeValue(actionRefValue, { c: spec.caseId, a: spec.action.id });
      return {
        summary: title,
        blocks: [
          header(title),
          context(ui.prompts.careOnly),
          text(ui.prompts.advocacy.intro(spec.participantReference)),
          ...actionBlocks([
            button(CASE_BUTTON_IDS.acceptAction, ui.buttons.accept, value, "primary"),
            button(
              CASE_BUTTON_IDS.advocacyStep,
              ui.buttons.advocacyStep,
              encodeValue(caseRefValue, { c: spec.caseId }),
            ),
            button(CASE_BUTTON_IDS.changeAction, ui.buttons.change, value),
            button(CASE_BUTTON_IDS.skipAction, ui.buttons.skip, value, "danger"),
          ]),
        ],
      };
    }
  }
}

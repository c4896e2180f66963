/**
 * Actie 3–5 in the chat: take or skip a proposed step, draft a letter (`/nabuur brief <nr>`), record
 * it as sent with its dates, record a broken agreement.
 */
import {
  breachForm,
  letterForm,
  parseBreachForm,
  parseLetterForm,
  parseSkipEscalationForm,
  skipEscalationForm,
} from "../../../flows/cases/forms.ts";
import type { LetterStep } from "../../../flows/ladder/model.ts";
import { LETTER_TEXTS } from "../../../flows/letters/chat-texts.ts";
import type { actie3to5Escalation } from "../../../flows/steps/actie3-5-escalation/step.ts";
import { draftCaseLetter, recordLetterSent } from "../../letters/letter-service.ts";
import { caseByNumberFor, caseOf, decide, submitted } from "../case-routes-common.ts";
import { type Acting, done } from "../module.ts";
import { botTexts } from "../texts.ts";
import type { InteractionResult } from "../types.ts";
import type { StepRoutes } from "./step-routes.ts";

const LETTER_STEPS: readonly LetterStep[] = ["actie3", "actie4", "actie5"];

export const actie3to5EscalationRoutes: StepRoutes<typeof actie3to5Escalation> = {
  buttons: {
    takeStep: async (ref, acting) => {
      const state = await caseOf(acting, ref.c);
      const situation = state.ladder.proposals.find((proposal) => proposal.id === ref.p)?.situation ?? null;
      return decide(acting, ref.c, { type: "ladderStepTaken", actor: acting.actor, step: ref.s, situation });
    },
    skipStep: async (ref, acting) => ({ type: "openForm", form: skipEscalationForm(ref, acting.locale) }),
    recordLetter: async (ref, acting) => ({ type: "openForm", form: letterForm(ref, acting.locale) }),
    breach: async (ref, acting) => ({ type: "openForm", form: breachForm(ref, acting.locale) }),
  },
  forms: {
    skipEscalation: async (ref, values, acting) =>
      submitted(acting, ref.c, parseSkipEscalationForm(values, acting.locale), (value) => ({
        type: "escalationSkipped",
        actor: acting.actor,
        proposalId: ref.p,
        reason: value.reason,
      })),
    // The letter as sent, with its dates: a draft made in Nabuur is marked sent with them, so the
    // dossier holds the letter itself, not only its date.
    letter: async (ref, values, acting) => {
      const parsed = parseLetterForm(values, acting.runtime.clock.now(), acting.locale);
      if (!parsed.ok) return { type: "formErrors", errors: parsed.errors };
      await recordLetterSent(acting.runtime, acting.actor, ref.c, { step: ref.s, ...parsed.value });
      return done();
    },
    breach: async (ref, values, acting) =>
      submitted(acting, ref.c, parseBreachForm(values, acting.locale), (value) => ({
        type: "agreementBreachRecorded",
        actor: acting.actor,
        description: value.description,
      })),
  },
};

/**
 * `/nabuur brief <nr> [actie3|actie4|actie5]`: the landlord's draft of the case's letter (the
 * case's current step unless named), as a file for this person only. A case of another organisation
 * is "not found"; a role that may not send letters is told who may.
 */
export async function letterCommand(acting: Acting, args: string[]): Promise<InteractionResult> {
  const bot = botTexts(acting.locale);
  const t = LETTER_TEXTS[acting.locale];
  const [numberText, stepWord] = args;
  if (!numberText) return done(t.usage);
  // Actie 3–5: the letters are the landlord's.
  const loaded = await caseByNumberFor(acting, numberText, "recordLetter");
  if (!loaded) return done(bot.caseNotFound(numberText));
  const named = stepWord?.toLowerCase();
  if (named !== undefined && !LETTER_STEPS.includes(named as LetterStep)) return done(t.usage);
  const current = loaded.state.ladder.current;
  const step =
    (named as LetterStep | undefined) ??
    (current !== null && LETTER_STEPS.includes(current as LetterStep) ? (current as LetterStep) : null);
  if (step === null) return done(t.noLetterStep(loaded.state.number));
  const drafted = await draftCaseLetter(acting.runtime, acting.actor, loaded.state.id, step, {
    locale: acting.locale,
  });
  return {
    type: "files",
    notice: t.drafted(drafted.caseNumber, drafted.draft.subject, drafted.draft.placeholders.length),
    files: [
      {
        filename: `brief-zaak-${drafted.caseNumber}-${step}.txt`,
        title: drafted.draft.subject,
        contentType: "text/plain; charset=utf-8",
        body: Buffer.from(drafted.draft.text, "utf8"),
      },
    ],
  };
}

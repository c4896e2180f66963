/**
 * The case as a whole in the chat: the summary, the dossier, resolving and closing, and the
 * dossier's correspondence with third parties (`/nabuur correspondentie <nr>`) with its files
 * (Slack: the form's file field; Teams: `bestand <nr>` with the file in the personal chat).
 */
import { closeCaseForm, parseCloseCaseForm } from "../../../flows/cases/forms.ts";
import {
  CORRESPONDENCE_TEXTS,
  correspondenceForm,
  parseCorrespondenceForm,
} from "../../../flows/dossier/correspondence.ts";
import { CORRESPONDENCE_FILE_TEXTS } from "../../../flows/dossier/correspondence-file.ts";
import { may } from "../../../flows/policy/permissions.ts";
import type { zaakEnDossier } from "../../../flows/steps/zaak-en-dossier/step.ts";
import { findLatestCorrespondenceBy } from "../../../store/dossier/correspondence-files.ts";
import { attachCorrespondenceFiles } from "../../dossier/correspondence-file-service.ts";
import { recordCorrespondence } from "../../dossier/correspondence-service.ts";
import { dossierForPerson } from "../../dossier/dossier-command.ts";
import { caseByNumberFor, caseOf, decide, submitted, summaryFor } from "../case-routes-common.ts";
import { type Acting, done } from "../module.ts";
import { botTexts } from "../texts.ts";
import type { InteractionResult } from "../types.ts";
import type { StepRoutes } from "./step-routes.ts";

export const zaakEnDossierRoutes: StepRoutes<typeof zaakEnDossier> = {
  buttons: {
    summary: async (ref, acting) => summaryFor(acting, await caseOf(acting, ref.c)),
    // The nuisance dossier from the summary card: the same as `/nabuur dossier <nr>` for whoever clicks.
    dossier: async (ref, acting) => dossierForPerson(acting, [(await caseOf(acting, ref.c)).number]),
    resolve: async (ref, acting) =>
      decide(acting, ref.c, { type: "resolved", actor: acting.actor, note: null }),
    close: async (ref, acting) => {
      const state = await caseOf(acting, ref.c);
      return { type: "openForm", form: closeCaseForm(ref, state.kind, acting.locale) };
    },
  },
  forms: {
    close: async (ref, values, acting) =>
      submitted(acting, ref.c, parseCloseCaseForm(values, acting.locale), (value) => ({
        type: "closed",
        actor: acting.actor,
        ...value,
      })),
    correspondence: async (ref, values, acting) => {
      const parsed = parseCorrespondenceForm(values, acting.runtime.clock.now(), acting.locale);
      if (!parsed.ok) return { type: "formErrors", errors: parsed.errors };
      const recorded = await recordCorrespondence(acting.runtime, acting.actor, ref.c, parsed.value);
      const notice = CORRESPONDENCE_TEXTS[acting.locale].recorded(recorded.caseNumber, parsed.value.careOnly);
      const f = CORRESPONDENCE_FILE_TEXTS[acting.locale];
      const files = acting.files ?? [];
      if (files.length === 0) {
        // Teams' forms take no files: the person is told where to send the letter or e-mail itself.
        return done(
          acting.where.platform === "teams"
            ? `${notice}\n${f.sendInPersonalChat(recorded.caseNumber)}`
            : notice,
        );
      }
      // The item is recorded now; its file is fetched after the answer (a platform waits seconds only).
      return {
        type: "done",
        notice: `${notice}\n${f.fetching}`,
        followUp: async () =>
          (
            await attachCorrespondenceFiles(
              acting.runtime,
              acting.actor,
              { id: recorded.id },
              files,
              acting.locale,
            )
          ).text,
      };
    },
  },
};

/**
 * `/nabuur correspondentie <nr>`: the form to record correspondence with third parties with a case.
 * A case of another organisation is "not found"; a role that may not record it is told who may.
 */
export async function correspondenceCommand(acting: Acting, args: string[]): Promise<InteractionResult> {
  const t = botTexts(acting.locale);
  const numberText = args[0];
  if (!numberText) return done(t.help);
  const found = await caseByNumberFor(acting, numberText, "recordCorrespondence");
  if (!found) return done(t.caseNotFound(numberText));
  return {
    type: "openForm",
    form: correspondenceForm(
      { c: found.state.id },
      acting.runtime.clock.now(),
      // Who may see it: the care team chooses; landlord staff record shared correspondence.
      may(acting.actor, "addCareNote", found.scope),
      acting.locale,
    ),
  };
}

/**
 * `bestand <nr>` with a file, in the personal chat with Nabuur (Teams): the file is kept with the
 * correspondence this person recorded last with the case, with that item's visibility. Slack takes
 * the file in the correspondence form itself.
 */
export async function correspondenceFileCommand(acting: Acting, args: string[]): Promise<InteractionResult> {
  const f = CORRESPONDENCE_FILE_TEXTS[acting.locale];
  const numberText = args[0];
  if (!numberText) return done(acting.files?.length ? `${f.notKeptWithoutCase}\n${f.usage}` : f.usage);
  const found = await caseByNumberFor(acting, numberText, "recordCorrespondence");
  if (!found) return done(botTexts(acting.locale).caseNotFound(numberText));
  const caseNumber = found.state.number;
  if (acting.where.platform === "slack") return done(f.usageSlack(caseNumber));
  const files = acting.files ?? [];
  if (files.length === 0) return done(f.noFile(caseNumber));
  const item = await findLatestCorrespondenceBy(acting.runtime.prisma, found.state.id, acting.member.id);
  if (!item) return done(f.noCorrespondence(caseNumber));
  const { text } = await attachCorrespondenceFiles(acting.runtime, acting.actor, item, files, acting.locale);
  return done(text);
}

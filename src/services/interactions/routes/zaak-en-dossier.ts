/**
 * The case as a whole in the chat: the summary, the dossier, resolving and closing, and the
 * dossier's correspondence with third parties (`/nabuur correspondentie <nr>`).
 */
import { closeCaseForm, parseCloseCaseForm } from "../../../flows/cases/forms.ts";
import {
  CORRESPONDENCE_TEXTS,
  correspondenceForm,
  parseCorrespondenceForm,
} from "../../../flows/dossier/correspondence.ts";
import { may, requirePermission } from "../../../flows/policy/permissions.ts";
import type { zaakEnDossier } from "../../../flows/steps/zaak-en-dossier/step.ts";
import { loadCaseByNumber } from "../../../store/cases/case-repository.ts";
import { recordCorrespondence } from "../../dossier/correspondence-service.ts";
import { dossierForPerson } from "../../dossier/dossier-command.ts";
import { scopeOf } from "../../scope.ts";
import { caseOf, decide, submitted, summaryFor } from "../case-routes-common.ts";
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
      return done(CORRESPONDENCE_TEXTS[acting.locale].recorded(recorded.caseNumber, parsed.value.careOnly));
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
  const number = Number.parseInt(numberText.replace(/^#/, ""), 10);
  const prisma = acting.runtime.prisma;
  const loaded = Number.isSafeInteger(number) ? await loadCaseByNumber(prisma, number) : null;
  const scope = loaded ? await scopeOf(prisma, loaded.state.participant) : null;
  if (!loaded || !scope || !may(acting.actor, "viewCase", scope)) return done(t.caseNotFound(numberText));
  requirePermission(acting.actor, "recordCorrespondence", scope);
  return {
    type: "openForm",
    form: correspondenceForm(
      { c: loaded.state.id },
      acting.runtime.clock.now(),
      // Who may see it: the care team chooses; landlord staff record shared correspondence.
      may(acting.actor, "addCareNote", scope),
      acting.locale,
    ),
  };
}

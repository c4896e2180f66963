/** The case as a whole in the chat: the summary, the dossier, resolving and closing. */
import { closeCaseForm, parseCloseCaseForm } from "../../../flows/cases/forms.ts";
import type { zaakEnDossier } from "../../../flows/steps/zaak-en-dossier/step.ts";
import { dossierForPerson } from "../../dossier/dossier-command.ts";
import { caseOf, decide, submitted, summaryFor } from "../case-routes-common.ts";
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
  },
};

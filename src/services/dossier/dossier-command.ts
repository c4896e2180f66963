/**
 * `/nabuur dossier <nr> [pdf|json]`: the nuisance dossier of a case for the person asking, as
 * files the platform adapter uploads to that person only (never to the shared channel). Landlord
 * staff get the landlord's version, the care team the care provider's version; the access is logged.
 */
import { flowErrorMessage } from "../../flows/error-messages.ts";
import { FlowError } from "../../flows/errors.ts";
import { NotFoundError } from "../errors.ts";
import type { Acting } from "../interactions/module.ts";
import type { InteractionResult } from "../interactions/types.ts";
import { dossierTexts } from "./dossier-texts.ts";
import type { DossierFormat } from "./dossier-types.ts";
import { type DossierFile, exportDossier } from "./export-dossier.ts";

export interface DossierCommandAnswer {
  /** What the person is told (ephemeral). */
  result: InteractionResult;
  /** Files to upload to the person privately (a DM), in this order. */
  files: DossierFile[];
}

function formatsOf(word: string | undefined): DossierFormat[] | null {
  if (word === undefined) return ["pdf", "json"];
  const lower = word.toLowerCase();
  return lower === "pdf" || lower === "json" ? [lower] : null;
}

/** Answers `/nabuur dossier` with its arguments (the words after "dossier"). */
export async function answerDossierCommand(acting: Acting, args: string[]): Promise<DossierCommandAnswer> {
  const t = dossierTexts[acting.locale];
  const [numberText, formatWord] = args;
  const formats = formatsOf(formatWord);
  if (!numberText || !formats) return { result: { type: "done", notice: t.command.usage }, files: [] };
  try {
    const files: DossierFile[] = [];
    for (const format of formats) {
      files.push(
        await exportDossier(acting.runtime, acting.actor, numberText, format, { locale: acting.locale }),
      );
    }
    const first = files[0]!;
    const notice = t.command.ready(
      first.caseNumber,
      t.audience[first.audience],
      files.map((file) => file.filename).join(", "),
    );
    return { result: { type: "done", notice }, files };
  } catch (error) {
    if (error instanceof NotFoundError) {
      return { result: { type: "done", notice: t.command.notFound(numberText) }, files: [] };
    }
    if (error instanceof FlowError) {
      return { result: { type: "done", notice: flowErrorMessage(error, acting.locale) }, files: [] };
    }
    throw error;
  }
}

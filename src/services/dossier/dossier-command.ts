/**
 * `/nabuur dossier <nr> [pdf|json]`: the nuisance dossier of a case for the person asking, as
 * files the platform adapter uploads to that person only (never to the shared channel). Landlord
 * staff get the landlord's version, the care team the care provider's version; the access is logged.
 */
import { flowErrorMessage } from "../../flows/error-messages.ts";
import { FlowError } from "../../flows/errors.ts";
import { NotFoundError } from "../errors.ts";
import type { Acting } from "../interactions/module.ts";
import type { InteractionResult, PrivateFile } from "../interactions/types.ts";
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

/**
 * The answer as the chat adapters take it: the files for the person privately, with the notice;
 * a refusal, an unknown case or the usage as a plain notice.
 */
function dossierResult(answer: DossierCommandAnswer, locale: Acting["locale"]): InteractionResult {
  if (answer.files.length === 0 || answer.result.type !== "done") return answer.result;
  const t = dossierTexts[locale];
  const files: PrivateFile[] = answer.files.map((file) => ({
    filename: file.filename,
    title: t.command.fileTitle(file.caseNumber, t.audience[file.audience], file.format.toUpperCase()),
    contentType: file.contentType,
    body: file.body,
  }));
  return { type: "files", notice: answer.result.notice ?? "", files };
}

/** `/nabuur dossier <nr> [pdf|json]` and the "Dossier" button: the files for the person asking. */
export async function dossierForPerson(acting: Acting, args: string[]): Promise<InteractionResult> {
  return dossierResult(await answerDossierCommand(acting, args), acting.locale);
}

/**
 * Exports a case's nuisance dossier as a file (PDF or JSON) for whoever asks: landlord staff get
 * the landlord's version, the care team the care provider's version. Used by the intake API and by
 * the chat command `/nabuur dossier <nr>`.
 */
import type { Actor, Locale, Role } from "../../flows/model.ts";
import { findCaseIdByNumber } from "../../store/dossier/dossier-repository.ts";
import { NotFoundError } from "../errors.ts";
import type { ServiceRuntime } from "../runtime.ts";
import { buildDossier } from "./build-dossier.ts";
import { dossierTexts } from "./dossier-texts.ts";
import type { DossierAudience, DossierFormat, DossierJson } from "./dossier-types.ts";
import { renderDossierPdf } from "./render-pdf.ts";

export interface DossierFile {
  caseId: string;
  caseNumber: string;
  audience: DossierAudience;
  format: DossierFormat;
  filename: string;
  contentType: string;
  body: Buffer;
  dossier: DossierJson;
}

export interface ExportOptions {
  locale?: Locale;
  /** Default: the actor's side (landlord staff → landlord, everyone else → care team). */
  audience?: DossierAudience;
  apiKeyId?: string | null;
  apiKeyPrefix?: string | null;
  /** PDF content streams compressed (default true). */
  compress?: boolean;
}

/** The version a role gets: landlord staff the landlord's, the care team its own. */
function audienceForRole(role: Role): DossierAudience {
  return role === "landlordStaff" ? "landlord" : "careTeam";
}

/** "12", "#12" → 12; anything else → null. */
export function parseCaseNumber(text: string | number): number | null {
  const value =
    typeof text === "number"
      ? text
      : /^#?\d{1,9}$/.test(text.trim())
        ? Number(text.trim().replace("#", ""))
        : NaN;
  return Number.isSafeInteger(value) && value > 0 ? value : null;
}

export async function exportDossier(
  runtime: ServiceRuntime,
  actor: Actor,
  caseNumber: string | number,
  format: DossierFormat,
  options: ExportOptions = {},
): Promise<DossierFile> {
  const number = parseCaseNumber(caseNumber);
  const caseId = number === null ? null : await findCaseIdByNumber(runtime.prisma, number);
  if (caseId === null) throw new NotFoundError("case", String(caseNumber));
  const audience = options.audience ?? audienceForRole(actor.role);
  const locale = options.locale ?? runtime.effects.defaultLocale;
  const dossier = await buildDossier(runtime.prisma, caseId, audience, {
    actor,
    apiKeyId: options.apiKeyId ?? null,
    apiKeyPrefix: options.apiKeyPrefix ?? null,
    format,
    locale,
    now: runtime.clock.now(),
  });
  const base = `overlastdossier-zaak-${dossier.case.number}-${dossierTexts.nl.fileNames[audience]}`;
  if (format === "json") {
    return {
      caseId,
      caseNumber: dossier.case.number,
      audience,
      format,
      filename: `${base}.json`,
      contentType: "application/json; charset=utf-8",
      body: Buffer.from(`${JSON.stringify(dossier, null, 2)}\n`, "utf8"),
      dossier,
    };
  }
  return {
    caseId,
    caseNumber: dossier.case.number,
    audience,
    format,
    filename: `${base}.pdf`,
    contentType: "application/pdf",
    body: await renderDossierPdf(dossier, locale, { compress: options.compress ?? true }),
    dossier,
  };
}

/**
 * The landlord's letters (Actie 3 waarschuwingsbrief, Actie 4 tweede officiële waarschuwingsbrief,
 * Actie 5 aangetekende sommatiebrief): a draft filled from the case is stored as text in the Letter
 * table, and when the letter is sent the case records it (letterRecorded) and the stored text is
 * marked as sent — so the nuisance dossier holds the letter itself, not only its date.
 */
import type { CaseState } from "../../flows/cases/state.ts";
import { LETTER_KIND_BY_STEP, type LetterStep } from "../../flows/ladder/model.ts";
import { draftLetter, type LetterDraft } from "../../flows/letters/draft-letter.ts";
import type { Actor, Locale } from "../../flows/model.ts";
import type { Tx } from "../../store/db-types.ts";
import {
  findCurrentDwelling,
  insertLetter,
  markLatestDraftSent,
  organisationNames,
} from "../../store/dossier/dossier-repository.ts";
import { findMemberById } from "../../store/members/members.ts";
import { appendTimelineEntries } from "../../store/timeline/append-timeline-entries.ts";
import { handleCaseEvent } from "../case-service.ts";
import { loadCaseFor } from "../load-case-for.ts";
import { type ServiceRuntime, type TransactionHooks, transact } from "../runtime.ts";

export interface DraftedLetter {
  letterId: string;
  caseId: string;
  caseNumber: string;
  draft: LetterDraft;
}

export interface DraftOptions {
  locale?: Locale;
  /** The participant's name is not in Nabuur (pseudonymous); without it the draft keeps a placeholder. */
  participantName?: string | null;
}

/** Drafts the letter of `step` from the case and stores the text (landlord staff only). */
export async function draftCaseLetter(
  runtime: ServiceRuntime,
  actor: Actor,
  caseId: string,
  step: LetterStep,
  options: DraftOptions = {},
  hooks: TransactionHooks<DraftedLetter> = {},
): Promise<DraftedLetter> {
  return transact(
    runtime,
    async (tx) => {
      // Actie 3–5: the letters are the landlord's.
      const { state, scope } = await loadCaseFor(tx, actor, caseId, "recordLetter");
      const names = await organisationNames(tx, [scope.careProviderId, scope.landlordId]);
      const sender = await findMemberById(tx, actor.memberId);
      const now = runtime.clock.now();
      const draft = draftLetter(state, step, options.locale ?? runtime.effects.defaultLocale, {
        date: now,
        participantName: options.participantName ?? null,
        dwelling: await findCurrentDwelling(tx, state.participantId),
        landlordName: names.get(scope.landlordId) ?? null,
        careProviderName: names.get(scope.careProviderId) ?? null,
        // A person signs the letter; an API key's system member does not.
        senderName: sender?.active ? sender.displayName : null,
      });
      const letterId = await insertLetter(tx, {
        caseId,
        kind: draft.kind,
        body: draft.text,
        createdById: actor.memberId,
        createdAt: now,
      });
      // The draft is in the case timeline (which letter, by whom); its text stays with the letter.
      await appendTimelineEntries(tx, `case:${caseId}`, now, [
        {
          actorId: actor.memberId,
          step,
          event: "letter.drafted",
          visibility: "shared",
          details: { actorId: actor.memberId, letter: draft.kind, letterId },
        },
      ]);
      return { letterId, caseId, caseNumber: state.number, draft };
    },
    hooks,
  );
}

export interface SentLetter {
  step: LetterStep;
  sentAt: Date;
  registered: boolean;
  signedForSeen: boolean;
  /** When the participant signed "voor gezien" (Actie 5), if known. */
  signedSeenAt?: Date | null;
  /** The text as sent, when it differs from the stored draft or there is none. */
  text?: string | null;
}

/**
 * Records that a letter was sent (the case's letterRecorded) and keeps its text with the case, in
 * one transaction: a stored draft of its kind is marked sent with the dates.
 */
export async function recordLetterSent(
  runtime: ServiceRuntime,
  actor: Actor,
  caseId: string,
  letter: SentLetter,
  hooks: TransactionHooks<CaseState> = {},
): Promise<CaseState> {
  const kind = LETTER_KIND_BY_STEP[letter.step];
  const signedSeenAt = letter.signedForSeen ? (letter.signedSeenAt ?? letter.sentAt) : null;
  const text = letter.text?.trim() ? letter.text : undefined;
  const keepText = async (tx: Tx) => {
    const sent = { sentAt: letter.sentAt, registered: letter.registered, signedSeenAt };
    const marked = await markLatestDraftSent(
      tx,
      caseId,
      kind,
      text === undefined ? sent : { ...sent, body: text },
    );
    if (!marked && text !== undefined) {
      await insertLetter(tx, {
        caseId,
        kind,
        body: text,
        ...sent,
        createdById: actor.memberId,
        createdAt: runtime.clock.now(),
      });
    }
  };
  return handleCaseEvent(
    runtime,
    caseId,
    {
      type: "letterRecorded",
      actor,
      step: letter.step,
      sentAt: letter.sentAt,
      registered: letter.registered,
      signedForSeen: letter.signedForSeen,
    },
    {
      ...(hooks.begin ? { begin: hooks.begin } : {}),
      finish: async (tx, state) => {
        await keepText(tx);
        await hooks.finish?.(tx, state);
      },
    },
  );
}

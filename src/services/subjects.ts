/**
 * What a deadline or timeline subject ("case:<id>", "participant:<id>", "signal:<id>",
 * "cooperation:<id>") is about: its organisations, its contacts for nudges and a short label.
 */
import { CASE_CARD_KEY } from "../flows/cases/card-refresh.ts";
import { cooperationCardKey } from "../flows/cooperation/card-spec.ts";
import {
  caseDeadlineItem,
  cooperationDeadlineItem,
  type DeadlineItem,
  participantDeadlineItem,
  signalDeadlineItem,
} from "../flows/deadlines/items.ts";
import { type DeadlineSubject, deadlineSubjectParts } from "../flows/deadlines/subject.ts";
import type { Locale } from "../flows/model.ts";
import { onboardingCardKey } from "../flows/participants/card-spec.ts";
import { signalCardKey } from "../flows/signals/card-spec.ts";
import { loadCase } from "../store/cases/case-repository.ts";
import { findCooperation } from "../store/cooperation/cooperation-repository.ts";
import type { PrismaClient, Tx } from "../store/db-types.ts";
import { loadParticipant } from "../store/participants/participant-repository.ts";
import { loadSignal } from "../store/signals/signal-repository.ts";
import { NotFoundError } from "./errors.ts";

export interface SubjectInfo {
  subject: DeadlineSubject;
  careProviderId: string;
  landlordId: string;
  coordinatorId: string | null;
  landlordContactId: string | null;
  /** updateKey of the subject's root message (its thread). */
  threadKey: string;
  label: (locale: Locale) => string;
  /** What one of the subject's deadlines is about, named for the reader (its key → its item). */
  item: (key: string, locale: Locale) => DeadlineItem;
}

export async function loadSubjectInfo(db: Tx | PrismaClient, subject: DeadlineSubject): Promise<SubjectInfo> {
  const { kind, id } = deadlineSubjectParts(subject);
  switch (kind) {
    case "case": {
      const loaded = await loadCase(db, id);
      if (!loaded) break;
      const { participant, number } = loaded.state;
      return {
        subject,
        careProviderId: participant.careProviderId,
        landlordId: participant.landlordId,
        coordinatorId: participant.coordinatorId,
        landlordContactId: participant.landlordContactId,
        threadKey: CASE_CARD_KEY(id),
        label: (locale) => `${locale === "en" ? "Case" : "Zaak"} ${number} · ${participant.reference}`,
        item: (key, locale) => caseDeadlineItem(loaded.state, key, locale),
      };
    }
    case "participant": {
      const loaded = await loadParticipant(db, id);
      if (!loaded) break;
      const state = loaded.state;
      return {
        subject,
        careProviderId: state.careProviderId,
        landlordId: state.landlordId,
        coordinatorId: state.coordinatorId,
        landlordContactId: state.landlordContactId,
        threadKey: onboardingCardKey(id),
        label: (locale) => `${locale === "en" ? "Participant" : "Deelnemer"} ${state.reference}`,
        item: (key, locale) => participantDeadlineItem(key, locale),
      };
    }
    case "signal": {
      const loaded = await loadSignal(db, id);
      if (!loaded) break;
      const participant = await loadParticipant(db, loaded.state.participant.participantId);
      if (!participant) break;
      return {
        subject,
        careProviderId: participant.state.careProviderId,
        landlordId: participant.state.landlordId,
        coordinatorId: participant.state.coordinatorId,
        landlordContactId: participant.state.landlordContactId,
        threadKey: signalCardKey(id),
        label: (locale) => `${locale === "en" ? "Signal" : "Signaal"} · ${participant.state.reference}`,
        item: (key, locale) => signalDeadlineItem(loaded.state, key, locale),
      };
    }
    case "cooperation": {
      const row = await findCooperation(db, id);
      if (!row) break;
      const { state } = row;
      return {
        subject,
        careProviderId: row.careProviderId,
        landlordId: row.landlordId,
        coordinatorId: state.coordinatorId,
        landlordContactId: null,
        threadKey: cooperationCardKey(id),
        label: (locale) =>
          locale === "en" ? "Yearly cooperation meeting" : "Jaarlijkse samenwerkingsbijeenkomst",
        item: (_key, locale) => cooperationDeadlineItem(locale),
      };
    }
  }
  throw new NotFoundError("subject", subject);
}

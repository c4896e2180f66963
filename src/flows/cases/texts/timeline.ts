/** One sentence per timeline entry, Dutch or English (dossier export and thread updates). */
import type { TimelineDetails } from "../../effects.ts";
import type { Locale } from "../../model.ts";
import type { StoredTimelineEventName } from "../../timeline-events.ts";
import { timelineEn } from "./timeline-en.ts";
import {
  CASE_TIMELINE_EVENTS,
  type CaseTimelineEvent,
  type TimelineDescriptions,
} from "./timeline-events.ts";
import { timelineNl } from "./timeline-nl.ts";
import { DetailReader } from "./timeline-reader.ts";

const timelineTexts: Record<Locale, TimelineDescriptions> = { nl: timelineNl, en: timelineEn };

export function isCaseTimelineEvent(event: StoredTimelineEventName): event is CaseTimelineEvent {
  return (CASE_TIMELINE_EVENTS as readonly string[]).includes(event);
}

/** A readable description of a timeline entry; unknown events fall back to their code. */
export function describeTimelineEvent(
  event: StoredTimelineEventName,
  details: TimelineDetails,
  locale: Locale = "nl",
): string {
  if (!isCaseTimelineEvent(event)) return event;
  return timelineTexts[locale][event](new DetailReader(details, locale));
}

/** The timeline's event names: one list for every subject, and how a stored name is read back. */
import { describe, expect, it } from "vitest";
import { CASE_TIMELINE_EVENTS } from "../../../src/flows/cases/texts.ts";
import {
  isTimelineEventName,
  readTimelineEventName,
  TIMELINE_EVENT_NAMES,
} from "../../../src/flows/timeline-events.ts";

describe("timeline event names", () => {
  it("hold every case event and one nudge event per stage, each once", () => {
    for (const event of CASE_TIMELINE_EVENTS) expect(isTimelineEventName(event), event).toBe(true);
    for (const stage of ["headsUp", "due", "overdue"]) {
      expect(isTimelineEventName(`deadline.nudge.${stage}`), stage).toBe(true);
    }
    expect(new Set(TIMELINE_EVENT_NAMES).size).toBe(TIMELINE_EVENT_NAMES.length);
  });

  it("read a stored name back unchanged, also one this version does not write", () => {
    expect(readTimelineEventName("signal.logged")).toBe("signal.logged");
    expect(isTimelineEventName("assessment.recorded")).toBe(false);
    expect(readTimelineEventName("assessment.recorded")).toBe("assessment.recorded");
  });
});

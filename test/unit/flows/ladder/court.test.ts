import { describe, expect, it } from "vitest";
import { courtParty, courtReadiness } from "../../../../src/flows/ladder/court.ts";
import type { CourtParty } from "../../../../src/flows/ladder/model.ts";
import type { LeaseType } from "../../../../src/flows/model.ts";
import { coordinator, daysAfter, landlord, openInput, Scenario, worker } from "../cases/fixtures.ts";

describe("Actie 6: who goes to court depends on the lease type", () => {
  const table: { lease: LeaseType; named: CourtParty | null; expected: ReturnType<typeof courtParty> }[] = [
    { lease: "own", named: null, expected: { ok: true, party: "landlord" } },
    { lease: "own", named: "landlord", expected: { ok: true, party: "landlord" } },
    {
      lease: "own",
      named: "careProvider",
      expected: { ok: false, code: "court.partyMismatch", expected: "landlord" },
    },
    { lease: "intermediary", named: null, expected: { ok: true, party: "careProvider" } },
    {
      lease: "intermediary",
      named: "landlord",
      expected: { ok: false, code: "court.partyMismatch", expected: "careProvider" },
    },
    {
      lease: "threeParty",
      named: null,
      expected: { ok: false, code: "court.partyRequired", expected: null },
    },
    { lease: "threeParty", named: "landlord", expected: { ok: true, party: "landlord" } },
    { lease: "threeParty", named: "careProvider", expected: { ok: true, party: "careProvider" } },
  ];
  it.each(table)("Actie 6: lease $lease, named $named", ({ lease, named, expected }) => {
    expect(courtParty(lease, named)).toEqual(expected);
  });

  function atActie6(lease: LeaseType): Scenario {
    const s = new Scenario(openInput({}, lease));
    s.assess("conscious", true, true);
    s.apply({ type: "ladderStepTaken", actor: landlord, step: "actie6", situation: "repeatedComplaints" });
    return s;
  }

  it("Actie 6 flow: own lease → the landlord goes to court; the decide-party action is completed", () => {
    const s = atActie6("own");
    s.apply({ type: "courtPathDecided", actor: coordinator, party: null, agreement: null });
    expect(s.state.ladder.court).toMatchObject({ party: "landlord" });
    expect(s.action("decideCourtParty").status).toBe("done");
  });

  it("Actie 6 flow: intermediary lease → the care provider; naming the landlord is refused", () => {
    const s = atActie6("intermediary");
    expect(() =>
      s.apply({ type: "courtPathDecided", actor: coordinator, party: "landlord", agreement: null }),
    ).toThrow("court.partyMismatch");
    s.apply({ type: "courtPathDecided", actor: coordinator, party: null, agreement: null });
    expect(s.state.ladder.court?.party).toBe("careProvider");
  });

  it("Actie 6 flow: three-party agreement → the party must be named, as agreed", () => {
    const s = atActie6("threeParty");
    expect(() =>
      s.apply({ type: "courtPathDecided", actor: coordinator, party: null, agreement: null }),
    ).toThrow("court.partyRequired");
    s.apply({
      type: "courtPathDecided",
      actor: coordinator,
      party: "careProvider",
      agreement: "Art. 7 driepartijenovereenkomst",
    });
    expect(s.state.ladder.court).toMatchObject({
      party: "careProvider",
      agreement: "Art. 7 driepartijenovereenkomst",
    });
  });
});

describe("Actie 6: court readiness — the three conditions, with evidence", () => {
  it("nothing recorded: none of the three conditions is met", () => {
    const s = new Scenario();
    const readiness = courtReadiness({ ...s.state, timelineEntries: 0 });
    expect(readiness.ready).toBe(false);
    expect(readiness.conditions.map((c) => [c.id, c.met])).toEqual([
      ["nuisanceDossier", false],
      ["agreementsBroken", false],
      ["everythingPossibleDone", false],
    ]);
  });

  it("letters + timeline, a broken agreement and an intervention offered: ready, with the evidence listed", () => {
    const s = new Scenario();
    s.assess("conscious", true, true);
    s.apply({ type: "ladderStepTaken", actor: landlord, step: "actie3", situation: null });
    s.apply({
      type: "letterRecorded",
      actor: landlord,
      step: "actie3",
      sentAt: daysAfter(1),
      registered: false,
      signedForSeen: false,
    });
    s.apply({
      type: "agreementBreachRecorded",
      actor: landlord,
      description: "Geen bezoek na 23:00 niet nagekomen",
    });
    s.apply({
      type: "interventionOffered",
      actor: worker,
      detail: { kind: "scaleUpCare", daily: true },
      note: null,
    });
    const readiness = courtReadiness(s.state);
    expect(readiness.ready).toBe(true);
    expect(readiness.conditions).toEqual([
      {
        id: "nuisanceDossier",
        met: true,
        letters: [{ step: "actie3", kind: "warning", sentAt: daysAfter(1).toISOString() }],
        timelineEntries: s.state.timelineEntries,
      },
      {
        id: "agreementsBroken",
        met: true,
        breaches: [{ description: "Geen bezoek na 23:00 niet nagekomen", recordedAt: s.now.toISOString() }],
      },
      {
        id: "everythingPossibleDone",
        met: true,
        interventionsOffered: 1,
        outcomes: { successful: 0, unsuccessful: 0, declinedByParticipant: 0, pending: 1 },
      },
    ]);
  });
});

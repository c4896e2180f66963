/**
 * Actie 2 and Actie 3 through the real Bolt app: the four rows of the guideline's table, each
 * reached by the support worker's buttons; a second similar justified complaint proposes Actie 3;
 * a participant's own report never escalates.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CASE_BUTTON_IDS } from "../../../src/flows/cases/buttons.ts";
import type { CaseState } from "../../../src/flows/cases/state.ts";
import { openCaseFromSignal } from "../../../src/services/case-service.ts";
import { logSignal } from "../../../src/services/signal-service.ts";
import type { SlackCall } from "../../helpers/fake-slack.ts";
import { ASSESSMENT_ROWS, fileNoiseComplaint, registerWorldParticipant } from "../../helpers/procedure.ts";
import { type SlackHarness, startSlackHarness } from "../../helpers/slack-harness.ts";

interface Button {
  action_id: string;
  value: string;
}

function buttonsFor(calls: SlackCall[], prefix: string, caseId: string): Button | undefined {
  for (const call of [...calls].reverse()) {
    const blocks = (call.body.blocks ?? []) as { type: string; elements?: Button[] }[];
    const button = blocks
      .filter((block) => block.type === "actions")
      .flatMap((block) => block.elements ?? [])
      .find((element) => element.action_id.startsWith(prefix) && element.value.includes(caseId));
    if (button) return button;
  }
  return undefined;
}

describe("Actie 2 rows and Actie 3 through Slack", () => {
  let h: SlackHarness;
  beforeAll(async () => {
    h = await startSlackHarness("pglite");
  });
  afterAll(() => h.stop());

  const calls = () =>
    h.slack.calls.filter((call) => call.method === "chat.postMessage" || call.method === "chat.update");

  async function participant(reference: string) {
    return {
      participantId: await registerWorldParticipant(h.nabuur.runtime, h.world, reference, {
        dwelling: "Twijnstraat 1",
      }),
    };
  }

  async function complaint(participantId: string): Promise<CaseState> {
    const state = await fileNoiseComplaint(
      h.nabuur.runtime,
      h.world,
      participantId,
      "Geluidsoverlast in de nacht",
    );
    await h.tick();
    return state;
  }

  async function assess(caseId: string, answers: readonly string[]) {
    for (const answer of answers) {
      const id = CASE_BUTTON_IDS[answer as keyof typeof CASE_BUTTON_IDS];
      await h.clickAndSettle(h.user("UWORKER"), buttonsFor(calls(), id, caseId)!, "CCARE");
    }
    await h.clickAndSettle(
      h.user("UWORKER"),
      buttonsFor(calls(), CASE_BUTTON_IDS.confirmAssessment, caseId)!,
      "CCARE",
    );
  }

  async function stateOf(caseId: string): Promise<CaseState> {
    return (await h.nabuur.database.prisma.case.findUniqueOrThrow({ where: { id: caseId } }))
      .state as unknown as CaseState;
  }

  it.each(ASSESSMENT_ROWS)(
    "Actie 2 row $row is reached with the buttons and proposes its follow-up",
    async ({ row, answers }) => {
      const p = await participant(`HF-R${ASSESSMENT_ROWS.findIndex((candidate) => candidate.row === row)}`);
      const opened = await complaint(p.participantId);
      await assess(opened.id, answers);
      const state = await stateOf(opened.id);
      expect(state.assessments.at(-1)?.proposal.row).toBe(row);
      expect(buttonsFor(calls(), CASE_BUTTON_IDS.acceptAction, opened.id)).toBeDefined();
    },
  );

  // Every combination of the three answers: the confirmed result on the care team's assessment
  // card says what was answered; a derived combination names the table row it follows.
  const CONSCIOUS = "Bewust";
  const UNCONSCIOUS = "Onbewust";
  const UNJUSTIFIED_ROW =
    "acties volgens de rij „Onbewust — onterecht volgens de deelnemer en de begeleider”";
  const COMBINATIONS = [
    [
      "answerConscious",
      "answerJustifiedByParticipant",
      "answerJustifiedByWorker",
      `${CONSCIOUS} — terecht volgens de deelnemer en de begeleider`,
    ],
    [
      "answerConscious",
      "answerUnjustifiedByParticipant",
      "answerJustifiedByWorker",
      `${CONSCIOUS} — onterecht volgens de deelnemer, terecht volgens de begeleider`,
    ],
    [
      "answerConscious",
      "answerJustifiedByParticipant",
      "answerUnjustifiedByWorker",
      `${CONSCIOUS} — terecht volgens de deelnemer, onterecht volgens de begeleider (${UNJUSTIFIED_ROW})`,
    ],
    [
      "answerConscious",
      "answerUnjustifiedByParticipant",
      "answerUnjustifiedByWorker",
      `${CONSCIOUS} — onterecht volgens de deelnemer en de begeleider (${UNJUSTIFIED_ROW})`,
    ],
    [
      "answerUnconscious",
      "answerJustifiedByParticipant",
      "answerJustifiedByWorker",
      `${UNCONSCIOUS} — terecht volgens de deelnemer en de begeleider`,
    ],
    [
      "answerUnconscious",
      "answerUnjustifiedByParticipant",
      "answerJustifiedByWorker",
      `${UNCONSCIOUS} — onterecht volgens de deelnemer, terecht volgens de begeleider (acties volgens de rij „Onbewust — terecht volgens de deelnemer en de begeleider”)`,
    ],
    [
      "answerUnconscious",
      "answerJustifiedByParticipant",
      "answerUnjustifiedByWorker",
      `${UNCONSCIOUS} — terecht volgens de deelnemer, onterecht volgens de begeleider (${UNJUSTIFIED_ROW})`,
    ],
    [
      "answerUnconscious",
      "answerUnjustifiedByParticipant",
      "answerUnjustifiedByWorker",
      `${UNCONSCIOUS} — onterecht volgens de deelnemer en de begeleider`,
    ],
  ] as const;

  it.each(COMBINATIONS.map((c, i) => ({ i, answers: c.slice(0, 3), label: c[3] })))(
    "Actie 2 answers $answers: the card says $label",
    async ({ i, answers, label }) => {
      const p = await participant(`HF-C${i}`);
      const opened = await complaint(p.participantId);
      await assess(opened.id, answers);
      const card = calls().findLast(
        (call) =>
          call.body.channel === "CCARE" &&
          JSON.stringify(call.body).includes("Bevestigd") &&
          JSON.stringify(call.body).includes(`HF-C${i}`),
      );
      expect(JSON.stringify(card?.body.blocks)).toContain(`*Bevestigd*: ${label}\\n`);
    },
  );

  it("Actie 3 situation 1: a second similar justified complaint proposes the warning letter", async () => {
    const p = await participant("HF-A3");
    const first = await complaint(p.participantId);
    await assess(first.id, ASSESSMENT_ROWS[0].answers);
    h.clock.advance(7 * 24 * 3600_000);
    const second = await complaint(p.participantId);
    await assess(second.id, ASSESSMENT_ROWS[0].answers);
    const state = await stateOf(second.id);
    expect(state.ladder.proposals.some((proposal) => proposal.step === "actie3")).toBe(true);
    expect(buttonsFor(calls(), CASE_BUTTON_IDS.takeStep, second.id)).toBeDefined();
  });

  it("a participant's own report becomes a case that never escalates", async () => {
    const p = await participant("HF-EIGEN");
    const signal = await logSignal(h.nabuur.runtime, h.world.actor(h.world.worker), {
      participantId: p.participantId,
      kind: "participantReport",
      source: "careTeam",
      description: "De deelnemer wordt door de bovenburen getreiterd.",
      observedAt: h.clock.now(),
      followUpOwner: null,
    });
    const reportCase = await openCaseFromSignal(
      h.nabuur.runtime,
      h.world.actor(h.world.worker),
      signal.signalId,
    );
    await h.tick();
    expect(reportCase.kind).toBe("participantReport");
    expect(reportCase.complaints.every((item) => !item.countsTowardsEscalation)).toBe(true);
    const shared = calls().filter(
      (call) => call.body.channel === "CSHARED" && JSON.stringify(call.body).includes("HF-EIGEN"),
    );
    expect(JSON.stringify(shared)).toMatch(/telt niet mee/i);
  });
});

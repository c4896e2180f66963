import { describe, expect, it } from "vitest";
import { extractTeamsMentions, parseCommand } from "../../../../src/bot/teams/command-text.ts";

const BOT = "28:bot-id";
const botMention = { type: "mention", text: "<at>Nabuur</at>", mentioned: { id: BOT, name: "Nabuur" } };
const piet = {
  type: "mention",
  text: "<at>Piet Jansen</at>",
  mentioned: { id: "29:piet", name: "Piet Jansen" },
};

describe("parseCommand: the first word decides", () => {
  it.each([
    ["<at>Nabuur</at> overlast HF-001 harde muziek", [botMention], "overlast", "HF-001 harde muziek"],
    ["<at>Nabuur</at> Signaal", [botMention], "signaal", ""],
    ["signaal huur gemist\ntweede regel", [], "signaal", "huur gemist\ntweede regel"],
    ["zaak 12", [], "nabuur", "zaak 12"],
    ["mijn", [], "nabuur", "mijn"],
    ["help", [], "nabuur", "help"],
    ["deelnemer", [], "nabuur", "deelnemer"],
    ["kanaal gedeeld Woonstad", [], "nabuur", "kanaal gedeeld Woonstad"],
    ["taal en", [], "nabuur", "taal en"],
    ["/overlast HF-002", [], "overlast", "HF-002"],
    ["nabuur zaak 3", [], "nabuur", "zaak 3"],
    ["<at>Nabuur</at>", [botMention], "nabuur", ""],
  ])("%j → %s %j", (text, entities, command, rest) => {
    const parsed = parseCommand(text, entities, BOT);
    expect(parsed.command).toBe(command);
    expect(parsed.text).toBe(rest);
  });

  it("mentions of other people become '@' in the text and are listed in order", () => {
    const jan = {
      type: "mention",
      text: "<at>Jan</at>",
      mentioned: { id: "29:jan", name: "Jan", aadObjectId: "aad-jan" },
    };
    const parsed = parseCommand(
      "<at>Nabuur</at> lid <at>Piet Jansen</at> begeleider <at>Jan</at>",
      [botMention, jan, piet],
      BOT,
    );
    expect(parsed).toEqual({
      command: "nabuur",
      text: "lid @ begeleider @",
      mentions: [
        { id: "29:piet", name: "Piet Jansen", aadObjectId: null },
        { id: "29:jan", name: "Jan", aadObjectId: "aad-jan" },
      ],
    });
  });

  it("the same name mentioned twice uses each mention entity once", () => {
    const other = {
      type: "mention",
      text: "<at>Piet Jansen</at>",
      mentioned: { id: "29:piet2", name: "Piet Jansen" },
    };
    const { mentions } = extractTeamsMentions(
      "<at>Piet Jansen</at> en <at>Piet Jansen</at>",
      [piet, other],
      BOT,
    );
    expect(mentions.map((mention) => mention.id)).toEqual(["29:piet", "29:piet2"]);
  });

  it("decodes the HTML entities Teams puts in message text and ignores unknown entities", () => {
    const { text, mentions } = extractTeamsMentions(
      "<at>Nabuur</at>&nbsp;overlast a &amp; b &lt;3 <at>Onbekend</at>",
      [botMention, { type: "other" }],
      BOT,
    );
    expect(text.trim()).toBe("overlast a & b <3 @Onbekend");
    expect(mentions).toEqual([]);
  });
});

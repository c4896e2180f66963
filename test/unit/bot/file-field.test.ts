/**
 * The correspondence form's file field on both platforms, as exact JSON: Slack renders a Block Kit
 * file_input (one file, the accepted extensions) and reads the submitted files from the view state;
 * Teams' Adaptive Cards have no file input, so the card says where to send the file, the form's
 * envelope survives the round trip and the field gives no value.
 */
import { describe, expect, it } from "vitest";
import { filesFromSlack } from "../../../src/bot/slack/incoming-files.ts";
import { formToModal, formValuesFromSlack } from "../../../src/bot/slack/render-blocks.ts";
import { decodeFormEnvelope, encodeFormEnvelope } from "../../../src/bot/teams/form-envelope.ts";
import { formValuesFromTeams } from "../../../src/bot/teams/form-values.ts";
import { filesFromTeams } from "../../../src/bot/teams/incoming-files.ts";
import { formToAdaptiveCard } from "../../../src/bot/teams/render-adaptive-card.ts";
import { CORRESPONDENCE_FILE_FIELD, correspondenceForm } from "../../../src/flows/dossier/correspondence.ts";
import { modalProblems } from "../../helpers/block-kit-limits.ts";
import { adaptiveCardProblems } from "./teams/adaptive-card-validator.ts";

const form = correspondenceForm({ c: "case-1" }, new Date("2026-11-23T09:00:00Z"), true, "nl");
const EXTENSIONS = ["pdf", "jpg", "jpeg", "png", "gif", "heic", "tif", "tiff", "docx", "msg", "eml", "txt"];

describe("the file field on Slack", () => {
  it("is an optional file_input for one file of the accepted kinds", () => {
    const modal = formToModal(form, "Sluiten");
    expect(modal.blocks.at(-1)).toEqual({
      type: "input",
      block_id: CORRESPONDENCE_FILE_FIELD,
      label: { type: "plain_text", text: "Bestand", emoji: true },
      optional: true,
      hint: {
        type: "plain_text",
        text: "De brief of e-mail zelf, bewaard bij de zaak met dezelfde zichtbaarheid. Maximaal 10 MB: PDF, foto's en scans (JPG, PNG, GIF, HEIC, TIFF), Word (DOCX), e-mail (MSG, EML) en tekst (TXT).",
        emoji: true,
      },
      element: {
        type: "file_input",
        action_id: CORRESPONDENCE_FILE_FIELD,
        max_files: 1,
        filetypes: EXTENSIONS,
      },
    });
    expect(modalProblems(modal as never)).toEqual([]);
  });

  it("the submission's files are read from the view state, the other values as before", () => {
    const state = {
      party: { party: { type: "plain_text_input", value: "Wijkagent" } },
      file: {
        file: {
          type: "file_input",
          files: [{ id: "F1", name: "brief.pdf", size: 1200, mimetype: "application/pdf" }],
        },
      },
    };
    expect(formValuesFromSlack(state)).toEqual({ party: "Wijkagent" });
    const files = filesFromSlack(state, {} as never, "xoxb-1");
    expect(files.map((file) => [file.name, file.size])).toEqual([["brief.pdf", 1200]]);
    // A malformed file_input (no id) is ignored, never an unexpected error.
    expect(
      filesFromSlack({ file: { file: { type: "file_input", files: [{ name: "x" }] } } }, {} as never, ""),
    ).toEqual([]);
  });
});

describe("the file field on Teams", () => {
  it("says where to send the file instead, on a valid card", () => {
    const card = formToAdaptiveCard(form, undefined, "nl");
    const body = card.body as unknown[];
    const at = body.findIndex((element) => JSON.stringify(element).includes("Bestand"));
    expect(body.slice(at, at + 2)).toEqual([
      { type: "TextBlock", text: "Bestand", wrap: true, weight: "Bolder" },
      {
        type: "TextBlock",
        text: "Een bestand kan niet in dit formulier. Stuur het na het vastleggen in je persoonlijke chat met Nabuur; de bevestiging zegt met welke tekst.",
        wrap: true,
        spacing: "None",
      },
    ]);
    expect(adaptiveCardProblems(card)).toEqual([]);
  });

  it("the form's envelope keeps the file field, which gives no value", () => {
    const envelope = encodeFormEnvelope(form, "19:shared");
    const decoded = decodeFormEnvelope({ nabuurForm: envelope });
    expect(decoded?.form.fields.at(-1)).toMatchObject({ id: CORRESPONDENCE_FILE_FIELD, kind: "file" });
    expect(
      formValuesFromTeams(decoded!.form.fields, { party: "Wijkagent", file: "brief.pdf" }, "nl"),
    ).toEqual({
      values: { party: "Wijkagent" },
      errors: {},
    });
  });

  it("files come from the personal chat only, as Teams' download info", () => {
    const attachment = {
      contentType: "application/vnd.microsoft.teams.file.download.info",
      name: "brief-wijkagent.pdf",
      content: { downloadUrl: "https://contoso.sharepoint.com/download/1", uniqueId: "1", fileType: "pdf" },
    };
    const personal = filesFromTeams({
      conversation: { id: "a:1", conversationType: "personal" } as never,
      attachments: [attachment, { contentType: "text/html", content: "<p>bestand 3</p>" }],
    });
    expect(personal.map((file) => [file.name, file.size])).toEqual([["brief-wijkagent.pdf", null]]);
    const channel = filesFromTeams({
      conversation: { id: "19:shared", conversationType: "channel" } as never,
      attachments: [attachment],
    });
    expect(channel).toEqual([]);
  });
});

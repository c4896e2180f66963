/** The OpenAPI 3.1 document of the intake API, generated from the zod schemas the API validates with. */
import { z } from "zod";
import { BODY_LIMIT_LABEL } from "./body.ts";
import {
  caseStatusSchema,
  complaintCreatedSchema,
  complaintRequestSchema,
  correspondenceCreatedSchema,
  correspondenceRequestSchema,
  errorSchema,
  letterDraftRequestSchema,
  letterDraftSchema,
  letterSentRequestSchema,
  letterSentSchema,
  reportQuerySchema,
  reportSchema,
  signalCreatedSchema,
  signalRequestSchema,
} from "./schemas.ts";

type Json = Record<string, unknown>;

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

function jsonSchemas(schemas: Record<string, z.ZodType>, io: "input" | "output"): Record<string, Json> {
  return Object.fromEntries(
    Object.entries(schemas).map(([name, schema]) => {
      const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io, target: "draft-2020-12" }) as Json;
      return [name, rest];
    }),
  );
}

/** Query parameters from a zod object schema: one parameter per property, required as the schema says. */
function queryParameters(schema: z.ZodObject): Json[] {
  const json = z.toJSONSchema(schema, { io: "input", target: "draft-2020-12" }) as {
    properties: Record<string, Json>;
    required?: string[];
  };
  return Object.entries(json.properties).map(([name, property]) => {
    const { description, ...rest } = property;
    return {
      name,
      in: "query",
      required: json.required?.includes(name) ?? false,
      ...(description === undefined ? {} : { description }),
      schema: rest,
    };
  });
}

const errorResponse = (description: string) => ({
  description,
  content: { "application/json": { schema: ref("Error") } },
});

const COMMON_ERRORS = {
  "401": errorResponse("No API key, an unknown or wrong key, or a revoked key."),
  "429": {
    ...errorResponse("Too many requests with this key (per minute); see the Retry-After header."),
    headers: { "Retry-After": { schema: { type: "integer" }, description: "Seconds to wait." } },
  },
};

const WRITE_ERRORS = {
  "400": errorResponse(
    "The body is not valid JSON, is nested more than 32 levels deep, or fields are wrong: `fields` lists every one.",
  ),
  "403": errorResponse("The participant belongs to another landlord."),
  "404": errorResponse("No participant with this reference."),
  "409": errorResponse("A request with the same Idempotency-Key is still being processed."),
  "413": errorResponse(`The body is larger than ${BODY_LIMIT_LABEL}.`),
  "415": errorResponse("The body is not application/json."),
  "422": errorResponse(
    "The Idempotency-Key was used before with a different body, or the procedure refuses it.",
  ),
  ...COMMON_ERRORS,
};

const headers = {
  idempotencyKey: {
    name: "Idempotency-Key",
    in: "header",
    required: false,
    description:
      "Any unique string (e.g. a UUID). A retry with the same key and body returns the first answer and records nothing twice.",
    schema: { type: "string", minLength: 1, maxLength: 255 },
  },
  acceptLanguage: {
    name: "Accept-Language",
    in: "header",
    required: false,
    description: "nl (default) or en: the language of messages and labels.",
    schema: { type: "string", example: "nl" },
  },
};

const caseNumber = {
  name: "number",
  in: "path",
  required: true,
  description: "The case number, as returned by POST /complaints.",
  schema: { type: "string", pattern: "^[0-9]+$" },
};

const reportErrors = {
  "400": errorResponse(
    "`from` or `to` is missing or not a date, or `to` lies before `from`: `fields` lists every one.",
  ),
  ...COMMON_ERRORS,
};

const chartContent = {
  "image/png": { schema: { type: "string", format: "binary" } },
  "image/svg+xml": { schema: { type: "string" } },
};

const ownCaseErrors = {
  "403": errorResponse("The case belongs to another landlord."),
  "404": errorResponse("No case with this number."),
  ...COMMON_ERRORS,
};

/** Writing to one of your cases: the body's errors and the case's. */
const ownCaseWriteErrors = {
  ...WRITE_ERRORS,
  "403": errorResponse("The case belongs to another landlord."),
  "404": errorResponse("No case with this number."),
};

/** A write to the nuisance dossier of one of your cases, with a JSON body. */
function dossierWrite(
  summary: string,
  operationId: string,
  request: string,
  created: string,
  description: string,
) {
  return {
    post: {
      summary,
      operationId,
      parameters: [caseNumber, headers.idempotencyKey, headers.acceptLanguage],
      requestBody: { required: true, content: { "application/json": { schema: ref(request) } } },
      responses: {
        "201": { description, content: { "application/json": { schema: ref(created) } } },
        ...ownCaseWriteErrors,
      },
    },
  };
}

export function openApiDocument(serverUrl = "/api/v1"): Json {
  return {
    openapi: "3.1.0",
    info: {
      title: "Nabuur intake API",
      version: "1.0.0",
      description:
        "Landlords send nuisance complaints and signals from their own systems, read the status of their own cases, export the nuisance dossier (overlastdossier) and read the guideline's figures over their own participants (as JSON or a chart). Messages are Dutch by default (Accept-Language: en for English).",
    },
    servers: [{ url: serverUrl }],
    security: [{ apiKey: [] }],
    paths: {
      "/complaints": {
        post: {
          summary: "File a nuisance complaint (Actie 1 starts)",
          operationId: "fileComplaint",
          parameters: [headers.idempotencyKey, headers.acceptLanguage],
          requestBody: {
            required: true,
            content: { "application/json": { schema: ref("ComplaintRequest") } },
          },
          responses: {
            "201": {
              description: "Recorded: the case was opened, or the complaint joined the open case.",
              content: { "application/json": { schema: ref("ComplaintCreated") } },
            },
            ...WRITE_ERRORS,
          },
        },
      },
      "/signals": {
        post: {
          summary: "Log a signal (passed on within 48 hours)",
          operationId: "logSignal",
          parameters: [headers.idempotencyKey, headers.acceptLanguage],
          requestBody: { required: true, content: { "application/json": { schema: ref("SignalRequest") } } },
          responses: {
            "201": {
              description: "Logged.",
              content: { "application/json": { schema: ref("SignalCreated") } },
            },
            ...WRITE_ERRORS,
          },
        },
      },
      "/cases/{number}": {
        get: {
          summary: "Status of one of your cases (no care-only content)",
          operationId: "getCase",
          parameters: [caseNumber, headers.acceptLanguage],
          responses: {
            "200": {
              description: "The case.",
              content: { "application/json": { schema: ref("CaseStatus") } },
            },
            ...ownCaseErrors,
          },
        },
      },
      "/cases/{number}/correspondence": dossierWrite(
        "Record correspondence with a third party (wijkagent, gemeente, advocaat, buurtbemiddeling) with the case",
        "recordCorrespondence",
        "CorrespondenceRequest",
        "CorrespondenceCreated",
        "Recorded: it is in the case timeline and in both versions of the dossier, with its date.",
      ),
      "/cases/{number}/letters": dossierWrite(
        "Draft the letter of Actie 3, 4 or 5 from the case (stored with the case)",
        "draftLetter",
        "LetterDraftRequest",
        "LetterDraft",
        "The draft, stored with the case; record it as sent with POST /cases/{number}/letters/sent.",
      ),
      "/cases/{number}/letters/sent": dossierWrite(
        'Record a letter as sent, with its dates (registered, signed "voor gezien")',
        "recordLetterSent",
        "LetterSentRequest",
        "LetterSent",
        "Recorded: the dossier holds the letter (the stored draft, or the text sent) with its dates.",
      ),
      "/cases/{number}/dossier.json": {
        get: {
          summary: "The nuisance dossier (landlord's version) as JSON, with the timeline's hash chain",
          operationId: "getDossierJson",
          parameters: [caseNumber, headers.acceptLanguage],
          responses: {
            "200": {
              description: "The dossier.",
              content: { "application/json": { schema: { type: "object" } } },
            },
            ...ownCaseErrors,
          },
        },
      },
      "/cases/{number}/dossier.pdf": {
        get: {
          summary: "The nuisance dossier (landlord's version) as a PDF for the court",
          operationId: "getDossierPdf",
          parameters: [caseNumber, headers.acceptLanguage],
          responses: {
            "200": {
              description: "The dossier.",
              content: { "application/pdf": { schema: { type: "string", format: "binary" } } },
            },
            ...ownCaseErrors,
          },
        },
      },
      "/cases/{number}/dossier": {
        get: {
          summary: "The nuisance dossier (landlord's version): PDF with Accept: application/pdf, else JSON",
          operationId: "getDossier",
          parameters: [caseNumber, headers.acceptLanguage],
          responses: {
            "200": {
              description: "The dossier.",
              content: {
                "application/json": { schema: { type: "object" } },
                "application/pdf": { schema: { type: "string", format: "binary" } },
              },
            },
            ...ownCaseErrors,
          },
        },
      },
      "/reports": {
        get: {
          summary:
            "The guideline's figures over your participants for a period: JSON, or the chart with Accept: image/png or image/svg+xml",
          operationId: "getReport",
          parameters: [...queryParameters(reportQuerySchema), headers.acceptLanguage],
          responses: {
            "200": {
              description:
                "Shares of participants without, with occasional and with serious or persistent nuisance; complaints started within 24 h; cases resolved within 3 months; signals shared within 48 h; rehousings.",
              content: { "application/json": { schema: ref("Report") }, ...chartContent },
            },
            ...reportErrors,
          },
        },
      },
      "/reports/chart.png": {
        get: {
          summary: "The report as a PNG chart (Dutch labels; English with Accept-Language: en)",
          operationId: "getReportChartPng",
          parameters: [...queryParameters(reportQuerySchema), headers.acceptLanguage],
          responses: {
            "200": { description: "The chart.", content: { "image/png": chartContent["image/png"] } },
            ...reportErrors,
          },
        },
      },
      "/reports/chart.svg": {
        get: {
          summary: "The report as an SVG chart (Dutch labels; English with Accept-Language: en)",
          operationId: "getReportChartSvg",
          parameters: [...queryParameters(reportQuerySchema), headers.acceptLanguage],
          responses: {
            "200": { description: "The chart.", content: { "image/svg+xml": chartContent["image/svg+xml"] } },
            ...reportErrors,
          },
        },
      },
      "/openapi.json": {
        get: {
          summary: "This document",
          operationId: "getOpenApi",
          security: [],
          responses: { "200": { description: "OpenAPI 3.1 document.", content: { "application/json": {} } } },
        },
      },
    },
    components: {
      securitySchemes: {
        apiKey: {
          type: "http",
          scheme: "bearer",
          bearerFormat: "nbr_<prefix>_<secret>",
          description: "The landlord's API key (npm run apikey -- create).",
        },
      },
      schemas: {
        ...jsonSchemas(
          {
            ComplaintRequest: complaintRequestSchema,
            SignalRequest: signalRequestSchema,
            CorrespondenceRequest: correspondenceRequestSchema,
            LetterDraftRequest: letterDraftRequestSchema,
            LetterSentRequest: letterSentRequestSchema,
          },
          "input",
        ),
        ...jsonSchemas(
          {
            ComplaintCreated: complaintCreatedSchema,
            SignalCreated: signalCreatedSchema,
            CorrespondenceCreated: correspondenceCreatedSchema,
            LetterDraft: letterDraftSchema,
            LetterSent: letterSentSchema,
            CaseStatus: caseStatusSchema,
            Report: reportSchema,
            Error: errorSchema,
          },
          "output",
        ),
      },
    },
  };
}

/**
 * fast-check arbitraries of requests the intake API must refuse without recording anything: wrong
 * types, missing and extra fields, huge strings, deep nesting, text that is not JSON, wrong content
 * types and unicode edge cases. Every generated request is refused by construction: its body fails
 * the endpoint's schema, names a participant the key does not have, or is not a JSON body at all.
 */
import fc from "fast-check";
import type { z } from "zod";

export interface RawRequest {
  /** What goes on the wire; undefined sends no body. */
  body: Buffer | undefined;
  headers: Record<string, string>;
  /** A short description for the failure message. */
  kind: string;
}

export interface EndpointModel {
  schema: z.ZodObject;
  /** A body the endpoint accepts. */
  valid: Record<string, unknown>;
  /** Fields whose absence alone makes the body invalid. */
  required: string[];
  /** The one participant reference the key may use (anything else is refused). */
  ownParticipant: string;
}

const JSON_TYPE = "application/json";

/** Strings that trouble parsers, databases and terminals. */
const awkwardStrings = fc.oneof(
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 20 }),
  fc.constantFrom(
    "",
    " ",
    "\u0000",
    "HF-007\u0000",
    "HF-042",
    "\ud800",
    "\udfff\ud800",
    "\ufeff",
    "\u202e\u0645\u0631\u062d\u0628\u0627",
    "e\u0301\u0301\u0301",
    "👩‍👩‍👧‍👦",
    "\r\n\t\v\f",
    '\'; DROP TABLE "Case"; --',
    "{{7*7}}",
    "%s%n%x",
    "1e309",
    "__proto__",
    "NaN",
    "2026-02-30T25:61:00+01:00",
  ),
);

/** A value nested `depth` levels deep, as JSON text (arrays or objects). */
function deepJson(depth: number, objects: boolean): string {
  return objects
    ? `${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`
    : `${"[".repeat(depth)}${"]".repeat(depth)}`;
}

/** Values of any other type than the field expects (strings are covered by awkwardStrings). */
const wrongValues = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 4 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 }),
);

/** Just over the fields' limits mostly, now and then over the 64 kB body limit. */
const hugeLengths = fc.oneof(
  { arbitrary: fc.integer({ min: 101, max: 6_000 }), weight: 5 },
  { arbitrary: fc.integer({ min: 64 * 1024, max: 70 * 1024 }), weight: 1 },
);

type Mutation = (body: Record<string, unknown>) => void;

function mutations(model: EndpointModel): fc.Arbitrary<Mutation> {
  const fields = Object.keys(model.valid);
  const known = new Set([...fields, "name", "contact", "anonymous"]);
  const field = fc.constantFrom(...fields);
  return fc.oneof(
    // Missing field.
    fc.constantFrom(...model.required).map((name) => (body: Record<string, unknown>) => {
      delete body[name];
    }),
    // Wrong type.
    fc.tuple(field, wrongValues).map(([name, value]) => (body: Record<string, unknown>) => {
      body[name] = value;
    }),
    // A string where the field wants something else, or an awkward participant reference.
    fc.tuple(field, awkwardStrings).map(([name, value]) => (body: Record<string, unknown>) => {
      body[name] = value;
    }),
    // Extra field (including prototype names).
    fc
      .tuple(
        fc.oneof(
          fc.string({ unit: "binary", minLength: 1, maxLength: 12 }),
          fc.constantFrom("__proto__", "constructor"),
        ),
        fc.jsonValue({ maxDepth: 2 }),
      )
      .filter(([name]) => !known.has(name))
      .map(([name, value]) => (body: Record<string, unknown>) => {
        Object.defineProperty(body, name, { value, enumerable: true, configurable: true, writable: true });
      }),
    // Huge string: over the field's limit, sometimes over the body limit (64 kB).
    fc.tuple(field, hugeLengths).map(([name, length]) => (body: Record<string, unknown>) => {
      body[name] = "x".repeat(length);
    }),
    // A nested complainant / body-in-body.
    fc
      .tuple(field, fc.integer({ min: 1, max: 6 }))
      .map(([name, levels]) => (body: Record<string, unknown>) => {
        let value: unknown = { ...model.valid };
        for (let i = 0; i < levels; i++) value = { [name]: value };
        body[name] = value;
      }),
  );
}

/** The body is refused: it fails the schema, or names a participant the key does not have. */
function refused(model: EndpointModel, body: unknown): boolean {
  const parsed = model.schema.safeParse(body);
  if (!parsed.success) return true;
  const participant = (parsed.data as { participant?: unknown }).participant;
  return typeof participant !== "string" || participant.trim() !== model.ownParticipant;
}

const idempotencyKeys = fc.oneof(
  fc.constant(undefined),
  fc.uuid(),
  fc.string({ unit: "binary-ascii", minLength: 1, maxLength: 300 }).filter((s) => /^[\x20-\x7e]*$/.test(s)),
);

const acceptLanguages = fc.oneof(
  fc.constant(undefined),
  fc.constantFrom("en", "nl", "en-GB;q=0.9, nl;q=1", "*", "q=;;,", "en;q=NaN", "de-DE"),
  fc.string({ unit: "binary-ascii", maxLength: 40 }).filter((s) => /^[\x20-\x7e]*$/.test(s)),
);

/** What goes on the wire before the headers that vary: the body and its content type. */
interface Payload {
  kind: string;
  body: Buffer | undefined;
  contentType: string | undefined;
}

/** A JSON body (application/json). */
const payload = (kind: string, body: Buffer): Payload => ({ kind, body, contentType: JSON_TYPE });

const json = (text: string) => Buffer.from(text, "utf8");

/** A counterexample printed short: kind, headers and the start of the body. */
function described(raw: RawRequest): RawRequest {
  return Object.assign(raw, {
    [fc.toStringMethod]: () => {
      const body =
        raw.body === undefined
          ? "no body"
          : `${raw.body.length} bytes: ${JSON.stringify(raw.body.toString("utf8").slice(0, 200))}`;
      return `${raw.kind}, headers ${JSON.stringify(raw.headers)}, ${body}`;
    },
  });
}

/** Malformed requests for one endpoint. */
export function malformedRequests(model: EndpointModel): fc.Arbitrary<RawRequest> {
  const mutated = fc
    .array(mutations(model), { minLength: 1, maxLength: 3 })
    .map((steps) => {
      const body: Record<string, unknown> = structuredClone(model.valid);
      for (const step of steps) step(body);
      return body;
    })
    .map((body) => JSON.stringify(body))
    // Judged as the server will see it, after JSON (NaN becomes null, and so on).
    .filter((text) => refused(model, JSON.parse(text)))
    .map((text) => payload("mutated body", json(text)));

  const anyJson = fc
    .jsonValue({ maxDepth: 4 })
    .filter((value) => refused(model, value))
    .map((value) => payload("any JSON value", json(JSON.stringify(value) ?? "null")));

  const notJson = fc
    .oneof(
      fc.string({ unit: "binary", maxLength: 200 }),
      fc
        .integer({ min: 0, max: JSON.stringify(model.valid).length - 1 })
        .map((length) => JSON.stringify(model.valid).slice(0, length)),
      fc.constantFrom("\ufeff{}", "{'participant': 'HF-007'}", "{,}", "[1,]", "NaN", "undefined", "\u0000"),
    )
    .filter((text) => {
      try {
        return refused(model, JSON.parse(text));
      } catch {
        return true;
      }
    })
    .map((text) => payload("text that is not a valid body", json(text)));

  const invalidUtf8 = fc
    .uint8Array({ minLength: 1, maxLength: 64 })
    .map((bytes) =>
      Buffer.concat([
        Buffer.from('{"participant":"'),
        Buffer.from(bytes),
        Buffer.from([0xff, 0xfe, 0xc0, 0x80]),
        Buffer.from('"}'),
      ]),
    )
    .map((body) => payload("bytes that are not UTF-8", body));

  const deep = fc
    .record({
      depth: fc.oneof(
        { arbitrary: fc.integer({ min: 30, max: 2_000 }), weight: 4 },
        { arbitrary: fc.integer({ min: 2_000, max: 30_000 }), weight: 1 },
      ),
      objects: fc.boolean(),
      where: fc.constantFrom("body", ...Object.keys(model.valid)),
    })
    .map(({ depth, objects, where }) => {
      const nested = deepJson(depth, objects);
      if (where === "body") return nested;
      const text = JSON.stringify({ ...model.valid, [where]: "\u0001PLACEHOLDER\u0001" });
      return text.replace('"\\u0001PLACEHOLDER\\u0001"', nested);
    })
    .map((text) => payload("deeply nested JSON", json(text)));

  const wrongContentType = fc
    .record({
      type: fc.oneof(
        fc.constantFrom(
          undefined,
          "text/plain",
          "application/x-www-form-urlencoded",
          "multipart/form-data; boundary=x",
          "application/xml",
          "application/json; charset=utf-16",
          "application/json; charset=latin1",
          "application/merge-patch+json",
          "application/octet-stream",
          "*/*",
          "",
        ),
        fc
          .string({ unit: "binary-ascii", maxLength: 30 })
          .filter((s) => /^[\x21-\x7e]*$/.test(s) && !/json/i.test(s)),
      ),
      empty: fc.boolean(),
    })
    .map(
      ({ type, empty }): Payload => ({
        kind: `content type ${JSON.stringify(type)}`,
        body: empty ? undefined : json(JSON.stringify(model.valid)),
        contentType: type,
      }),
    );

  const payloads: fc.Arbitrary<Payload> = fc.oneof(
    { arbitrary: mutated, weight: 6 },
    { arbitrary: anyJson, weight: 1 },
    { arbitrary: notJson, weight: 2 },
    { arbitrary: invalidUtf8, weight: 1 },
    { arbitrary: deep, weight: 1 },
    { arbitrary: wrongContentType, weight: 2 },
  );
  return fc
    .record({ payload: payloads, key: idempotencyKeys, language: acceptLanguages })
    .map(({ payload: { kind, body, contentType }, key, language }) => {
      const headers: Record<string, string> = {};
      if (contentType !== undefined) headers["content-type"] = contentType;
      if (key !== undefined) headers["idempotency-key"] = key;
      if (language !== undefined) headers["accept-language"] = language;
      return described({ body, headers, kind });
    });
}

/**
 * Validates Adaptive Card JSON offline with the `adaptivecards` package (its UMD bundle parses
 * and validates without a DOM): parse warnings (unknown element or action types), validation
 * failures (duplicate ids, empty choice sets, …) and properties the schema does not know (the
 * package drops them when it serialises the parsed card again).
 */
import { createRequire } from "node:module";

interface SerializationContext {
  eventCount: number;
  getEventAt(index: number): { message: string };
}
interface ParsedCard {
  parse(json: unknown, context: SerializationContext): void;
  validateProperties(): { validationEvents: { message: string }[] };
  toJSON(): unknown;
}
const adaptiveCards = createRequire(import.meta.url)("adaptivecards/dist/adaptivecards.js") as {
  AdaptiveCard: new () => ParsedCard;
  SerializationContext: new () => SerializationContext;
};

/** Properties that the package leaves out when they hold their default value, or that Teams adds. */
const DEFAULTS_OR_HOST_SPECIFIC: Record<string, unknown[]> = {
  msteams: ["*"],
  style: ["compact", "default"],
  valueOn: ["true"],
  valueOff: ["false"],
  isRequired: [false],
  wrap: [false],
};

function droppedProperties(original: unknown, serialised: unknown, path: string): string[] {
  if (Array.isArray(original)) {
    const other = Array.isArray(serialised) ? serialised : [];
    return original.flatMap((item, index) => droppedProperties(item, other[index], `${path}[${index}]`));
  }
  if (original === null || typeof original !== "object") return [];
  const other = (serialised ?? {}) as Record<string, unknown>;
  const problems: string[] = [];
  for (const [key, value] of Object.entries(original as Record<string, unknown>)) {
    if (key === "data") continue; // Action data is free-form JSON.
    if (!(key in other)) {
      const allowed = DEFAULTS_OR_HOST_SPECIFIC[key];
      if (!allowed || !(allowed.includes("*") || allowed.includes(value)))
        problems.push(`unknown property ${path}.${key}`);
      continue;
    }
    problems.push(...droppedProperties(value, other[key], `${path}.${key}`));
  }
  return problems;
}

/** Every problem found in the card; an empty list means the card is valid. */
export function adaptiveCardProblems(json: unknown): string[] {
  const card = new adaptiveCards.AdaptiveCard();
  const context = new adaptiveCards.SerializationContext();
  card.parse(json, context);
  const problems: string[] = [];
  for (let index = 0; index < context.eventCount; index++) problems.push(context.getEventAt(index).message);
  for (const event of card.validateProperties().validationEvents) problems.push(event.message);
  problems.push(...droppedProperties(json, card.toJSON(), "card"));
  return problems;
}

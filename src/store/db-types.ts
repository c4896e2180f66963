/** Prisma types shared by the repositories (the only place outside generated/ that names them). */
import type { Prisma, PrismaClient } from "./generated/prisma/client.ts";

export type { PrismaClient };
/** A client inside an interactive transaction. */
export type Tx = Prisma.TransactionClient;

/** A JSON value as Prisma stores it. */
export function toJson<T>(value: T): Prisma.InputJsonValue {
  return JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
}

/**
 * Flow state as JSON. Dates are kept as {"$date": ISO} so they come back as Date objects; states
 * that hold ISO strings keep them as strings.
 */
export function encodeState<T>(state: T): Prisma.InputJsonValue {
  const encode = (value: unknown): unknown => {
    if (value instanceof Date) return { $date: value.toISOString() };
    if (Array.isArray(value)) return value.map(encode);
    if (value !== null && typeof value === "object") {
      return Object.fromEntries(
        Object.entries(value as Record<string, unknown>)
          .filter(([, item]) => item !== undefined)
          .map(([key, item]) => [key, encode(item)]),
      );
    }
    return value;
  };
  return encode(state) as Prisma.InputJsonValue;
}

export function decodeState<T>(json: unknown): T {
  const decode = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(decode);
    if (value !== null && typeof value === "object") {
      const record = value as Record<string, unknown>;
      const keys = Object.keys(record);
      if (keys.length === 1 && keys[0] === "$date" && typeof record.$date === "string")
        return new Date(record.$date);
      return Object.fromEntries(keys.map((key) => [key, decode(record[key])]));
    }
    return value;
  };
  return decode(json) as T;
}
export type { Platform } from "./generated/prisma/enums.ts";

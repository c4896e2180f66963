/** Writing an API answer, marking a replayed idempotent answer. */
import type { Response } from "express";
import type { IdempotentResult } from "./idempotency.ts";

export function sendResult(res: Response, result: IdempotentResult): void {
  if (result.replayed) res.set("Idempotent-Replayed", "true");
  res.status(result.status).json(result.body);
}

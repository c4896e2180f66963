/**
 * Errors of the intake API as one JSON shape: `{ error: { code, message, fields? } }`, the message
 * in the caller's language. Flow refusals keep their own Dutch (or English) explanation.
 */
import type { Response } from "express";
import type { Locale } from "../flows/model.ts";
import { type ApiErrorCode, apiTexts, type FieldProblem } from "./texts.ts";

export interface FieldError {
  /** The field as the caller sends it, e.g. "complainant.name"; "" for the body itself. */
  field: string;
  problem: FieldProblem;
  message: string;
}

export interface ErrorBody {
  error: { code: ApiErrorCode | string; message: string; fields?: FieldError[] };
}

export class ApiError extends Error {
  override name = "ApiError";
  readonly status: number;
  readonly code: ApiErrorCode;
  readonly params: Record<string, string | number>;
  readonly fields: FieldError[] | undefined;
  readonly headers: Record<string, string>;
  /** A message already in the caller's language (e.g. a flow's refusal), instead of the code's text. */
  readonly text: string | undefined;

  constructor(
    status: number,
    code: ApiErrorCode,
    options: {
      params?: Record<string, string | number>;
      fields?: FieldError[];
      headers?: Record<string, string>;
      text?: string;
    } = {},
  ) {
    super(code);
    this.status = status;
    this.code = code;
    this.params = options.params ?? {};
    this.fields = options.fields;
    this.headers = options.headers ?? {};
    this.text = options.text;
  }
}

function errorBody(error: ApiError, locale: Locale): ErrorBody {
  const message = error.text ?? apiTexts[locale].errors[error.code](error.params);
  return {
    error: { code: error.code, message, ...(error.fields ? { fields: error.fields } : {}) },
  };
}

export function sendError(res: Response, error: ApiError, locale: Locale): void {
  res.set(error.headers);
  res.status(error.status).json(errorBody(error, locale));
}

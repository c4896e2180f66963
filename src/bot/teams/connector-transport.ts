/**
 * The HTTP transport of the Bot Connector client, without the SDK's own retries.
 *
 * The Azure pipeline under botbuilder retries 429s after their Retry-After and 5xx responses with
 * exponential backoff, inside the call. Nabuur's outbox owns retries (it honours Retry-After,
 * keeps the order of a case's messages and parks what cannot be delivered), so a failed call must
 * surface at once, with its status. An error thrown here is not one the pipeline retries.
 */

/** A failed Bot Connector call: the HTTP status and, for 429, how long to wait. */
export class ConnectorHttpError extends Error {
  override name = "ConnectorHttpError";
  readonly status: number;
  readonly retryAfterMs: number | null;

  constructor(status: number, retryAfterMs: number | null, detail: string) {
    super(`Bot Connector answered HTTP ${status}${detail ? `: ${detail}` : ""}`);
    this.status = status;
    this.retryAfterMs = retryAfterMs;
  }
}

/** Retry-After is seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | null {
  if (!value) return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, Math.round(seconds * 1000));
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

/** The request shape the botbuilder compat pipeline hands to a custom HTTP client. */
interface CompatRequest {
  url: string;
  method: string;
  body?: unknown;
  headers: { toJson(options?: { preserveCase?: boolean }): Record<string, string> };
  abortSignal?: AbortSignal;
  timeout?: number;
}

class ResponseHeaders {
  private readonly values: Record<string, string>;
  constructor(headers: Headers) {
    this.values = Object.fromEntries(headers.entries());
  }
  get(name: string): string | undefined {
    return this.values[name.toLowerCase()];
  }
  set(name: string, value: string | number): void {
    this.values[name.toLowerCase()] = String(value);
  }
  contains(name: string): boolean {
    return name.toLowerCase() in this.values;
  }
  remove(name: string): boolean {
    const existed = this.contains(name);
    delete this.values[name.toLowerCase()];
    return existed;
  }
  rawHeaders(): Record<string, string> {
    return { ...this.values };
  }
  toJson(): Record<string, string> {
    return { ...this.values };
  }
  headersArray(): { name: string; value: string }[] {
    return Object.entries(this.values).map(([name, value]) => ({ name, value }));
  }
  headerNames(): string[] {
    return Object.keys(this.values);
  }
  headerValues(): string[] {
    return Object.values(this.values);
  }
  clone(): ResponseHeaders {
    const copy = new ResponseHeaders(new Headers());
    for (const [name, value] of Object.entries(this.values)) copy.set(name, value);
    return copy;
  }
}

const DEFAULT_TIMEOUT_MS = 30_000;

/** The Bot Connector call without its ids: `POST /v3/conversations/:id/activities`. */
function connectorMethod(method: string, url: string): string {
  const words = new Set(["v3", "conversations", "activities", "members", "attachments", "pagedmembers"]);
  const path = new URL(url).pathname
    .split("/")
    .map((part) => (part === "" || words.has(part) ? part : ":id"))
    .join("/");
  return `${method} ${path}`;
}

/**
 * An HTTP client for `connectorClientOptions.httpClient` that never retries; `onCall` is told of
 * each call and what it came to (the metrics; HTTP 429 is rate_limited).
 */
export function connectorTransport(
  onCall: (method: string, outcome: "ok" | "rate_limited" | "error") => void = () => {},
) {
  return {
    async sendRequest(request: CompatRequest) {
      const method = connectorMethod(request.method, request.url);
      try {
        const response = await send(request);
        onCall(method, "ok");
        return response;
      } catch (error) {
        onCall(
          method,
          error instanceof ConnectorHttpError && error.status === 429 ? "rate_limited" : "error",
        );
        throw error;
      }
    },
  };
}

const transport = {
  async sendRequest(request: CompatRequest) {
    const signal = request.abortSignal ?? AbortSignal.timeout(request.timeout || DEFAULT_TIMEOUT_MS);
    const body =
      request.body === undefined || request.body === null || typeof request.body === "string"
        ? (request.body ?? undefined)
        : JSON.stringify(request.body);
    const response = await fetch(request.url, {
      method: request.method,
      headers: request.headers.toJson({ preserveCase: true }),
      ...(body === undefined ? {} : { body }),
      signal,
    });
    const text = await response.text();
    if (!response.ok) {
      throw new ConnectorHttpError(
        response.status,
        parseRetryAfter(response.headers.get("retry-after")),
        text.slice(0, 300),
      );
    }
    return {
      request,
      status: response.status,
      headers: new ResponseHeaders(response.headers),
      bodyAsText: text,
    };
  },
};
const send = (request: CompatRequest) => transport.sendRequest(request);

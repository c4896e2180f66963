/**
 * A decision a flow refuses, with a stable code. The bots translate the code into a Dutch (or
 * English) message shown where the user is; `params` fill in the message.
 */
export class FlowError extends Error {
  readonly code: string;
  readonly params: Record<string, string | number>;

  constructor(code: string, params: Record<string, string | number> = {}) {
    super(code);
    this.name = "FlowError";
    this.code = code;
    this.params = params;
  }
}

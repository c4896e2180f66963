/** The case module's decisions: opening a case and deciding its events. */
export { decideCase } from "./decide-case.ts";
export { openCase } from "./open-case.ts";

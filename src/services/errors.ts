/** Service-level refusals that are not decisions of a flow. */
export class NotFoundError extends Error {
  override name = "NotFoundError";
  readonly entity: string;
  readonly key: string;

  constructor(entity: string, key: string) {
    super(`${entity} ${key} not found`);
    this.entity = entity;
    this.key = key;
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A well-formed uuid (checked before a query: a malformed id is simply "not found"). */
export function estUuid(s: string): boolean {
  return UUID.test(s);
}

/** Expected business failures are results; bugs throw. */
export type Result<T, E = DomainError> = { ok: true; value: T } | { ok: false; error: E };

export interface DomainError {
  /** Stable, machine-readable (API `code`). */
  code: string;
  /** French, for a person. */
  message: string;
  /** HTTP status the API answers with. */
  status?: number;
  fields?: Record<string, string>;
}

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const fail = (code: string, message: string, status = 422, fields?: Record<string, string>) =>
  ({ ok: false, error: { code, message, status, ...(fields ? { fields } : {}) } }) as const;

import type { z } from 'zod';
import type { FieldErrors } from '../../ui/components/form.tsx';

/** First French message of each field of a failed zod parse (schemas carry French messages). */
export function fieldErrors(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || '_';
    if (!(key in out)) out[key] = issue.message;
  }
  return out;
}

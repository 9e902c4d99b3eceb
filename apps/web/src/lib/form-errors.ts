import type { ApiErrorCode } from '@nextstep/api-client';
import type { FieldPath, FieldValues, UseFormSetError } from 'react-hook-form';
import { ApiError, describeError } from './api-error';

export interface ServerErrorOptions<T extends FieldValues> {
  /** The form's field names; an API field outside them becomes part of the form-level message. */
  fields: readonly FieldPath<T>[];
  /** API field name → form field, when they differ (e.g. `file` → `resume`). */
  fieldAliases?: Partial<Record<string, FieldPath<T>>>;
  /** Refusal codes that belong to one field, e.g. `{ [ErrorCode.EMAIL_TAKEN]: 'email' }`. */
  codeFields?: Partial<Record<ApiErrorCode, FieldPath<T>>>;
}

/** "email must be an e-mail address" next to the E-mail field reads better as "Must be an e-mail address." */
export function fieldMessage(field: string, message: string): string {
  const trimmed = message.trim().replace(new RegExp(`^${field.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s+`), '');
  const sentence = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(sentence) ? sentence : `${sentence}.`;
}

/**
 * Puts a failed submission's errors where the person looks: each 400 `fields`
 * entry on its input (react-hook-form `setError`, so it is announced with the
 * field), a coded refusal on its field when one is named, and returns the
 * form-level message for everything else (`null` when every error found a field).
 *
 *   catch (error) { setFormError(applyServerErrors(error, form.setError, { fields: ['email', 'password'] })); }
 */
export function applyServerErrors<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  options: ServerErrorOptions<T>,
): string | null {
  if (!(error instanceof ApiError)) return describeError(error);
  const known = new Set<string>(options.fields);
  const leftOver: string[] = [];
  let first = true;
  const place = (field: FieldPath<T>, message: string) => {
    setError(field, { type: 'server', message }, { shouldFocus: first });
    first = false;
  };

  for (const [apiField, message] of Object.entries(error.fields)) {
    const field = options.fieldAliases?.[apiField] ?? apiField;
    if (known.has(field)) place(field as FieldPath<T>, fieldMessage(apiField, message));
    else leftOver.push(fieldMessage(apiField, message));
  }
  const codeField = error.code ? options.codeFields?.[error.code] : undefined;
  if (codeField && Object.keys(error.fields).length === 0) {
    place(codeField, error.message);
    return null;
  }
  if (Object.keys(error.fields).length > 0) return leftOver.length ? leftOver.join(' ') : null;
  return describeError(error);
}

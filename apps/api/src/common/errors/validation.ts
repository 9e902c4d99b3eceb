import { BadRequestException, ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import { ErrorCode } from '@nextstep/contracts';
import { getMetadataStorage } from 'class-validator';

/** Fields named in one 400 at most; past it the message says how many more there were. */
export const MAX_LISTED_FIELDS = 20;
/** Unknown fields looked at before giving up on a body: enough for a typo, far too few for a flood. */
const MAX_UNKNOWN_FIELDS = 5;
/** Nesting no form of ours needs; deeper JSON only exercises recursion (and overflowed it). */
export const MAX_DEPTH = 32;
/** Values (strings, numbers, keys' objects) in one body or query. */
export const MAX_VALUES = 10_000;

function flatten(errors: ValidationError[], parent = ''): Array<[string, string]> {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message): [string, string] => [field, message]);
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** A 400 naming each bad field (at most MAX_LISTED_FIELDS of them). */
export function fieldsException(pairs: Array<[string, string]>, more = 0): BadRequestException {
  const fields: Record<string, string> = {};
  let extra = more;
  for (const [field, message] of pairs) {
    if (field in fields) continue;
    if (Object.keys(fields).length < MAX_LISTED_FIELDS) fields[field] = message;
    else extra++;
  }
  const listed = Object.values(fields).join('; ') || 'The request is not valid.';
  return new BadRequestException({
    code: ErrorCode.VALIDATION_FAILED,
    message: extra ? `${listed}; and ${extra.toLocaleString('en-US')} more` : listed,
    fields,
  });
}

/** 400 whose message names every bad field or query parameter (up to MAX_LISTED_FIELDS). */
export function validationException(errors: ValidationError[]): BadRequestException {
  return fieldsException(flatten(errors));
}

/** Where a problem is, for `fields`: the top-level field it sits in (a 40-level path helps nobody). */
const fieldOf = (path: string[], fallback: string) => path[0] ?? fallback;

/**
 * Cheap checks before the validators run, in one iterative walk: no NUL
 * character (Postgres cannot store one), no nesting past MAX_DEPTH, no more
 * than MAX_VALUES values. Returns the 400 to throw, or null.
 */
export function inspectInput(value: unknown, what: string): BadRequestException | null {
  const stack: Array<{ value: unknown; path: string[] }> = [{ value, path: [] }];
  let seen = 0;
  while (stack.length) {
    const node = stack.pop() as { value: unknown; path: string[] };
    if (++seen > MAX_VALUES) {
      return fieldsException([[what, `${what} has more than ${MAX_VALUES.toLocaleString('en-US')} values; send only the fields this route takes`]]);
    }
    if (typeof node.value === 'string') {
      if (node.value.includes('\u0000')) {
        const field = fieldOf(node.path, what);
        return fieldsException([[field, `${field} must not contain NUL characters (\\u0000)`]]);
      }
      continue;
    }
    if (typeof node.value !== 'object' || node.value === null) continue;
    if (node.path.length >= MAX_DEPTH) {
      const field = fieldOf(node.path, what);
      return fieldsException([[field, `${field} is nested too deeply (at most ${MAX_DEPTH} levels)`]]);
    }
    for (const [key, child] of Object.entries(node.value)) {
      if (key.includes('\u0000')) return fieldsException([[what, `${what} has a field name with a NUL character (\\u0000)`]]);
      stack.push({ value: child, path: [...node.path, key] });
    }
  }
  return null;
}

const knownProperties = new WeakMap<object, ReadonlySet<string>>();

/** The properties a DTO class declares (with any validator), inherited ones included; null for anything else. */
function propertiesOf(metatype: ArgumentMetadata['metatype']): ReadonlySet<string> | null {
  if (typeof metatype !== 'function' || [String, Number, Boolean, Array, Object].includes(metatype as never)) return null;
  let known = knownProperties.get(metatype);
  if (!known) {
    known = new Set(getMetadataStorage().getTargetValidationMetadatas(metatype, '', true, false).map((m) => m.propertyName));
    knownProperties.set(metatype, known);
  }
  return known.size ? known : null;
}

/**
 * Refuses a body full of fields the DTO does not have after looking at a
 * few of them, instead of validating (and listing) every one.
 */
function unknownFields(value: unknown, metatype: ArgumentMetadata['metatype']): BadRequestException | null {
  const known = propertiesOf(metatype);
  if (!known || typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const unknown: string[] = [];
  let total = 0;
  for (const key of Object.keys(value)) {
    if (known.has(key)) continue;
    total++;
    if (unknown.length < MAX_UNKNOWN_FIELDS) unknown.push(key);
  }
  if (total <= MAX_UNKNOWN_FIELDS) return null;
  return fieldsException(
    unknown.map((key): [string, string] => [key, `property ${key} should not exist`]),
    total - unknown.length,
  );
}

/**
 * The global pipe: inspects the raw input first (NUL characters, depth,
 * size, floods of unknown fields), then validates it against the DTO.
 * Unknown fields are refused rather than dropped, so a client can never set
 * what it must not (no mass assignment), and typos surface at once.
 */
export class InputValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'body' || metadata.type === 'query' || metadata.type === 'param') {
      const refusal = unknownFields(value, metadata.metatype) ?? inspectInput(value, metadata.type === 'param' ? (metadata.data ?? 'path') : metadata.type);
      if (refusal) throw refusal;
    }
    return super.transform(value, metadata);
  }
}

export function createValidationPipe(): ValidationPipe {
  return new InputValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: validationException,
  });
}

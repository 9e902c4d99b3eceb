import { applyDecorators } from '@nestjs/common';
import { ApiConflictResponse, ApiExtraModels, getSchemaPath } from '@nestjs/swagger';
import { ERROR_CODE_DESCRIPTIONS, isErrorCode, type ErrorCode } from '@nextstep/contracts';
import { FOLLOW_UP_RULES, THANK_YOU_RULES } from '@nextstep/guidance';
import { ApiErrorBody } from './api-error';

type FollowUpRow = (typeof FOLLOW_UP_RULES)[number];
type ThankYouRow = (typeof THANK_YOU_RULES)[number];

/** The follow-up answers that refuse (a 409); the others allow the call. */
export type FollowUpRefusalCode = Extract<FollowUpRow, { allowed: false }>['code'];
/** The thank-you answers that refuse (a 409). */
export type ThankYouRefusalCode = Extract<ThankYouRow, { allowed: false }>['code'];

/** What a 409 body's `code` can be: one of the API's own codes, or a guidance refusal. */
export type ConflictCode = ErrorCode | FollowUpRefusalCode | ThankYouRefusalCode;

/** Taken from the guidance's own tables, so a new refusal row is documented without a second list. */
export const FOLLOW_UP_REFUSALS: readonly FollowUpRefusalCode[] = FOLLOW_UP_RULES.filter(
  (rule): rule is Extract<FollowUpRow, { allowed: false }> => !rule.allowed,
).map((rule) => rule.code);
export const THANK_YOU_REFUSALS: readonly ThankYouRefusalCode[] = THANK_YOU_RULES.filter(
  (rule): rule is Extract<ThankYouRow, { allowed: false }> => !rule.allowed,
).map((rule) => rule.code);

/** A code's meaning as its list says it; a guidance code says which advice refused (CLOSED refuses both). */
export function conflictCodeMeaning(code: ConflictCode): string {
  if (isErrorCode(code)) return ERROR_CODE_DESCRIPTIONS[code];
  const rows = [
    ...FOLLOW_UP_RULES.filter((rule) => rule.code === code).map((rule) => ({ advice: 'follow-up', when: rule.when })),
    ...THANK_YOU_RULES.filter((rule) => rule.code === code).map((rule) => ({ advice: 'thank-you', when: rule.when })),
  ];
  const meanings = [...new Set(rows.map((row) => row.when))].join(' ');
  return `(${rows.map((row) => row.advice).join(', ')}) ${meanings}`;
}

/**
 * Documents a route's 409: the codes it can refuse with, each with its meaning
 * from the one code list, and a body schema whose `code` is an enum of exactly
 * these, so the generated web client knows them too. List what the route's
 * service really throws, e.g. `@ApiConflictCodes(ErrorCode.STALE_VERSION, ErrorCode.INVALID_TRANSITION)`.
 */
export function ApiConflictCodes(...codes: readonly ConflictCode[]): ReturnType<typeof applyDecorators> {
  const unique = [...new Set(codes)];
  // A 409 without codes tells a client nothing to branch on; fail at start-up, not in review.
  if (unique.length === 0) throw new Error('ApiConflictCodes needs at least one code');
  const lines = unique.map((code) => `- \`${code}\`: ${conflictCodeMeaning(code)}`);
  return applyDecorators(
    ApiExtraModels(ApiErrorBody),
    ApiConflictResponse({
      description: ['Refused; `code` says why:', '', ...lines].join('\n'),
      // Named, not left to the route's @ApiProduces: a refusal is JSON even where the success is a file.
      content: {
        'application/json': {
          schema: {
            allOf: [
              { $ref: getSchemaPath(ApiErrorBody) },
              { type: 'object', required: ['code'], properties: { code: { type: 'string', enum: unique } } },
            ],
          },
        },
      },
    }),
  );
}

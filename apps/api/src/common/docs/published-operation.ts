import { applyDecorators } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';

/** The group the staff's catalog writes and reads were published under. */
export const STAFF_CATALOG_TAG = 'job board (staff)';

/**
 * Keeps the name and group an operation was published under when its route moved to another controller (the staff
 * catalog routes moved from catalog-admin/ to their resource's controller). Generated clients name their methods after
 * the operationId and often their classes after the tag, so both are part of the API's contract, like its paths.
 * Controllers that use it tag each route instead of the whole class: Nest adds a route's tags to the class's.
 */
export const PublishedOperation = (operationId: string, tag: string) =>
  // ApiOperation fills in an empty summary unless told none: the document would gain "summary": "".
  applyDecorators(ApiOperation({ operationId, summary: undefined }), ApiTags(tag));

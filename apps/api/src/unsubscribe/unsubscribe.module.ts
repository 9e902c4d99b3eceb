import { Module, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';
import { UnsubscribeController } from './unsubscribe.controller';

const FORM = 'application/x-www-form-urlencoded';

@Module({ controllers: [UnsubscribeController] })
export class UnsubscribeModule implements OnModuleInit {
  constructor(private readonly adapterHost: HttpAdapterHost) {}

  /**
   * RFC 8058 clients send the body `List-Unsubscribe=One-Click` as a form.
   * Fastify refuses form bodies (415) unless a parser exists; this one only
   * keeps the short raw string, which no other route accepts as its body.
   */
  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter.getInstance<FastifyInstance>();
    if (!fastify.hasContentTypeParser(FORM)) {
      fastify.addContentTypeParser(FORM, { parseAs: 'string', bodyLimit: 1_024 }, (_request, body, done) => done(null, body));
    }
  }
}

import { Module } from '@nestjs/common';
import { createSmtpSender, MailRenderer, type MailSender } from '@nextstep/mail';
import { APP_CONFIG, type AppConfig } from '@nextstep/platform';
import { AccountEmailQueue } from './account-email.queue';
import { ACCOUNT_MAIL_SENDER, AccountEmailSender } from './account-email-sender.service';

@Module({
  providers: [
    // Compiled once; a broken template stops the API at start-up, not at the first reset request.
    { provide: MailRenderer, useFactory: () => MailRenderer.load() },
    {
      provide: ACCOUNT_MAIL_SENDER,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig): MailSender => createSmtpSender({ smtpUrl: config.mail.smtpUrl, from: config.mail.from, maxConnections: 2 }),
    },
    AccountEmailSender,
    AccountEmailQueue,
  ],
  exports: [AccountEmailQueue],
})
export class AccountEmailsModule {}

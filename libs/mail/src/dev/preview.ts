/**
 * Sends every e-mail kind with its sample data to a local mail catcher and
 * prints the page to look at them: the quickest way to review copy and
 * layout after changing a template.
 *
 *   node -r @swc-node/register libs/mail/src/dev/preview.ts [smtpPort] [httpPort]
 *   (or: npx nx run mail:preview)
 */
import { EMAIL_KINDS } from '../email-data';
import { MailRenderer } from '../render/mail-renderer';
import { sampleEmailData } from '../samples';
import { createSmtpSender } from '../send/smtp-sender';
import { startMailCatcher } from './mail-catcher';

async function main(): Promise<void> {
  const [smtpPort = 0, httpPort = 0] = process.argv.slice(2).map(Number);
  const catcher = await startMailCatcher({ smtpPort, httpPort });
  const renderer = MailRenderer.load();
  const sender = createSmtpSender({ smtpUrl: catcher.smtpUrl, from: 'Nextstep <no-reply@nextstep.local>' });
  for (const kind of EMAIL_KINDS) {
    const data = sampleEmailData(kind);
    const to =
      'recipient' in data
        ? { name: 'name' in data.recipient ? data.recipient.name : data.recipient.email, email: data.recipient.email }
        : 'email' in data.candidate
          ? { name: data.candidate.firstName, email: data.candidate.email }
          : { name: data.branch.name, email: 'branch@nextstep.example' };
    await sender.send({
      to,
      rendered: renderer.render(kind, data),
      headers: { 'List-Unsubscribe': '<https://nextstep.example/unsubscribe/sample-token>' },
    });
  }
  await sender.close();
  console.log(`Sent ${EMAIL_KINDS.length} sample e-mails. Open ${catcher.webUrl} (SMTP: ${catcher.smtpUrl}); Ctrl+C to stop.`);
  const stop = () => void catcher.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

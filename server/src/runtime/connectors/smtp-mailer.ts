import type { Mailer } from './notify.connector.js';

/**
 * E-mail through SMTP with nodemailer, when `HITO_SMTP_URL` is set (e.g.
 * `smtp://user:pass@mail.example.org:587`); `HITO_SMTP_FROM` is the sender.
 */
export async function smtpMailer(env: NodeJS.ProcessEnv = process.env): Promise<Mailer | undefined> {
  if (!env.HITO_SMTP_URL) return undefined;
  const { createTransport } = await import('nodemailer');
  const transport = createTransport(env.HITO_SMTP_URL);
  const from = env.HITO_SMTP_FROM ?? 'Hito <hito@localhost>';
  return {
    async send(message) {
      await transport.sendMail({ from, to: message.to, subject: message.subject, text: message.text });
    },
  };
}

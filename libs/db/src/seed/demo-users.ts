import { hashPassword } from '@nextstep/platform';
import type { ClientBase } from 'pg';

/** Documented in the README and printed by `npm start`; for the demo database only. */
export const DEMO_ADMIN = { email: 'admin@nextstep.demo', password: 'demo-admin-2026!' } as const;
export const DEMO_RECRUITER_PASSWORD = 'demo-recruiter-2026!';
export const DEMO_CANDIDATE = { email: 'candidate@nextstep.demo', password: 'demo-candidate-2026!' } as const;

/** Every demo sign-in lives under this domain, so they can be found (and refused) in production. */
export const DEMO_EMAIL_DOMAIN = 'nextstep.demo';

/** The passwords the README publishes: anyone can sign in with them, so production refuses accounts that keep one. */
export const PUBLISHED_DEMO_PASSWORDS: readonly string[] = Object.freeze([DEMO_ADMIN.password, DEMO_RECRUITER_PASSWORD, DEMO_CANDIDATE.password]);

export function demoRecruiterEmail(city: string): string {
  return `recruiter.${city.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}@nextstep.demo`;
}

/** One admin, one recruiter per branch and one candidate (addresses counted as verified), so every part of the product can be tried at once. */
export async function insertDemoUsers(client: ClientBase): Promise<{ admin: string; recruiters: string[]; candidate: string }> {
  const branches = (await client.query<{ id: string; city: string }>('SELECT id, city FROM branches ORDER BY city')).rows;
  const [adminHash, recruiterHash, candidateHash] = await Promise.all([
    hashPassword(DEMO_ADMIN.password),
    hashPassword(DEMO_RECRUITER_PASSWORD),
    hashPassword(DEMO_CANDIDATE.password),
  ]);
  await client.query(
    `INSERT INTO users (email, password_hash, role, first_name, last_name, email_verified_at) VALUES ($1, $2, 'admin', 'Alex', 'Admin', now())`,
    [DEMO_ADMIN.email, adminHash],
  );
  const recruiters: string[] = [];
  for (const branch of branches) {
    const email = demoRecruiterEmail(branch.city);
    recruiters.push(email);
    await client.query(
      `INSERT INTO users (email, password_hash, role, first_name, last_name, branch_id, email_verified_at) VALUES ($1, $2, 'recruiter', 'Robin', $3, $4, now())`,
      [email, recruiterHash, branch.city, branch.id],
    );
  }
  const candidate = await client.query<{ id: string }>(
    `INSERT INTO users (email, password_hash, role, first_name, last_name, time_zone, email_verified_at) VALUES ($1, $2, 'candidate', 'Casey', 'Morgan', 'America/Chicago', now()) RETURNING id`,
    [DEMO_CANDIDATE.email, candidateHash],
  );
  await client.query(
    `INSERT INTO candidate_profiles (user_id, resume_text, skills) VALUES ($1, $2, $3)`,
    [
      candidate.rows[0]?.id,
      'Forklift operator with six years of warehouse experience. Forklift certification, inventory control, order picking, shipping and receiving.',
      ['Forklift certification', 'Inventory control', 'Order picking'],
    ],
  );
  return { admin: DEMO_ADMIN.email, recruiters, candidate: DEMO_CANDIDATE.email };
}

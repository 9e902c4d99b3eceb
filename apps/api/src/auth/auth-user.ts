import type { UserRole } from '@nextstep/db';

/** Who is calling, as established by the access guard from a valid token. */
export interface AuthUser {
  id: string;
  role: UserRole;
  /** Set for recruiters: the only branch whose records they may see and change. */
  branchId: string | null;
}

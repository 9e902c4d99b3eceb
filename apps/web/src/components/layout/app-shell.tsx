import { Anchor, Box, Button, Container, Group, Text } from '@mantine/core';
import { WebRoute } from '@nextstep/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { session, useSession } from '../../lib/session';
import { AnchorLink } from '../links';
import classes from './app-shell.module.css';

/** Header with the main navigation, a skip link and the page's <main>. */
export function AppShell({ children }: { children: ReactNode }) {
  const state = useSession();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const signOut = async () => {
    await session.signOut();
    queryClient.clear();
    await navigate({ to: WebRoute.search });
  };
  const isCandidate = state.status === 'signed-in' && state.user.role === 'candidate';

  return (
    <>
      <a className={classes.skipLink} href="#main">
        Skip to main content
      </a>
      <Box component="header" className={classes.header}>
        <Container size="lg" className={classes.headerInner}>
          <Anchor component="a" href="/" className={classes.brand} underline="never" aria-label="Nextstep, job search home">
            Nextstep
          </Anchor>
          <Group component="nav" aria-label="Main" gap="md" className={classes.nav}>
            <AnchorLink to={WebRoute.search} className={classes.navLink} activeOptions={{ exact: true, includeSearch: false }}>
              Search jobs
            </AnchorLink>
            <AnchorLink to={WebRoute.branches} className={classes.navLink}>
              Branches
            </AnchorLink>
            {(state.status !== 'signed-in' || isCandidate) && (
              <AnchorLink to={WebRoute.applications} className={classes.navLink}>
                My applications
              </AnchorLink>
            )}
            {state.status === 'signed-in' && isCandidate && (
              <AnchorLink to={WebRoute.profile} className={classes.navLink}>
                Profile
              </AnchorLink>
            )}
            {state.status === 'signed-in' && !isCandidate && (
              <AnchorLink to={WebRoute.recruiter} className={classes.navLink}>
                Recruiter console
              </AnchorLink>
            )}
          </Group>
          <Group gap="xs" className={classes.account}>
            {state.status === 'signed-in' && (
              <>
                <Text size="sm" className={classes.userName}>
                  {state.user.firstName}
                </Text>
                <Button variant="default" size="xs" onClick={() => void signOut()}>
                  Sign out
                </Button>
              </>
            )}
            {state.status === 'signed-out' && (
              <>
                <AnchorLink to={WebRoute.signIn} className={classes.navLink}>
                  Sign in
                </AnchorLink>
                <AnchorLink to={WebRoute.register} className={classes.navLink}>
                  Register
                </AnchorLink>
              </>
            )}
          </Group>
        </Container>
      </Box>
      <main id="main" tabIndex={-1} className={classes.main}>
        {children}
      </main>
      <Box component="footer" className={classes.footer}>
        <Container size="lg">
          <Text size="sm">
            Nextstep staffing · <AnchorLink to={WebRoute.branches}>Find a branch</AnchorLink> ·{' '}
            <Anchor href="/api/docs">API documentation</Anchor>
          </Text>
        </Container>
      </Box>
    </>
  );
}

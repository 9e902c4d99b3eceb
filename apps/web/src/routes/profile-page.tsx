import { Card, Container, Skeleton, Stack, Text, Title } from '@mantine/core';
import { WebRoute } from '@nextstep/contracts';
import { useQuery } from '@tanstack/react-query';
import { Problem } from '../components/errors/problem';
import { AnchorLink } from '../components/links';
import { profileQuery } from '../features/account/api/account';
import { GuidanceEmailsSwitch } from '../features/account/components/guidance-emails-switch';
import { ProfileForm } from '../features/account/components/profile-form';
import { ResumeUpload } from '../features/account/components/resume-upload';
import { useDocumentTitle } from '../hooks/use-document-title';

export function ProfilePage() {
  const profile = useQuery(profileQuery());
  useDocumentTitle('Your profile');
  return (
    <Container size="sm" py="lg">
      <Stack gap="lg">
        <Title order={1} tabIndex={-1}>
          Your profile
        </Title>
        {profile.isPending && <Skeleton height={320} aria-label="Loading your profile" />}
        {profile.isError && (
          <Problem error={profile.error} title="Your profile could not be loaded" onRetry={() => void profile.refetch()} />
        )}
        {profile.data && (
          <>
            <Text>Signed in as {profile.data.email}.</Text>
            <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="details-heading">
              <Stack gap="md">
                <Title order={2} size="h3" id="details-heading">
                  Your details
                </Title>
                <ProfileForm profile={profile.data} />
              </Stack>
            </Card>
            <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="resume-heading">
              <Stack gap="md">
                <Title order={2} size="h3" id="resume-heading">
                  Resume
                </Title>
                <ResumeUpload profile={profile.data} timeZone={profile.data.timeZone} />
              </Stack>
            </Card>
            <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="emails-heading">
              <Stack gap="md">
                <Title order={2} size="h3" id="emails-heading">
                  E-mails
                </Title>
                <GuidanceEmailsSwitch profile={profile.data} />
              </Stack>
            </Card>
            <Text>
              <AnchorLink to={WebRoute.jobAlerts}>Your job alerts: new jobs for your saved searches, by e-mail</AnchorLink>
            </Text>
            <Text>
              <AnchorLink to={WebRoute.privacy}>Your data and privacy: download your data or delete your account</AnchorLink>
            </Text>
          </>
        )}
      </Stack>
    </Container>
  );
}

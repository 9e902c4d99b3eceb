import { Anchor, Card, List, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import type { Schemas } from '@nextstep/api-client';
import { companyResearchChecklist } from '@nextstep/guidance';

const ITEM_LABEL = { mission: 'Mission', values: 'Values', goals: 'Goals', operations: 'Operations' } as const;

/**
 * What the company is about, and the "research before you apply" list from
 * the guidance rules: which of mission, values, goals and operations the
 * profile already tells, and which to find out.
 */
export function CompanyProfile({ company }: { company: Schemas['CompanyPublicProfileDto'] }) {
  const checklist = companyResearchChecklist(company);
  return (
    <Card withBorder padding="lg" radius="md" component="section" aria-labelledby="company-heading">
      <Stack gap="sm">
        <Title order={2} size="h3" id="company-heading">
          About {company.name}
        </Title>
        {company.confidential && (
          <Text size="sm" c="gray.8">
            The client keeps its name confidential until you are interviewed; the branch can tell you more.
          </Text>
        )}
        {company.website && (
          <Text size="sm">
            Website:{' '}
            <Anchor href={company.website} rel="noopener noreferrer" target="_blank">
              {company.website.replace(/^https?:\/\//, '')}
            </Anchor>
          </Text>
        )}
        <div>
          <Title order={3} size="h5">
            Mission
          </Title>
          <Text>{company.mission || 'Not described yet.'}</Text>
        </div>
        <div>
          <Title order={3} size="h5">
            Values
          </Title>
          {company.values.length ? (
            <List size="sm">
              {company.values.map((value) => (
                <List.Item key={value}>{value}</List.Item>
              ))}
            </List>
          ) : (
            <Text>Not described yet.</Text>
          )}
        </div>
        <div>
          <Title order={3} size="h5">
            Goals
          </Title>
          <Text>{company.goals || 'Not described yet.'}</Text>
        </div>
        <div>
          <Title order={3} size="h5">
            Operations
          </Title>
          <Text>{company.operations || 'Not described yet.'}</Text>
        </div>

        <Title order={3} size="h4" mt="sm" id="research-heading">
          Research before you apply
        </Title>
        <Text size="sm">Knowing these four things lets your resume and cover letter say how you would add value.</Text>
        <List spacing="xs" aria-labelledby="research-heading" icon={null} listStyleType="none" pl={0}>
          {checklist.map((entry) => (
            <List.Item
              key={entry.item}
              icon={
                <ThemeIcon size={22} radius="xl" color={entry.known ? 'teal.8' : 'orange.9'} aria-hidden>
                  {entry.known ? '✓' : '?'}
                </ThemeIcon>
              }
            >
              <Text size="sm">
                <strong>
                  {ITEM_LABEL[entry.item]}: {entry.known ? 'in the profile above' : 'find out'}.
                </strong>{' '}
                {entry.prompt}
              </Text>
            </List.Item>
          ))}
        </List>
      </Stack>
    </Card>
  );
}

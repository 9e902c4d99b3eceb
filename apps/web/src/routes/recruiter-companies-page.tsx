import { Container, Grid, NavLink, Stack, Text, Title } from '@mantine/core';
import { WebRoute } from '@nextstep/contracts';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { Problem } from '../components/errors/problem';
import { AnchorLink } from '../components/links';
import { useDocumentTitle } from '../hooks/use-document-title';
import { staffCompaniesQuery } from '../features/catalog/api/catalog';
import { CompanyEditor } from '../features/catalog/components/company-editor';

const route = getRouteApi(WebRoute.recruiterCompanies);

/** Client companies: pick one to edit its profile (what candidates research), or add one. */
export function RecruiterCompaniesPage() {
  const { companyId } = route.useSearch();
  const navigate = useNavigate();
  const companies = useQuery(staffCompaniesQuery());
  useDocumentTitle('Client companies');
  const selected = companies.data?.find((c) => c.id === companyId) ?? null;
  const select = (id?: string) => void navigate({ to: WebRoute.recruiterCompanies, search: id ? { companyId: id } : {} });
  return (
    <Container size="xl" py="lg">
      <Stack gap="md">
        <Stack gap={4}>
          <Text size="sm">
            <AnchorLink to={WebRoute.recruiter}>Today</AnchorLink> · <AnchorLink to={WebRoute.recruiterJobs}>Jobs</AnchorLink>
          </Text>
          <Title order={1} tabIndex={-1}>
            Client companies
          </Title>
        </Stack>
        {companies.isError && <Problem error={companies.error} title="The companies could not be loaded" onRetry={() => void companies.refetch()} />}
        {companies.isPending && <Text aria-busy="true">Loading…</Text>}
        {companies.data && (
          <Grid gap="xl">
            <Grid.Col span={{ base: 12, md: 3 }}>
              <nav aria-label="Companies">
                <NavLink component="button" label="Add a company" active={!selected} onClick={() => select()} />
                {companies.data.map((c) => (
                  <NavLink key={c.id} component="button" label={c.name} description={c.confidential ? 'Confidential' : c.industry} active={c.id === selected?.id} onClick={() => select(c.id)} />
                ))}
              </nav>
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 9 }}>
              <Title order={2} size="h3" mb="sm">
                {selected ? selected.name : 'New company'}
              </Title>
              <CompanyEditor key={selected?.id ?? 'new'} company={selected} onSaved={(saved) => select(saved.id)} />
            </Grid.Col>
          </Grid>
        )}
      </Stack>
    </Container>
  );
}

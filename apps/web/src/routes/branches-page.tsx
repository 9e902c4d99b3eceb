import { Container, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { ErrorCode, WebRoute } from '@nextstep/contracts';
import { getRouteApi } from '@tanstack/react-router';
import { BranchCard } from '../components/branch-card';
import { Problem } from '../components/errors/problem';
import { AnchorLink } from '../components/links';
import { useBranches, type BranchOrigin } from '../features/branches/api/branches';
import { BranchFinderForm } from '../features/branches/components/branch-finder-form';
import { useDocumentTitle } from '../hooks/use-document-title';
import { isApiError } from '../lib/api-error';

const route = getRouteApi(WebRoute.branches);

/** The branches nearest to the person (browser location or postal code), each with distance, phone and hours. */
export function BranchesPage() {
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const origin: BranchOrigin | null =
    search.lat !== undefined && search.lng !== undefined ? { lat: search.lat, lng: search.lng } : search.postalCode ? { postalCode: search.postalCode } : null;
  const branches = useBranches(origin);
  useDocumentTitle('Find a branch');

  const unknownPostalCode = isApiError(branches.error, ErrorCode.POSTAL_CODE_UNKNOWN);
  const postalCodeError = unknownPostalCode ? `We do not know postal code ${search.postalCode ?? ''}. Try a nearby one, or use your location.` : null;
  const heading = !origin ? 'All our branches' : 'postalCode' in origin ? `Branches nearest to ${origin.postalCode}` : 'Branches nearest to you';

  return (
    <Container size="lg" py="lg">
      <Stack gap="lg">
        <Stack gap={4}>
          <Title order={1} tabIndex={-1}>
            Find a branch near you
          </Title>
          <Text c="gray.8">Call or visit the branch that handles the jobs near you: its recruiters know the employers.</Text>
        </Stack>
        <BranchFinderForm
          postalCode={search.postalCode}
          postalCodeError={postalCodeError}
          onPostalCode={(postalCode) => void navigate({ search: postalCode ? { postalCode } : {} })}
          onLocated={(point) => void navigate({ search: point })}
        />
        <section aria-labelledby="branches-heading">
          <Title order={2} size="h3" id="branches-heading" mb="sm">
            {heading}
          </Title>
          {branches.isPending && (
            <Stack aria-busy="true">
              <Text role="status">Looking for branches…</Text>
              <Skeleton height={160} />
            </Stack>
          )}
          {branches.isError && !unknownPostalCode && <Problem error={branches.error} title="The branches could not be loaded" onRetry={() => void branches.refetch()} />}
          {branches.isError && unknownPostalCode && (
            <Text>
              Meanwhile, <AnchorLink to={WebRoute.branches}>see all our branches</AnchorLink>.
            </Text>
          )}
          {branches.data && branches.data.items.length === 0 && <Text role="status">No branches were found.</Text>}
          {branches.data && branches.data.items.length > 0 && (
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" component="ol" style={{ listStyle: 'none', padding: 0 }}>
              {branches.data.items.map((branch) => (
                <li key={branch.id}>
                  <BranchCard branch={branch} distanceKm={branch.distanceKm} />
                </li>
              ))}
            </SimpleGrid>
          )}
        </section>
      </Stack>
    </Container>
  );
}

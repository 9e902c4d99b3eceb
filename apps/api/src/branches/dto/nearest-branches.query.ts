import { CoordinateParam, PostalCodeParam, givesCoordinates } from '../../common/validation/lat-lng';
import { WholeNumberParam } from '../../common/validation/validators';

const needsCoordinates = (o: NearestBranchesQuery): boolean => givesCoordinates(o) || o.postalCode === undefined;
const REQUIRED = 'is required (with the other coordinate) unless postalCode is given';

export class NearestBranchesQuery {
  @CoordinateParam('lat', needsCoordinates, REQUIRED, 'Latitude (with lng), unless postalCode is given')
  lat?: number;

  @CoordinateParam('lng', needsCoordinates, REQUIRED)
  lng?: number;

  @PostalCodeParam('Instead of lat/lng: a US ZIP code (ZIP+4 too) or a Canadian postal code or its area ("M5V")')
  postalCode?: string;

  @WholeNumberParam('limit', { min: 1, max: 50, default: 5 })
  limit?: number;
}

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundingBox, haversineKm } from './great-circle';

describe('haversineKm', () => {
  it('matches known great-circle distances within 0.5%', () => {
    // Chicago Loop → Milwaukee downtown ≈ 130 km; Chicago → Denver ≈ 1,475 km.
    expect(haversineKm({ lat: 41.882, lng: -87.6345 }, { lat: 43.0389, lng: -87.9065 })).toBeCloseTo(130.3, 0);
    expect(haversineKm({ lat: 41.8781, lng: -87.6298 }, { lat: 39.7392, lng: -104.9903 }) / 1475).toBeGreaterThan(0.995);
    expect(haversineKm({ lat: 41.8781, lng: -87.6298 }, { lat: 39.7392, lng: -104.9903 }) / 1475).toBeLessThan(1.005);
    expect(haversineKm({ lat: 10, lng: 20 }, { lat: 10, lng: 20 })).toBe(0);
  });

  it('is symmetric and never above half the circumference', () => {
    const point = fc.record({ lat: fc.double({ min: -90, max: 90, noNaN: true }), lng: fc.double({ min: -180, max: 180, noNaN: true }) });
    fc.assert(
      fc.property(point, point, (a, b) => {
        const d = haversineKm(a, b);
        expect(d).toBeGreaterThanOrEqual(0);
        expect(d).toBeLessThanOrEqual(20_015.2);
        expect(Math.abs(d - haversineKm(b, a))).toBeLessThan(1e-6);
      }),
    );
  });
});

describe('boundingBox', () => {
  it('contains every point within the radius', () => {
    const arb = fc.record({
      lat: fc.double({ min: -85, max: 85, noNaN: true }),
      lng: fc.double({ min: -179, max: 179, noNaN: true }),
      radius: fc.double({ min: 0.1, max: 500, noNaN: true }),
      bearing: fc.double({ min: 0, max: 2 * Math.PI, noNaN: true }),
      share: fc.double({ min: 0, max: 1, noNaN: true }),
    });
    fc.assert(
      fc.property(arb, ({ lat, lng, radius, bearing, share }) => {
        // A point at distance share*radius along the bearing (spherical destination formula).
        const d = (share * radius) / 6371.0088;
        const φ1 = (lat * Math.PI) / 180;
        const φ2 = Math.asin(Math.sin(φ1) * Math.cos(d) + Math.cos(φ1) * Math.sin(d) * Math.cos(bearing));
        const λ2 =
          (lng * Math.PI) / 180 + Math.atan2(Math.sin(bearing) * Math.sin(d) * Math.cos(φ1), Math.cos(d) - Math.sin(φ1) * Math.sin(φ2));
        const p = { lat: (φ2 * 180) / Math.PI, lng: (((λ2 * 180) / Math.PI + 540) % 360) - 180 };
        const box = boundingBox({ lat, lng }, radius);
        expect(p.lat).toBeGreaterThanOrEqual(box.minLat);
        expect(p.lat).toBeLessThanOrEqual(box.maxLat);
        if (box.lng) {
          expect(p.lng).toBeGreaterThanOrEqual(box.lng.min);
          expect(p.lng).toBeLessThanOrEqual(box.lng.max);
        }
      }),
    );
  });

  it('drops the longitude bounds near the antimeridian and the poles', () => {
    expect(boundingBox({ lat: 0, lng: 179.9 }, 50).lng).toBeUndefined();
    expect(boundingBox({ lat: 89.9, lng: 0 }, 50).lng).toBeUndefined();
    expect(boundingBox({ lat: 41.88, lng: -87.63 }, 50).lng).toBeDefined();
  });
});

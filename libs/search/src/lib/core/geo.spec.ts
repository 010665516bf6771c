import { boundingBox, haversineMeters, innerBox } from './geo';

describe('haversineMeters', () => {
  it('gives great-circle distances in meters', () => {
    const utrecht = { lat: 52.09, lng: 5.12 };
    expect(haversineMeters(utrecht, utrecht)).toBe(0);
    expect(haversineMeters(utrecht, { lat: 52.37, lng: 4.89 }) / 1000).toBeCloseTo(34.85, 2); // Amsterdam
    expect(haversineMeters(utrecht, { lat: 53.22, lng: 6.57 }) / 1000).toBeCloseTo(159.2, 1); // Groningen
    // one degree of latitude on a 6371 km sphere
    expect(haversineMeters({ lat: 0, lng: 0 }, { lat: 1, lng: 0 })).toBeCloseTo(111194.927, 2);
  });
});

describe('boundingBox', () => {
  it('contains every point of the circle (checked on a ring of points just inside it)', () => {
    for (const center of [
      { lat: 52.09, lng: 5.12 },
      { lat: -33.9, lng: 18.4 },
      { lat: 69.6, lng: 18.9 },
    ]) {
      for (const radius of [500, 45_000, 300_000]) {
        const box = boundingBox(center, radius);
        if (!box) throw new Error('expected a box');
        for (let bearing = 0; bearing < 360; bearing += 5) {
          const point = destination(center, bearing, radius * 0.99999);
          expect(haversineMeters(center, point)).toBeLessThanOrEqual(radius);
          expect(point.lat).toBeGreaterThanOrEqual(box.minLat);
          expect(point.lat).toBeLessThanOrEqual(box.maxLat);
          expect(point.lng).toBeGreaterThanOrEqual(box.minLng);
          expect(point.lng).toBeLessThanOrEqual(box.maxLng);
        }
      }
    }
  });

  it('gives up near a pole or the antimeridian', () => {
    expect(boundingBox({ lat: 89.9, lng: 0 }, 50_000)).toBeUndefined();
    expect(boundingBox({ lat: 0, lng: 179.9 }, 50_000)).toBeUndefined();
  });
});

describe('innerBox', () => {
  it('lies inside the circle (a grid over the box, corners included), and fills most of its inscribed square', () => {
    for (const center of [
      { lat: 52.09, lng: 5.12 },
      { lat: -33.9, lng: 18.4 },
      { lat: 69.6, lng: 18.9 },
      { lat: 0.1, lng: -60 },
    ]) {
      for (const radius of [100, 500, 45_000, 300_000, 1_000_000]) {
        const box = innerBox(center, radius);
        if (!box) throw new Error('expected a box');
        let farthest = 0;
        for (let i = 0; i <= 10; i++) {
          for (let j = 0; j <= 10; j++) {
            const point = {
              lat: box.minLat + ((box.maxLat - box.minLat) * i) / 10,
              lng: box.minLng + ((box.maxLng - box.minLng) * j) / 10,
            };
            const distance = haversineMeters(center, point);
            expect(distance).toBeLessThanOrEqual(radius);
            farthest = Math.max(farthest, distance);
          }
        }
        expect(farthest).toBeGreaterThan(radius * 0.9);
      }
    }
  });

  it('gives up for tiny or huge radii, near a pole or the antimeridian', () => {
    expect(innerBox({ lat: 52, lng: 5 }, 50)).toBeUndefined();
    expect(innerBox({ lat: 52, lng: 5 }, 2_000_000)).toBeUndefined();
    expect(innerBox({ lat: 88.9, lng: 0 }, 50_000)).toBeUndefined();
    expect(innerBox({ lat: 0, lng: 179.9 }, 50_000)).toBeUndefined();
  });
});

/** The point at `distance` meters from `from` in direction `bearing` (degrees), on a 6371 km sphere. */
function destination(from: { lat: number; lng: number }, bearing: number, distance: number) {
  const rad = Math.PI / 180;
  const delta = distance / 6371e3;
  const theta = bearing * rad;
  const phi1 = from.lat * rad;
  const phi2 = Math.asin(
    Math.sin(phi1) * Math.cos(delta) + Math.cos(phi1) * Math.sin(delta) * Math.cos(theta),
  );
  const lambda2 =
    from.lng * rad +
    Math.atan2(
      Math.sin(theta) * Math.sin(delta) * Math.cos(phi1),
      Math.cos(delta) - Math.sin(phi1) * Math.sin(phi2),
    );
  return { lat: phi2 / rad, lng: lambda2 / rad };
}

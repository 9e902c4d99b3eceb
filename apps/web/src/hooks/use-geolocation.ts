import { useCallback, useState } from 'react';

export type GeolocationState =
  { status: 'idle' } | { status: 'locating' } | { status: 'located'; lat: number; lng: number } | { status: 'failed'; message: string };

// Two decimals (about 1 km) are plenty for "jobs near me" and keep the precise position out of URLs and caches.
const round = (value: number) => Math.round(value * 100) / 100;

/** Asks the browser for the person's position, only when they press the button. */
export function useGeolocation(): { state: GeolocationState; locate: () => Promise<{ lat: number; lng: number } | null> } {
  const [state, setState] = useState<GeolocationState>({ status: 'idle' });
  const locate = useCallback(
    () =>
      new Promise<{ lat: number; lng: number } | null>((done) => {
        if (typeof navigator === 'undefined' || !navigator.geolocation) {
          setState({ status: 'failed', message: 'This browser cannot share your location. Enter a postal code instead.' });
          done(null);
          return;
        }
        setState({ status: 'locating' });
        navigator.geolocation.getCurrentPosition(
          (position) => {
            const point = { lat: round(position.coords.latitude), lng: round(position.coords.longitude) };
            setState({ status: 'located', ...point });
            done(point);
          },
          (error) => {
            setState({
              status: 'failed',
              message:
                error.code === error.PERMISSION_DENIED
                  ? 'Location access was turned down. Enter a postal code instead.'
                  : 'Your location could not be found. Enter a postal code instead.',
            });
            done(null);
          },
          { enableHighAccuracy: false, timeout: 10_000, maximumAge: 600_000 },
        );
      }),
    [],
  );
  return { state, locate };
}

/** No debounce of the matcher's re-match in this file (the env var is read by its config at boot). */
export function matchingSansDelai(): () => void {
  const key = 'MATCHING_RELANCE_JEUNE_MS';
  const previous = process.env[key];
  process.env[key] = '0';
  return () => {
    if (previous === undefined) delete process.env[key];
    else process.env[key] = previous;
  };
}

declare module '@socialgouv/jours-feries' {
  /** French public holidays of a year, by name; dates at local midnight of the process. */
  function getJoursFeries(year: number, options?: { alsace?: boolean }): Record<string, Date>;
  export = getJoursFeries;
}
